/**
 * The watched sectors' averages as small bars around a zero line. Every watched sector gets a row,
 * with "—" when its average is unknown, so the reader sees what is missing rather than a gap.
 * A selected token's move is drawn as a marker on the same scale.
 */
import type { ViewWindow } from '../lib/model';
import type { SectorSummary } from '../lib/messaging/views';
import { formatPercent } from '../lib/format';
import { averageGapText } from '../lib/gap-text';
import { t, tn } from '../lib/i18n';

export interface SectorChartProps {
  sectors: readonly SectorSummary[];
  window: ViewWindow;
  /** The selected token's move, drawn as a marker on every bar's scale. */
  marker?: { label: string; value: number } | undefined;
  /** The sector the selected token is listed under, emphasised. */
  highlight?: string | undefined;
  /** Rows average each sector without the token itself, so they can differ from the bars: said once, under the chart. */
  leaveOneOut?: boolean;
}

function describe(sector: SectorSummary, window: ViewWindow): string {
  if (sector.average === null) return sector.averageGap ? `${sector.name}: ${averageGapText(sector.averageGap, window).long}` : t('chart_no_average', sector.name);
  const text = tn('chart_row', sector.constituents, sector.name, formatPercent(sector.average));
  return sector.stale ? t('chart_row_old', text) : text;
}

export function SectorChart({ sectors, window, marker, highlight, leaveOneOut = false }: SectorChartProps) {
  const values = sectors.map((s) => s.average).filter((v): v is number => v !== null);
  if (marker) values.push(marker.value);
  const scale = Math.max(1, ...values.map(Math.abs));
  const pos = (value: number) => `${50 + (value / scale) * 50}%`;
  return (
    <section class="chart-box" aria-label={t('chart_region')}>
      <div class="chart" data-sl-chart="" role="list" aria-label={t('chart_list')}>
        {sectors.map((sector) => {
          const avg = sector.average;
          const width = avg === null ? 0 : (Math.abs(avg) / scale) * 50;
          return (
            <div class={`chart-row${sector.categoryId === highlight ? ' highlight' : ''}`} role="listitem" aria-label={describe(sector, window)} data-sl-sector={sector.categoryId} key={sector.categoryId}>
              <span class="chart-label">{sector.name}</span>
              <span class="chart-track" aria-hidden="true">
                <span class="chart-zero" />
                {avg !== null ? <span class={`chart-bar ${avg >= 0 ? 'up' : 'down'}`} style={{ left: avg >= 0 ? '50%' : `${50 - width}%`, width: `${width}%` }} /> : null}
                {marker ? <span class="chart-marker" style={{ left: pos(marker.value) }} /> : null}
              </span>
              <span class={`num chart-value ${avg === null ? 'muted' : avg >= 0 ? 'up' : 'down'}`} aria-hidden="true">
                {avg === null ? <span class="gap">{averageGapText(sector.averageGap, window).short}</span> : formatPercent(avg)}
                {sector.stale && avg !== null ? <span title={t('chart_old')}> •</span> : null}
              </span>
              <span class="num chart-count muted" aria-hidden="true">
                {avg === null ? '' : tn('card_over', sector.constituents)}
              </span>
            </div>
          );
        })}
      </div>
      {sectors.some((sector) => sector.stale && sector.average !== null) ? <p class="chart-legend">• {t('chart_old')}</p> : null}
      {marker ? (
        <p class="chart-legend">
          <span class="legend-marker" aria-hidden="true" /> {t('chart_marker', marker.label, formatPercent(marker.value))}
        </p>
      ) : sectors.length === 0 ? (
        <p class="muted">{t('chart_no_sectors')}</p>
      ) : null}
      {leaveOneOut && sectors.length > 0 ? <p class="chart-legend">{t('chart_loo_note')}</p> : null}
    </section>
  );
}
