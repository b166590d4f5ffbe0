/** The watched sectors' averages as small horizontal bars, with the selected token's move marked. */
import type { SectorSummary } from '../lib/messaging/views';
import { formatPercent } from '../lib/format';

export interface SectorChartProps {
  sectors: readonly SectorSummary[];
  /** The selected token's move, drawn as a marker on every bar's scale. */
  marker?: { label: string; value: number } | undefined;
}

export function SectorChart({ sectors, marker }: SectorChartProps) {
  const values = sectors.map((s) => s.average).filter((v): v is number => v !== null);
  if (marker) values.push(marker.value);
  const scale = Math.max(1, ...values.map(Math.abs));
  const pos = (value: number) => `${50 + (value / scale) * 50}%`;
  return (
    <div class="chart" data-sl-chart="" role="list" aria-label="Watched sectors, average move">
      {sectors.map((sector) => {
        const avg = sector.average;
        const width = avg === null ? 0 : (Math.abs(avg) / scale) * 50;
        return (
          <div class="chart-row" role="listitem" data-sl-sector={sector.categoryId} key={sector.categoryId}>
            <span class="chart-label">{sector.name}</span>
            <span class="chart-track">
              {avg !== null ? <span class={`chart-bar ${avg >= 0 ? 'up' : 'down'}`} style={{ left: avg >= 0 ? '50%' : `${50 - width}%`, width: `${width}%` }} /> : null}
              {marker ? <span class="chart-marker" style={{ left: pos(marker.value) }} title={`${marker.label} ${formatPercent(marker.value)}`} /> : null}
            </span>
            <span class={`num chart-value ${avg === null ? 'muted' : avg >= 0 ? 'up' : 'down'}`}>
              {formatPercent(avg)}
              {sector.stale ? ' •' : ''}
            </span>
          </div>
        );
      })}
    </div>
  );
}
