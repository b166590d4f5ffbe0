/** Title, the window switch and the averaging method: what every number below is measured over. */
import { AVERAGING_METHODS, WINDOWS, type AveragingMethod, type Window } from '../lib/model';
import { SegmentedControl } from './segmented-control';

export const METHOD_LABELS: Record<AveragingMethod, string> = {
  'cap-weighted': 'cap-weighted',
  'equal-weighted': 'equal-weighted',
  median: 'median',
};

export interface PopupHeaderProps {
  window: Window;
  averaging: AveragingMethod;
  leaveOneOut: boolean;
  onWindow: (window: Window) => void;
  onAveraging: (method: AveragingMethod) => void;
}

export function PopupHeader({ window, averaging, leaveOneOut, onWindow, onAveraging }: PopupHeaderProps) {
  return (
    <header class="head">
      <div class="bar">
        <h1>Sector Lens</h1>
        <SegmentedControl label="Window" options={WINDOWS} value={window} onChange={onWindow} />
      </div>
      <div class="method">
        <label>
          Sector average{' '}
          <select value={averaging} onChange={(event) => onAveraging(event.currentTarget.value as AveragingMethod)}>
            {AVERAGING_METHODS.map((method) => (
              <option value={method} key={method}>
                {METHOD_LABELS[method]}
              </option>
            ))}
          </select>
        </label>
        <span class="muted" title="A token is left out of its own sector's average, so it is not compared with itself.">
          {leaveOneOut ? 'token left out of its sector' : 'token included in its sector'}
        </span>
      </div>
    </header>
  );
}
