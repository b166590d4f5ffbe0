/**
 * The card's figures as sentences for screen readers, in the reader's language: "ATH is up 12.30%
 * over 24 hours, 8.89 percentage points ahead of AI, rank 2 of 48." The signs and units the eye
 * reads in `+8.89 pp` become words; the figures are rounded exactly as the card shows them.
 */
import type { SectorView, TokenView } from '../messaging/views';
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

/** Everything the card shows about the token, as one spoken sentence (then the staleness, if any). */
export function tokenSummary(view: TokenView, window: ViewWindow): string {
  const sentence = view.sectors.reduce((text, sector) => t('speech_join', text, sectorClause(sector)), moveClause(view.symbol, view.move, window));
  const spoken = t('speech_end', sentence);
  return view.stale ? `${spoken} ${t('speech_stale')}` : spoken;
}
