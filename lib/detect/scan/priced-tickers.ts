import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isPriceMoveAfter, isQuoteAfter } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import { overlapsCandidate, type Candidate } from './candidates';

/** Coins a text must already count before an unknown ticker's price move makes it a coin. */
const PAGE_COINS = 2;

/** How far before a "%" or "$" a ticker can stand ("VELVET pumped +38.2%"): the move's reach. */
const REACH = 48;

// An upper-case word of three to ten characters; what stands either side is checked in place.
const UPPER_WORD = /[A-Z][A-Z0-9]{2,9}/g;

/** An ASCII letter or digit or one of "_$.-/": a ticker is never glued to one. */
const isGlue = (code: number): boolean => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95 || code === 36 || code === 46 || code === 45 || code === 47;

/**
 * "VELVET pumped 38%", "KAITO +12%", "GRIFFAIN at $0.04": an upper-case word the per-tab lexicon
 * lacks, with a price move or quote right after it, on a text that already counts two coins, is
 * a ticker: it goes to the long tail by symbol, which names a coin only when one non-derivative
 * coin holds it (or one is ranked). Stock and fiat tickers, stop-listed acronyms and words the
 * scan already judged never do. Only the stretch before each "%" and "$" is read: a move or a
 * quote ends in one.
 */
export function pricedUnknownTickers(text: string, mentions: readonly Mention[], candidates: readonly Candidate[]): UnresolvedCandidate[] {
  if (mentions.length < PAGE_COINS) return [];
  let found: UnresolvedCandidate[] | undefined;
  let percent = text.indexOf('%');
  let dollar = text.indexOf('$');
  for (let read = 0; percent >= 0 || dollar >= 0; ) {
    const at = percent < 0 ? dollar : dollar < 0 ? percent : Math.min(percent, dollar);
    if (at === percent) percent = text.indexOf('%', at + 1);
    else dollar = text.indexOf('$', at + 1);
    const from = Math.max(read, at - REACH);
    read = at;
    if (at - from < 3) continue;
    const window = text.slice(from, at);
    UPPER_WORD.lastIndex = 0;
    for (let match = UPPER_WORD.exec(window); match; match = UPPER_WORD.exec(window)) {
      const symbol = match[0];
      const start = from + match.index;
      const end = start + symbol.length;
      if (isGlue(text.charCodeAt(start - 1)) || isGlue(text.charCodeAt(end))) continue;
      if (!isQuoteAfter(text, end) && !isPriceMoveAfter(text, end)) continue;
      if (BARE_SYMBOL_STOPLIST.has(symbol) || CASHTAG_NON_CRYPTO.has(symbol) || overlapsCandidate(candidates, start, end)) continue;
      (found ??= []).push({ symbol, start, end, form: 'symbol' });
    }
  }
  return found ?? [];
}
