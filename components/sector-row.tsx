import type { SectorView } from '../lib/messaging/views';
import { formatPercent, formatPp } from '../lib/format';
import { OutperformanceBar } from './outperformance-bar';

export function SectorRow({ sector }: { sector: SectorView }) {
  const tone = sector.outperformance === null ? '' : sector.outperformance >= 0 ? 'sl-up' : 'sl-down';
  const title = `${sector.name}: ${sector.method} average of ${sector.constituents} tokens${sector.leaveOneOut ? ', this token left out' : ''}`;
  return (
    <tr class="sl-sector" data-sl-sector={sector.categoryId} title={title}>
      <th scope="row" class="sl-sector-name">
        {sector.name}
        {sector.stale ? <span class="sl-stale-dot" title="stale data" aria-label="stale"> •</span> : null}
      </th>
      <td class="sl-num sl-avg">{formatPercent(sector.average)}</td>
      <td class={`sl-num sl-outperf ${tone}`}>{formatPp(sector.outperformance)}</td>
      <td class="sl-barcell">
        <OutperformanceBar value={sector.outperformance} />
      </td>
      <td class="sl-num sl-rank">{sector.rank === null ? '' : `#${sector.rank} of ${sector.rankedAmong}`}</td>
    </tr>
  );
}
