/** The token against each of its sectors: average (and how many tokens it is over), outperformance with its bar, rank. */
import type { ViewWindow } from '../lib/model';
import type { SectorView } from '../lib/messaging/views';
import { windowLabel } from '../lib/gap-text';
import { SectorRow } from './sector-row';
import { t } from '../lib/i18n';

export function CardSectors({ sectors, window, now = Date.now() }: { sectors: readonly SectorView[]; window: ViewWindow; now?: number }) {
  if (sectors.length === 0) {
    return <p class="sl-muted sl-empty">{t('card_no_sector')}</p>;
  }
  return (
    <table class="sl-sectors">
      <caption class="sl-visually-hidden">{t('card_table_caption', windowLabel(window))}</caption>
      <thead>
        <tr>
          <th scope="col">{t('card_col_sector')}</th>
          <th scope="col" class="sl-num">{t('card_col_average')}</th>
          <th scope="col" class="sl-num" colSpan={2}>
            {t('card_col_versus')}
          </th>
          <th scope="col" class="sl-num">{t('card_col_rank')}</th>
        </tr>
      </thead>
      <tbody>
        {sectors.map((sector) => (
          <SectorRow key={sector.categoryId} sector={sector} window={window} now={now} />
        ))}
      </tbody>
    </table>
  );
}
