import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isQuoteAfter, PRICE_MOVE_AFTER } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import { NONE_FOUND, overlapsCandidate, type Candidate } from './candidates';
import { Phrase } from '../text/phrase';

/** Coins a text must already count before an unknown ticker's price move makes it a coin. */
const PAGE_COINS = 2;

/** How far before a "%" or "$" a ticker can stand ("VELVET pumped +38.2%"): the move's reach. */
const REACH = 48;

// An upper-case word of three to ten characters glued to no letter, digit or "_$.-/" (tables/phrase-patterns.ts).
const UPPER_WORD = new Phrase('pricedTicker');

/**
 * "VELVET pumped 38%", "KAITO +12%", "GRIFFAIN at $0.04": an upper-case word the per-tab lexicon
 * lacks, with a price move or quote right after it, on a text that already counts two coins, is
 * a ticker: it goes to the long tail by symbol, which names a coin only when one non-derivative
 * coin holds it (or one is ranked). Stock and fiat tickers, stop-listed acronyms and words the
 * scan already judged never do. Only the stretch before each "%" and "$" is read: a move or a
 * quote ends in one.
 */
export function pricedUnknownTickers(text: string, mentions: readonly Mention[], candidates: readonly Candidate[]): UnresolvedCandidate[] {
  if (mentions.length < PAGE_COINS) return NONE_FOUND;
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
    // One character more each side, so that the pattern sees what a word is glued to.
    const base = from && from - 1;
    const window = text.slice(base, at + 1);
    const words = UPPER_WORD.pattern;
    words.lastIndex = 0;
    for (let match = words.exec(window); match; match = words.exec(window)) {
      const symbol = match[0];
      const start = base + match.index;
      const end = start + symbol.length;
      if (start < from || (!isQuoteAfter(text, end) && !PRICE_MOVE_AFTER.testAt(text, end))) continue;
      if (BARE_SYMBOL_STOPLIST.has(symbol) || CASHTAG_NON_CRYPTO.has(symbol) || overlapsCandidate(candidates, start, end)) continue;
      (found ??= []).push({ symbol, start, end, form: 'symbol' });
    }
  }
  return found ?? NONE_FOUND;
}
