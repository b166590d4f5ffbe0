/**
 * Moves since a page's publication time T, from a row's hourly price series (DESIGN.md
 * "Definitions", Since published). The n points of `sparkline_in_7d.price` are hourly and end at
 * the row's `last_updated`: point k is at lastAt − (n−1−k) h. p(T) is the last point at or before
 * T; there is none when T precedes point 0, and then there is no figure: never one borrowed from
 * another window.
 */
export const HOUR_MS = 3_600_000;

export interface HourlySeries {
  readonly prices: readonly number[];
  /** Epoch ms of the last point (the row's last_updated). */
  readonly lastAt: number;
}

/** Why a token has no move since publication. */
export type SinceGap =
  /** T is before the series' first point: the hourly data does not reach back that far. */
  | 'before-series'
  /** The row carries no hourly series (or no time to place it). */
  | 'no-series'
  /** The row has no current price, or the price at T is not a positive number. */
  | 'no-price';

export type SinceMove = { move: number; priceAt: number; pointAt: number } | { move: null; gap: SinceGap };

/** Epoch ms of point 0; null for an empty series. */
export function seriesStart(series: HourlySeries): number | null {
  return series.prices.length === 0 ? null : series.lastAt - (series.prices.length - 1) * HOUR_MS;
}

/** Index of the last point at or before T, or -1 when T precedes point 0. */
export function pointIndexAt(series: HourlySeries, at: number): number {
  const n = series.prices.length;
  if (n === 0) return -1;
  // Hours from point 0 to T, rounded down; points past the end clamp to the last one.
  const fromStart = Math.floor((at - (series.lastAt - (n - 1) * HOUR_MS)) / HOUR_MS);
  if (fromStart < 0) return -1;
  return Math.min(n - 1, fromStart);
}

/** r = (current / p(T) − 1) × 100 */
export function moveSince(currentPrice: number | null, series: HourlySeries | null, at: number): SinceMove {
  if (!series || series.prices.length === 0 || !Number.isFinite(series.lastAt)) return { move: null, gap: 'no-series' };
  const index = pointIndexAt(series, at);
  if (index < 0) return { move: null, gap: 'before-series' };
  const then = series.prices[index]!;
  if (currentPrice === null || !Number.isFinite(currentPrice) || !(then > 0) || !Number.isFinite(then)) return { move: null, gap: 'no-price' };
  return { move: (currentPrice / then - 1) * 100, priceAt: then, pointAt: series.lastAt - (series.prices.length - 1 - index) * HOUR_MS };
}
