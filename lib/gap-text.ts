/**
 * Why a figure is missing, in words (one place, for the card and the popup), so a reader sees a
 * reason instead of a bare dash. `short` fits a table cell; `long` is its tooltip and screen-reader text.
 */
import type { AverageGap, MoveGap, ViewWindow } from './model';
import type { SinceView } from './messaging/views';
import { formatAgo, formatSpan } from './format';

export interface GapText {
  short: string;
  long: string;
}

export function windowLabel(window: ViewWindow): string {
  return window === 'since' ? 'since published' : window;
}

export function moveGapText(gap: MoveGap | undefined, window: ViewWindow): GapText {
  switch (gap) {
    case 'before-series':
      return { short: 'before data', long: 'Published before the hourly price data starts.' };
    case 'no-series':
      return { short: 'no hourly data', long: 'CoinGecko sent no hourly prices for this token.' };
    case 'no-price':
      return { short: 'no price', long: 'CoinGecko has no current price for this token.' };
    case 'no-figure':
    case undefined:
      return { short: `no ${windowLabel(window)} figure`, long: `CoinGecko has no ${windowLabel(window)} move for this token.` };
  }
}

export function averageGapText(gap: AverageGap | undefined, window: ViewWindow): GapText {
  switch (gap) {
    case 'not-watched':
      return { short: 'not watched', long: 'Not one of your watched sectors, so its average is not fetched.' };
    case 'no-data':
      return { short: 'no data yet', long: 'This sector’s market data could not be fetched yet.' };
    case 'only-token':
      return { short: 'only this token', long: `No other token in this sector has a ${windowLabel(window)} figure; this one is left out of its own average.` };
    case 'no-constituents':
    case undefined:
      return { short: 'no figures', long: `No token in this sector has a ${windowLabel(window)} figure.` };
  }
}

/**
 * The since-published block without a figure: "Published 12 days ago: the hourly data covers 7
 * days." Never a number from another window (DESIGN.md "Since published").
 */
export function sinceGapText(since: SinceView, now: number = Date.now()): string {
  if (since.moveGap === 'before-series') {
    const covers = since.series ? formatSpan(since.series.end - since.series.start) : '7 days';
    return `Published ${formatAgo(since.publishedAt, now)}: the hourly data covers ${covers}.`;
  }
  return moveGapText(since.moveGap, 'since').long;
}
