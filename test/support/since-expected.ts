/**
 * Since-publication figures computed the long way from served /coins/markets rows, for tests to
 * check the extension against (DESIGN.md "Since published"). Deliberately not lib/sectors: p(T)
 * is found by walking each point's time from the newest, the average is written out by hand.
 */
import { KNOWN_DERIVATIVES, KNOWN_STABLECOINS } from '../../lib/sectors/excluded-coins';

const HOUR = 3_600_000;

export interface ServedRow {
  id: string;
  current_price: number | null;
  market_cap: number | null;
  last_updated?: string | null;
  sparkline_in_7d?: { price: number[] } | null;
}

/** (current / last point at or before T − 1) × 100; null when T precedes point 0. */
export function expectedMoveSince(row: ServedRow, at: number): number | null {
  const prices = row.sparkline_in_7d?.price ?? [];
  const last = Date.parse(row.last_updated ?? '');
  for (let k = prices.length - 1; k >= 0; k--) {
    if (last - (prices.length - 1 - k) * HOUR <= at) return row.current_price === null ? null : (row.current_price / prices[k]! - 1) * 100;
  }
  return null;
}

/** Cap-weighted, token left out, over constituents with a point at T; rank among all of them. */
export function expectedSectorSince(rows: readonly ServedRow[], tokenId: string, at: number) {
  const all = rows
    .filter((row) => !KNOWN_STABLECOINS.has(row.id) && !KNOWN_DERIVATIVES.has(row.id) && (row.market_cap ?? 0) > 0)
    .map((row) => ({ id: row.id, cap: row.market_cap!, move: expectedMoveSince(row, at) }))
    .filter((m): m is { id: string; cap: number; move: number } => m.move !== null);
  const others = all.filter((m) => m.id !== tokenId);
  const average = others.reduce((s, m) => s + m.cap * m.move, 0) / others.reduce((s, m) => s + m.cap, 0);
  const token = all.find((m) => m.id === tokenId)?.move ?? Number.NaN;
  return { average, over: others.length, rank: 1 + all.filter((m) => m.move > token).length, among: all.length, all };
}
