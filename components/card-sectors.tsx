/** The token against each of its sectors: average, outperformance with its bar, rank. */
import type { Window } from '../lib/model';
import type { SectorView } from '../lib/messaging/views';
import { SectorRow } from './sector-row';

export function CardSectors({ sectors, window, now = Date.now() }: { sectors: readonly SectorView[]; window: Window; now?: number }) {
  if (sectors.length === 0) {
    return <p class="sl-muted sl-empty">Not in any sector we know of yet, so there is nothing to compare it with.</p>;
  }
  return (
    <table class="sl-sectors">
      <caption class="sl-visually-hidden">Move against each sector, {window}</caption>
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col" class="sl-num">Avg</th>
          <th scope="col" class="sl-num" colSpan={2}>
            vs sector
          </th>
          <th scope="col" class="sl-num">Rank</th>
        </tr>
      </thead>
      <tbody>
        {sectors.map((sector) => (
          <SectorRow key={sector.categoryId} sector={sector} now={now} />
        ))}
      </tbody>
    </table>
  );
}
