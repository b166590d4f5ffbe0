import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isPriceMoveAfter, isQuoteAfter } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import { overlapsCandidate, type Candidate } from './candidates';

/** Coins a text must already count before an unknown ticker's price move makes it a coin. */
const PAGE_COINS = 2;

// An upper-case word of three to ten characters, not glued to a word, a "$" or a hyphen.
const UPPER_WORD = /(?<![\p{L}\p{N}_$.\-/])[A-Z][A-Z0-9]{2,9}(?![\p{L}\p{N}_\-/])/gu;

/**
 * "VELVET pumped 38%", "KAITO +12%", "GRIFFAIN at $0.04": an upper-case word the per-tab lexicon
 * lacks, with a price move or quote right after it, on a text that already counts two coins, is
 * a ticker: it goes to the long tail by symbol, which names a coin only when one non-derivative
 * coin holds it (or one is ranked). Stock and fiat tickers, stop-listed acronyms and words the
 * scan already judged never do.
 */
export function pricedUnknownTickers(text: string, mentions: readonly Mention[], candidates: readonly Candidate[]): UnresolvedCandidate[] {
  if (mentions.length < PAGE_COINS || (!text.includes('%') && !text.includes('$'))) return [];
  const found: UnresolvedCandidate[] = [];
  UPPER_WORD.lastIndex = 0;
  for (let match = UPPER_WORD.exec(text); match; match = UPPER_WORD.exec(text)) {
    const symbol = match[0];
    const start = match.index;
    const end = start + symbol.length;
    if (!isQuoteAfter(text, end) && !isPriceMoveAfter(text, end)) continue;
    if (BARE_SYMBOL_STOPLIST.has(symbol) || CASHTAG_NON_CRYPTO.has(symbol) || overlapsCandidate(candidates, start, end)) continue;
    found.push({ symbol, start, end, form: 'symbol' });
  }
  return found;
}
