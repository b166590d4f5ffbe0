import type { ViewWindow } from '../lib/model';
import type { SectorView } from '../lib/messaging/views';
import { formatAge, formatPercent, formatPp } from '../lib/format';
import { averageGapText } from '../lib/gap-text';
import { formatRelative, t, tn } from '../lib/i18n';
import { methodLabel, rankText } from '../lib/i18n/labels';
import { OutperformanceBar } from './outperformance-bar';

export function SectorRow({ sector, window, now = Date.now() }: { sector: SectorView; window: ViewWindow; now?: number }) {
  // A watched sector whose figures are still on their way: say when the next try is, counting down.
  const waiting = sector.watched && sector.average === null && sector.asOf === null && sector.error?.retryAt !== undefined;
  if (waiting) {
    return (
      <tr class="sl-sector sl-waiting" data-sl-sector={sector.categoryId} data-sl-waiting="">
        <th scope="row" class="sl-sector-name">
          {sector.name}
        </th>
        <td class="sl-muted sl-next-try" colSpan={4}>
          {t('market_next_try', formatRelative(Math.max(0, Math.ceil((sector.error!.retryAt! - now) / 1000))))}
        </td>
      </tr>
    );
  }
  const tone = sector.outperformance === null ? '' : sector.outperformance >= 0 ? 'sl-up' : 'sl-down';
  const gap = sector.average === null ? averageGapText(sector.averageGap, window) : null;
  const basis = tn('card_sector_basis', sector.constituents, sector.name, methodLabel(sector.method));
  const title = gap ? `${sector.name}: ${gap.long}` : sector.leaveOneOut ? t('card_sector_left_out', basis) : basis;
  return (
    <tr class="sl-sector" data-sl-sector={sector.categoryId} title={sector.asOf !== null ? `${title} · ${formatAge(sector.asOf, now)}` : title}>
      <th scope="row" class="sl-sector-name">
        {sector.name}
        {sector.stale ? (
          <span class="sl-stale-dot" title={t('card_stale_mark')}>
            {' •'}
            <span class="sl-visually-hidden">{t('card_stale_mark')}</span>
          </span>
        ) : null}
      </th>
      <td class="sl-num sl-avg">
        {gap ? (
          <span class="sl-gap" title={gap.long}>
            {gap.short}
          </span>
        ) : (
          <>
            {formatPercent(sector.average)}
            <span class="sl-over">{tn('card_over', sector.constituents)}</span>
          </>
        )}
      </td>
      <td class={`sl-num sl-outperf ${tone}`}>{formatPp(sector.outperformance)}</td>
      <td class="sl-barcell">
        <OutperformanceBar value={sector.outperformance} />
      </td>
      <td class="sl-num sl-rank">{rankText(sector.rank, sector.rankedAmong)}</td>
    </tr>
  );
}
