/** Title, the window switch and the averaging method: what every number below is measured over. */
import { AVERAGING_METHODS, VIEW_WINDOWS, WINDOWS, type AveragingMethod, type ViewWindow } from '../lib/model';
import { formatPublished } from '../lib/format';
import { SegmentedControl } from './segmented-control';

export const METHOD_LABELS: Record<AveragingMethod, string> = {
  'cap-weighted': 'cap-weighted',
  capped: 'cap-weighted, 25% cap',
  'equal-weighted': 'equal-weighted',
  median: 'median',
};

const WINDOW_LABELS: Partial<Record<ViewWindow, string>> = { since: 'since published' };

export interface PopupHeaderProps {
  window: ViewWindow;
  /** The page's publication time: offers the 'since published' window. */
  publishedAt?: number | undefined;
  now?: number;
  averaging: AveragingMethod;
  leaveOneOut: boolean;
  onWindow: (window: ViewWindow) => void;
  onAveraging: (method: AveragingMethod) => void;
}

export function PopupHeader({ window, publishedAt, now = Date.now(), averaging, leaveOneOut, onWindow, onAveraging }: PopupHeaderProps) {
  const options = publishedAt === undefined ? WINDOWS : VIEW_WINDOWS;
  return (
    <header class="head">
      <div class="bar">
        <h1>Sector Lens</h1>
        <SegmentedControl label="Window" options={options} value={window} onChange={onWindow} labels={WINDOW_LABELS} />
      </div>
      {window === 'since' && publishedAt !== undefined ? (
        <p class="muted since-note" data-sl-since-window="">
          Moves since this page was published ({formatPublished(publishedAt, now)}), from hourly prices.
        </p>
      ) : null}
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
