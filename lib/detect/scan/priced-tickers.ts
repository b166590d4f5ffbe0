import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isPriceMoveAfter, isQuoteAfter } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import type { Candidate } from './candidates';

/** Coins a text must already count before an unknown ticker's price move makes it a coin. */
const PAGE_COINS = 2;

/** How far before a "%" or "$" a ticker can stand ("VELVET pumped +38.2%"): the move's reach. */
const REACH = 48;

// Candidates are upper-case words of three to ten characters (/[A-Z][A-Z0-9]{2,9}/); what stands
// either side is checked in place.
const isCapital = (code: number): boolean => code >= 65 && code <= 90;
const isCapitalOrDigit = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

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
  // Words are met in text order, so the candidates are walked with a cursor, not searched.
  let candidate = 0;
  let percent = text.indexOf('%');
  let dollar = text.indexOf('$');
  for (let read = 0; percent >= 0 || dollar >= 0; ) {
    const at = percent < 0 ? dollar : dollar < 0 ? percent : Math.min(percent, dollar);
    if (at === percent) percent = text.indexOf('%', at + 1);
    else dollar = text.indexOf('$', at + 1);
    const from = Math.max(read, at - REACH);
    read = at;
    if (at - from < 3) continue;
    // The matches of /[A-Z][A-Z0-9]{2,9}/g in text[from, at), found by codes: no window string,
    // no match arrays (the regex made both for every "%" and "$": ~3 MB per 5 MB of text).
    for (let start = from; start < at; ) {
      if (!isCapital(text.charCodeAt(start))) {
        start++;
        continue;
      }
      let end = start + 1;
      while (end < at && end - start < 10 && isCapitalOrDigit(text.charCodeAt(end))) end++;
      if (end - start < 3) {
        start++;
        continue;
      }
      while (candidate < candidates.length && (candidates[candidate] as Candidate).end <= start) candidate++;
      // The cheap tests first: most upper-case words before a move are tickers the scan found.
      const scanned = candidate < candidates.length && (candidates[candidate] as Candidate).start < end;
      if (!scanned && !isGlue(text.charCodeAt(start - 1)) && !isGlue(text.charCodeAt(end)) && (isQuoteAfter(text, end) || isPriceMoveAfter(text, end))) {
        const symbol = text.slice(start, end);
        if (!BARE_SYMBOL_STOPLIST.has(symbol) && !CASHTAG_NON_CRYPTO.has(symbol)) (found ??= []).push({ symbol, start, end, form: 'symbol' });
      }
      start = end;
    }
  }
  return found ?? [];
}
