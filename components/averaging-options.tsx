/** How a sector's average is computed, and which window the popup and cards open on. */
import { AVERAGING_METHODS, WINDOWS, type AveragingMethod, type Window } from '../lib/model';

const METHOD_TEXT: Record<AveragingMethod, { label: string; hint: string }> = {
  'cap-weighted': { label: 'Cap-weighted', hint: 'Large tokens count for more, like an index.' },
  'equal-weighted': { label: 'Equal-weighted', hint: 'Every token counts the same: the typical token’s move.' },
  median: { label: 'Median', hint: 'The middle move; one wild token cannot drag it.' },
};

export interface AveragingOptionsProps {
  averaging: AveragingMethod;
  leaveOneOut: boolean;
  window: Window;
  onChange: (patch: { averaging?: AveragingMethod; leaveOneOut?: boolean; window?: Window }) => void;
}

export function AveragingOptions({ averaging, leaveOneOut, window, onChange }: AveragingOptionsProps) {
  return (
    <>
      <fieldset>
        <legend>Sector average</legend>
        {AVERAGING_METHODS.map((method) => (
          <label class="choice" key={method}>
            <input type="radio" name="averaging" value={method} checked={averaging === method} onChange={() => onChange({ averaging: method })} />
            <span>
              {METHOD_TEXT[method].label} <span class="muted">— {METHOD_TEXT[method].hint}</span>
            </span>
          </label>
        ))}
        <label class="choice">
          <input type="checkbox" checked={leaveOneOut} onChange={(event) => onChange({ leaveOneOut: event.currentTarget.checked })} />
          <span>
            Leave the token out of its own sector’s average <span class="muted">— so a large token is not compared with itself.</span>
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Default window</legend>
        <div class="inline-choices">
          {WINDOWS.map((w) => (
            <label class="choice" key={w}>
              <input type="radio" name="window" value={w} checked={window === w} onChange={() => onChange({ window: w })} />
              <span>{w}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
