/** Quote rows → the figures the UI shows for a token. */
import type { Window } from '../model';
import type { TokenView } from '../messaging/views';
import type { Measure } from './measures';
import type { QuoteRow } from './provider';

/** r_t for the window (DESIGN.md "Definitions"). */
export function tokenMove(row: QuoteRow, window: Window): number | null {
  return row.moves[window];
}

export function tokenView(row: QuoteRow, measure: Measure, asOf: number | null, stale: boolean): TokenView {
  const sparkline = row.hourly7d;
  const { move, gap } = measure.of(row);
  return {
    coinId: row.id,
    symbol: row.symbol.toUpperCase(),
    name: row.name,
    ...(row.image ? { image: row.image } : {}),
    price: row.price,
    move,
    ...(gap ? { moveGap: gap } : {}),
    marketCapRank: row.marketCapRank,
    ...(sparkline && sparkline.length > 1 ? { sparkline7d: sparkline } : {}),
    ...(row.updatedAt !== null ? { updatedAt: row.updatedAt } : {}),
    sectors: [],
    asOf,
    stale,
  };
}
