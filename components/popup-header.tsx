/** Title, the window switch and the averaging method: what every number below is measured over. */
import { t } from '../lib/i18n';
import { methodLabel } from '../lib/i18n/labels';
import { publishedText, windowLabel } from '../lib/gap-text';
import { VIEW_WINDOWS, AVERAGING_METHODS, WINDOWS, type AveragingMethod, type ViewWindow } from '../lib/model';
import { SegmentedControl } from './segmented-control';

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
        <h1>{t('ext_name')}</h1>
        <SegmentedControl label={t('popup_window')} options={options} value={window} onChange={onWindow} labels={{ since: windowLabel('since') }} />
      </div>
      {window === 'since' && publishedAt !== undefined ? (
        <p class="muted since-note" data-sl-since-window="">
          {t('popup_since_note', publishedText(publishedAt, now))}
        </p>
      ) : null}
      <div class="method">
        <label>
          {t('popup_sector_average')}{' '}
          <select value={averaging} onChange={(event) => onAveraging(event.currentTarget.value as AveragingMethod)}>
            {AVERAGING_METHODS.map((method) => (
              <option value={method} key={method}>
                {methodLabel(method)}
              </option>
            ))}
          </select>
        </label>
        <span class="muted" title={t('popup_left_out_hint')}>
          {leaveOneOut ? t('popup_left_out') : t('popup_included')}
        </span>
      </div>
    </header>
  );
}
