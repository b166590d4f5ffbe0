import type { SectorView } from '../lib/messaging/views';
import { formatPercent, formatPp } from '../lib/format';
import { t, tn } from '../lib/i18n';
import { methodLabel, rankText } from '../lib/i18n/labels';
import { OutperformanceBar } from './outperformance-bar';

export function SectorRow({ sector }: { sector: SectorView }) {
  const tone = sector.outperformance === null ? '' : sector.outperformance >= 0 ? 'sl-up' : 'sl-down';
  const basis = tn('card_sector_basis', sector.constituents, sector.name, methodLabel(sector.method));
  const title = sector.leaveOneOut ? t('card_sector_left_out', basis) : basis;
  return (
    <tr class="sl-sector" data-sl-sector={sector.categoryId} title={title}>
      <th scope="row" class="sl-sector-name">
        {sector.name}
        {sector.stale ? (
          <span class="sl-stale-dot" title={t('card_stale_mark')}>
            {' •'}
            <span class="sl-visually-hidden">{t('card_stale_mark')}</span>
          </span>
        ) : null}
      </th>
      <td class="sl-num sl-avg">{formatPercent(sector.average)}</td>
      <td class={`sl-num sl-outperf ${tone}`}>{formatPp(sector.outperformance)}</td>
      <td class="sl-barcell">
        <OutperformanceBar value={sector.outperformance} />
      </td>
      <td class="sl-num sl-rank">{rankText(sector.rank, sector.rankedAmong)}</td>
    </tr>
  );
}
