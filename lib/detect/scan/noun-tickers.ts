import { coinsForSymbol, type Lexicon } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST, SECTOR_ACRONYMS } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isShouting } from '../text/context';
import type { UnresolvedCandidate } from '../types';
import { overlapsCandidate, type Candidate } from './candidates';
import { bindLongTailTicker } from './forms';
import type { PageContext } from './page-context';

/** An upper-case ticker of three to ten characters, whole (nothing word-like glued either side). */
const TICKER = /^[A-Z][A-Z0-9]{2,9}$/;
/** "SPK token", "SPK’s token": the ticker right before "token". */
const TICKER_BEFORE = /(?:^|[^\w$.\-/])([A-Z][A-Z0-9]{2,9})(?:['’]s)? $/;
/** "governance token, BOND", "the token SPK": the ticker right after "token". */
const TICKER_AFTER = /^s?,? ([A-Z][A-Z0-9]{2,9})(?![\w$\-/])/;
/** "calls JST a ‘next 100x token’", "touts JST as its governance token": a ticker the clause
 * before "token" predicates a token. */
const PREDICATED = /(?:^|[^\w$.\-/])([A-Z][A-Z0-9]{2,9}) (?:[a-z]+ed )?(?:as|is|was|a|an)\b[^.!?:;\n]{0,30}$/;

const isTicker = (word: string, text: string, start: number, candidates: readonly Candidate[]): boolean =>
  TICKER.test(word) && !BARE_SYMBOL_STOPLIST.has(word) && !CASHTAG_NON_CRYPTO.has(word) && !overlapsCandidate(candidates, start, start + word.length) && !isShouting(text, start, start + word.length);

/** A ticker the sentence calls a token: one the per-tab lexicon holds binds its coin for the page
 * (so a stop-listed "JST" counts), any other binds for the long tail. Never a sector acronym. */
function bindCalledToken(context: PageContext, lexicon: Lexicon, text: string, word: string, start: number, candidates: readonly Candidate[]): void {
  const coin = TICKER.test(word) && !SECTOR_ACRONYMS.has(word) ? coinsForSymbol(lexicon, word, context.date)[0] : undefined;
  if (coin) {
    if (!context.symbolBindings.has(word) && !isShouting(text, start, start + word.length)) context.symbolBindings.set(word, coin.id);
  } else if (isTicker(word, text, start, candidates)) bind(context, word);
}

/**
 * "Spark launched its SPK token", "the protocol’s governance token, BOND", "calls JST a next
 * 100x token": an upper-case word the per-tab lexicon lacks that the sentence calls a token binds
 * the ticker for the page, as a cashtag does: every bare use of it asks the long tail by symbol
 * (which names a coin only when one non-derivative coin holds it). Stop-listed acronyms, stock
 * and fiat tickers and shouted lines never do. Only the stretch around each "token" is read.
 */
export function bindTokenNounTickers(text: string, candidates: readonly Candidate[], context: PageContext, lexicon: Lexicon): void {
  for (let at = text.indexOf('oken'); at > 0; at = text.indexOf('oken', at + 4)) {
    const start = at - 1;
    if ((text.charCodeAt(start) | 32) !== 116 || isWordCode(text.charCodeAt(start - 1))) continue;
    const end = at + 4;
    // "tokens", "token," but not "tokenised", "tokenomics".
    const next = text.charCodeAt(end);
    if (isWordCode(next) && !(next === 115 && !isWordCode(text.charCodeAt(end + 1)))) continue;
    const before = text.slice(Math.max(0, start - 48), start);
    const found = TICKER_BEFORE.exec(before) ?? PREDICATED.exec(before);
    if (found) {
      const word = found[1] as string;
      const wordStart = start - before.length + found.index + found[0].indexOf(word);
      bindCalledToken(context, lexicon, text, word, wordStart, candidates);
    }
    const after = TICKER_AFTER.exec(text.slice(end, end + 14));
    if (after) {
      const word = after[1] as string;
      bindCalledToken(context, lexicon, text, word, end + after[0].length - word.length, candidates);
    }
  }
}

function bind(context: PageContext, symbol: string): void {
  if (!context.longTailSymbols.has(symbol)) context.longTailSymbols.set(symbol, undefined);
}

/** "Spark’s SPK": a capitalised name (up to three words) and, after its possessive, a ticker. */
const POSSESSIVE = /((?:[A-Z][\w.]*[ ]){0,2}[A-Z][\w.]+)['’]s ([A-Z][A-Z0-9]{2,9})(?![\w$\-/])/y;

/**
 * "Spark’s SPK comes as …": a name and, after its possessive, a ticker the per-tab lexicon lacks
 * go to the long tail as "Spark (SPK)" would (a holder of the ticker must carry the name; "Tron’s
 * JST" names two coins and resolves to neither), and bind both for the page: later bare "SPK",
 * and later "Spark" written alone, ask the same question.
 */
export function possessiveLongTail(text: string, candidates: readonly Candidate[], context: PageContext): UnresolvedCandidate[] {
  let found: UnresolvedCandidate[] | undefined;
  for (let at = nextPossessive(text, 0); at >= 0; at = nextPossessive(text, at + 3)) {
    // The name's first word starts within the 30 characters before the apostrophe.
    let from = at;
    while (from > 0 && at - from < 30 && text.charCodeAt(from - 1) !== 10) from--;
    const window = text.slice(from, at + 14);
    for (let k = 0; k < at - from; k++) {
      if (k > 0 && isWordCode(window.charCodeAt(k - 1))) continue;
      POSSESSIVE.lastIndex = k;
      const match = POSSESSIVE.exec(window);
      if (!match || match.index + (match[1] as string).length !== at - from) continue;
      const name = match[1] as string;
      const symbol = match[2] as string;
      const start = from + k;
      const symbolStart = at + 3;
      if (!isTicker(symbol, text, symbolStart, candidates) || overlapsCandidate(candidates, start, at)) break;
      bindLongTailTicker(context, symbol, name);
      (found ??= []).push({ symbol, nameHint: name, start, end: symbolStart + symbol.length, form: 'name-symbol' });
      break;
    }
  }
  return found ?? [];
}

/** The index of the next "’s " or "'s " followed by a capital, or -1. */
function nextPossessive(text: string, from: number): number {
  let best = -1;
  for (const mark of POSSESSIVE_MARKS) {
    for (let at = text.indexOf(mark, from); at >= 0 && (best < 0 || at < best); at = text.indexOf(mark, at + 3)) {
      const capital = text.charCodeAt(at + 3);
      if (capital >= 65 && capital <= 90) {
        best = at;
        break;
      }
    }
  }
  return best;
}

const POSSESSIVE_MARKS = ['’s ', "'s "];

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
