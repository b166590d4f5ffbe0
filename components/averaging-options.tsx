/** How a sector's average is computed, and which window the popup and cards open on. */
import { AVERAGING_METHODS, WINDOWS, type AveragingMethod, type Window } from '../lib/model';
import { t } from '../lib/i18n';
import { methodHint, methodLabel } from '../lib/i18n/labels';


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
        <legend>{t('options_average_legend')}</legend>
        {AVERAGING_METHODS.map((method) => (
          <label class="choice" key={method}>
            <input type="radio" name="averaging" value={method} checked={averaging === method} onChange={() => onChange({ averaging: method })} />
            <span>
              {methodLabel(method)} <span class="muted">— {methodHint(method)}</span>
            </span>
          </label>
        ))}
        <label class="choice">
          <input type="checkbox" checked={leaveOneOut} onChange={(event) => onChange({ leaveOneOut: event.currentTarget.checked })} />
          <span>
            {t('options_leave_one_out')} <span class="muted">— {t('options_leave_one_out_hint')}</span>
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options_window')}</legend>
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
