/** Title, the window switch and the averaging method: what every number below is measured over. */
import { t } from '../lib/i18n';
import { methodLabel } from '../lib/i18n/labels';
import { AVERAGING_METHODS, WINDOWS, type AveragingMethod, type Window } from '../lib/model';
import { SegmentedControl } from './segmented-control';

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
        <h1>{t('ext_name')}</h1>
        <SegmentedControl label={t('popup_window')} options={WINDOWS} value={window} onChange={onWindow} />
      </div>
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
