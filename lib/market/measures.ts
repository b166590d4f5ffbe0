/**
 * What a move is measured over, as one object the view builders share: a window's percentage
 * from /coins/markets, or the move since a page's publication time from the row's hourly series.
 * Both say why a row has no figure (MoveGap), so the UI never shows a bare dash.
 */
import type { MoveGap, ViewWindow, Window } from '../model';
import { moveSince, seriesStart, type HourlySeries } from '../sectors/since-published';
import type { QuoteRow } from './provider';
import { tokenMove } from './views';

export interface Measured {
  move: number | null;
  /** Set when move is null. */
  gap?: MoveGap;
}

export interface Measure {
  readonly window: ViewWindow;
  of(row: QuoteRow): Measured;
}

/** How far back CoinGecko's hourly series reaches: 7 days (168 points). */
export const SERIES_REACH_MS = 7 * 24 * 3_600_000;

export function windowMeasure(window: Window): Measure {
  return {
    window,
    of(row) {
      const move = tokenMove(row, window);
      return move === null ? { move, gap: 'no-figure' } : { move };
    },
  };
}

export function sinceMeasure(publishedAt: number): Measure {
  return {
    window: 'since',
    of(row) {
      const series = rowSeries(row);
      // A page older than any series reaches is not asked a series for (service.needsSeries):
      // without one, it is still "before the series", not "no series".
      if (!series && row.updatedAt !== null && publishedAt < row.updatedAt - SERIES_REACH_MS) return { move: null, gap: 'before-series' };
      const result = moveSince(row.price, series, publishedAt);
      return result.move === null ? { move: null, gap: result.gap } : { move: result.move };
    },
  };
}

/** The row's hourly series placed in time: its last point is at the row's update time (DESIGN.md "Since published"). */
export function rowSeries(row: QuoteRow): HourlySeries | null {
  const prices = row.hourly7d;
  if (!prices || prices.length === 0 || row.updatedAt === null) return null;
  return { prices, lastAt: row.updatedAt };
}

/** First and last point of the row's series, for "the hourly data covers 7 days". */
export function seriesSpan(row: QuoteRow): { start: number; end: number } | undefined {
  const series = rowSeries(row);
  const start = series ? seriesStart(series) : null;
  return series && start !== null ? { start, end: series.lastAt } : undefined;
}
