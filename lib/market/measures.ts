/**
 * What a move is measured over, as one object the view builders share: a window's percentage
 * from /coins/markets, or the move since a page's publication time from the row's hourly series.
 * Both say why a row has no figure (MoveGap), so the UI never shows a bare dash.
 */
import type { MoveGap, ViewWindow, Window } from '../model';
import { moveSince, seriesStart, type HourlySeries } from '../sectors/since-published';
import type { MarketRow } from './schemas';
import { tokenMove } from './views';

export interface Measured {
  move: number | null;
  /** Set when move is null. */
  gap?: MoveGap;
}

export interface Measure {
  readonly window: ViewWindow;
  of(row: MarketRow): Measured;
}

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
      const result = moveSince(row.current_price, rowSeries(row), publishedAt);
      return result.move === null ? { move: null, gap: result.gap } : { move: result.move };
    },
  };
}

/** The row's sparkline placed in time: its last point is at last_updated (DESIGN.md "Since published"). */
export function rowSeries(row: MarketRow): HourlySeries | null {
  const prices = row.sparkline_in_7d?.price;
  const lastAt = row.last_updated ? Date.parse(row.last_updated) : Number.NaN;
  if (!prices || prices.length === 0 || !Number.isFinite(lastAt)) return null;
  return { prices, lastAt };
}

/** First and last point of the row's series, for "the hourly data covers 7 days". */
export function seriesSpan(row: MarketRow): { start: number; end: number } | undefined {
  const series = rowSeries(row);
  const start = series ? seriesStart(series) : null;
  return series && start !== null ? { start, end: series.lastAt } : undefined;
}
