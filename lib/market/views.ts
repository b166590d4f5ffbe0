/** Market rows → the figures the UI shows for a token. */
import type { Window } from '../model';
import type { TokenView } from '../messaging/views';
import type { MarketRow } from './schemas';

/** r_t for the window (DESIGN.md "Definitions"); 24h falls back to the plain field, which is USD too. */
export function tokenMove(row: MarketRow, window: Window): number | null {
  switch (window) {
    case '1h':
      return row.price_change_percentage_1h_in_currency ?? null;
    case '24h':
      return row.price_change_percentage_24h_in_currency ?? row.price_change_percentage_24h ?? null;
    case '7d':
      return row.price_change_percentage_7d_in_currency ?? null;
  }
}

export function tokenView(row: MarketRow, window: Window, asOf: number, stale: boolean): TokenView {
  const sparkline = row.sparkline_in_7d?.price;
  return {
    coinId: row.id,
    symbol: row.symbol.toUpperCase(),
    name: row.name,
    ...(row.image ? { image: row.image } : {}),
    price: row.current_price,
    move: tokenMove(row, window),
    marketCapRank: row.market_cap_rank,
    ...(sparkline && sparkline.length > 1 ? { sparkline7d: sparkline } : {}),
    sectors: [],
    asOf,
    stale,
  };
}
