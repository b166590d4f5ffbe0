/**
 * Why a figure is missing, in words (one place, for the card and the popup), so a reader sees a
 * reason instead of a bare dash; and when a page was published. `short` fits a table cell; `long`
 * is its tooltip and screen-reader text.
 */
import type { SinceView } from './messaging/views';
import type { AverageGap, MoveGap, ViewWindow } from './model';
import { t, tn, uiLocale } from './i18n';

export interface GapText {
  short: string;
  long: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** '1h', '24h', '7d' as on exchanges; 'since' in words. */
export function windowLabel(window: ViewWindow): string {
  return window === 'since' ? t('window_since') : window;
}

export function moveGapText(gap: MoveGap | undefined, window: ViewWindow): GapText {
  switch (gap) {
    case 'before-series':
      return { short: t('gap_before_series'), long: t('gap_before_series_long') };
    case 'no-series':
      return { short: t('gap_no_series'), long: t('gap_no_series_long') };
    case 'no-price':
      return { short: t('gap_no_price'), long: t('gap_no_price_long') };
    case 'no-figure':
    case undefined:
      return { short: t('gap_no_figure', windowLabel(window)), long: t('gap_no_figure_long', windowLabel(window)) };
  }
}

export function averageGapText(gap: AverageGap | undefined, window: ViewWindow): GapText {
  switch (gap) {
    case 'not-watched':
      return { short: t('gap_not_watched'), long: t('gap_not_watched_long') };
    case 'no-data':
      return { short: t('gap_no_data'), long: t('gap_no_data_long') };
    case 'only-token':
      return { short: t('gap_only_token'), long: t('gap_only_token_long', windowLabel(window)) };
    case 'no-constituents':
    case undefined:
      return { short: t('gap_no_constituents'), long: t('gap_no_constituents_long', windowLabel(window)) };
  }
}

/** "50 hours ago" up to a week (hours are what the hourly series counts in), then "12 days ago". */
export function publishedAgo(at: number, now: number = Date.now()): string {
  const ms = Math.max(0, now - at);
  const format = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'always' });
  if (ms < HOUR) return format.format(-Math.max(1, Math.round(ms / 60_000)), 'minute');
  if (ms < 7 * DAY) return format.format(-Math.round(ms / HOUR), 'hour');
  return format.format(-Math.round(ms / DAY), 'day');
}

/**
 * When a page was published, in the reader's time zone and language: "Tue 14:00, 50 hours ago";
 * six days or more back, with the date. `timeZone` is for tests.
 */
export function publishedText(at: number, now: number = Date.now(), timeZone?: string): string {
  const withDate = now - at >= 6 * DAY ? ({ day: 'numeric', month: 'short' } as const) : {};
  const when = new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...withDate, ...(timeZone ? { timeZone } : {}) }).format(at);
  return `${when}, ${publishedAgo(at, now)}`;
}

/**
 * The since-published block without a figure: "Published 12 days ago: the hourly data covers 7
 * days." Never a number from another window (DESIGN.md "Since published").
 */
export function sinceGapText(since: SinceView, now: number = Date.now()): string {
  if (since.moveGap === 'before-series') {
    const days = since.series ? Math.max(1, Math.round((since.series.end - since.series.start) / DAY)) : 7;
    return t('since_before_series', publishedAgo(since.publishedAt, now), tn('span_days', days));
  }
  return moveGapText(since.moveGap, 'since').long;
}
