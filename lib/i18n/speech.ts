/**
 * The card's figures as sentences for screen readers, in the reader's language: "ATH is up 12.30%
 * over 24 hours, 8.89 percentage points ahead of AI, rank 2 of 48." The signs and units the eye
 * reads in `+8.89 pp` become words; the figures are rounded exactly as the card shows them.
 */
import { sinceGapText } from '../gap-text';
import type { SectorView, SinceView, TokenView } from '../messaging/views';
import type { ViewWindow } from '../model';
import { formatNumber, t, type MessageKey } from './index';

const WINDOW_WORDS: Record<ViewWindow, MessageKey> = {
  '1h': 'speech_window_1h',
  '24h': 'speech_window_24h',
  '7d': 'speech_window_7d',
  since: 'speech_window_since',
};

const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** The same rounding as lib/format: a move that shows as +0.00% is "unchanged". */
const rounded = (value: number) => Math.round(Math.abs(value) * 100) / 100;

export function spokenPercent(value: number): string {
  return formatNumber(rounded(value) / 100, { style: 'percent', ...TWO_DECIMALS });
}

export function moveClause(symbol: string, move: number | null, window: ViewWindow): string {
  const over = t(WINDOW_WORDS[window]);
  if (move === null) return t('speech_no_move', symbol, over);
  if (rounded(move) === 0) return t('speech_flat', symbol, over);
  return t(move > 0 ? 'speech_up' : 'speech_down', symbol, spokenPercent(move), over);
}

export function sectorClause(sector: SectorView): string {
  const value = sector.outperformance;
  const versus =
    value === null
      ? t('speech_no_comparison', sector.name)
      : rounded(value) === 0
        ? t('speech_level', sector.name)
        : t(value > 0 ? 'speech_ahead' : 'speech_behind', formatNumber(rounded(value), TWO_DECIMALS), sector.name);
  return sector.rank === null ? versus : t('speech_join', versus, t('speech_rank', sector.rank, sector.rankedAmong));
}

/** One move and its sectors' clauses, as one sentence. */
function moveSentence(symbol: string, move: number | null, sectors: readonly SectorView[], window: ViewWindow): string {
  const sentence = sectors.reduce((text, sector) => t('speech_join', text, sectorClause(sector)), moveClause(symbol, move, window));
  return t('speech_end', sentence);
}

/**
 * The card's since-published block: "ATH is up 3.41% since this page was published, 1.20 percentage
 * points ahead of AI." — or, without a figure, the same words the block shows for why.
 */
export function sinceSummary(symbol: string, since: SinceView, now: number = Date.now()): string {
  return since.move === null ? sinceGapText(since, now) : moveSentence(symbol, since.move, since.sectors, 'since');
}

/**
 * Everything the card shows about the token, as spoken sentences: the window's move and sectors,
 * the since-published block when the card has one (unless the window already is "since"), then
 * the staleness, if any.
 */
export function tokenSummary(view: TokenView, window: ViewWindow, now: number = Date.now()): string {
  const sentences = [moveSentence(view.symbol, view.move, view.sectors, window)];
  if (view.since && window !== 'since') sentences.push(sinceSummary(view.symbol, view.since, now));
  if (view.stale) sentences.push(t('speech_stale'));
  return sentences.join(' ');
}
