import { coinsForSymbol, type Lexicon } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST, SECTOR_ACRONYMS } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { isShouting, textBefore } from '../text/context';
import { Phrase } from '../text/phrase';
import { isCapitalAt, isWordCharAt } from '../text/word-shape';
import type { UnresolvedCandidate } from '../types';
import { NONE_FOUND, overlapsCandidate, type Candidate } from './candidates';
import { bindLongTailTicker } from './forms';
import type { PageContext } from './page-context';

const TICKER_BEFORE = new Phrase('tokenTickerBefore');
const TICKER_AFTER = new Phrase('tokenTickerAfter');
const POSSESSIVE_NAME = new Phrase('possessiveName');
const POSSESSIVE_TICKER = new Phrase('possessiveTicker');
const DEFINED_AFTER = new Phrase('definedTickerAfter');
const TOKEN_STANDARD_AT = new Phrase('tokenStandardAt');

/** An upper-case word the per-tab lexicon lacks that may be a ticker: not an acronym, a stock or
 * fiat ticker, a word the scan judged, or a word in a shouted line. */
const isUnknownTicker = (word: string, text: string, start: number, candidates: readonly Candidate[]): boolean =>
  !BARE_SYMBOL_STOPLIST.has(word) && !CASHTAG_NON_CRYPTO.has(word) && !overlapsCandidate(candidates, start, start + word.length) && !isShouting(text, start, start + word.length);

/**
 * "Spark launched its SPK token", "the protocol’s governance token, BOND", "calls JST a next
 * 100x token": a ticker the sentence calls a token is bound for the page. One the per-tab lexicon
 * holds binds its coin (so a stop-listed "JST" counts, but never a sector acronym); any other
 * binds as a cashtag does, so every bare use asks the long tail by symbol (which names a coin only
 * when one non-derivative coin holds it). Only the stretch around each "token" is read.
 */
export function bindTokenNounTickers(text: string, candidates: readonly Candidate[], context: PageContext, lexicon: Lexicon): void {
  // Each "oken" after the text's first character, found by its "ken": V8's search for "oken" stops
  // at every "o" of the text, one of its commonest letters (this function over a 5 MB text: 3.3 →
  // 1.9 ms). An "oken" at the text's start ends the loop, as it always has.
  for (let at = text.indexOf('ken', 1) - 1; at >= 0; at = text.indexOf('ken', at + 4) - 1) {
    if (text.charCodeAt(at) !== 111) continue;
    if (at === 0) break;
    const start = at - 1;
    const end = at + 4;
    const next = text.charCodeAt(end);
    // "token", "Token", "tokens", not "tokenised" or "cryptotoken".
    if ((text.charCodeAt(start) | 32) !== 116 || isWordCharAt(text, start - 1) || (isWordCharAt(text, end) && (next !== 115 || isWordCharAt(text, end + 1)))) continue;
    const from = Math.max(0, start - 48);
    // Most "token"s have no upper-case pair before them: the regex only where one is.
    const before = hasCapitalPair(text, from, start) ? TICKER_BEFORE.pattern.exec(text.slice(from, start)) : null;
    if (before) bindCalledToken(context, lexicon, text, before[1] as string, from + before.index, candidates);
    let capital = end + (next === 115 ? 1 : 0);
    if (text.charCodeAt(capital) === 44) capital++;
    // "governance token, BOND", "the token (MOONs)", "Token Symbol: MOON".
    const after = text.charCodeAt(capital) === 32 && (isCapitalAt(text, capital + 1) || text.charCodeAt(capital + 1) === 40) ? TICKER_AFTER.execAt(text, end) : null;
    if (after) bindCalledToken(context, lexicon, text, after[1] as string, end + after[0].indexOf(after[1] as string), candidates);
  }
}

const STOCK_BEFORE = new Phrase('stockExchangeBefore');
const STOCK_AFTER = new Phrase('stockExchangeAfter');

/**
 * "Compass, Inc. (NYSE: COMP)", "Compass COMP NYSE 8.59 USD": an exchange's name makes the ticker
 * a stock, so the page's other bare uses of it are no coin either (as a spelled-out acronym is;
 * "Compound (COMP)" or a pin still wins). The regexes run only after a colon or before " N".
 * "MOON is a cryptocurrency closely linked to …", "DEGEN, a memecoin built on …": a ticker of three
 * letters or more that the sentence defines as a coin binds it, as "its SPK token" does; its regex
 * runs only where a comma, " i" or " w" follows it. Only the tab's tickers: a long-tail one
 * would ask the long tail at every bare use on the strength of one sentence.
 */
export function bindTickerSentences(text: string, candidates: readonly Candidate[], context: PageContext, lexicon: Lexicon): void {
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k] as Candidate;
    if (candidate.kind !== 'symbol') continue;
    const { start, end, symbol } = candidate;
    if (
      ((text.charCodeAt(start - 1) === 58 || text.charCodeAt(start - 2) === 58) && STOCK_BEFORE.pattern.test(textBefore(text, start, 16))) ||
      (text.charCodeAt(end + 1) === 78 && STOCK_AFTER.pattern.test(text.slice(end, end + 12)))
    )
      context.acronyms.add(symbol);
    else if ((text.charCodeAt(end) === 44 || text.charCodeAt(end + 1) === 105 || text.charCodeAt(end + 1) === 119) && DEFINED_AFTER.testAt(text, end)) bindCalledToken(context, lexicon, text, symbol, start, candidates);
  }
}

/** Binds the ticker a sentence calls a token; two letters ("the OP token") only for a coin the
 * tab holds, since the long tail has junk tokens under most pairs of letters. */
function bindCalledToken(context: PageContext, lexicon: Lexicon, text: string, word: string, start: number, candidates: readonly Candidate[]): void {
  if (TOKEN_STANDARD_AT.testAt(text, start)) return;
  const coin = SECTOR_ACRONYMS.has(word) ? undefined : coinsForSymbol(lexicon, word, context.date)[0];
  if (coin) {
    // The coin too: "MOON, the social token of …" makes the page's "MOONs" the coin (verdicts.ts).
    if (!context.symbolBindings.has(word) && !isShouting(text, start, start + word.length)) {
      context.symbolBindings.set(word, coin.id);
      context.boundCoins.add(coin.id);
    }
  } else if (word.length > 2 && isUnknownTicker(word, text, start, candidates) && !context.longTailSymbols.has(word)) context.longTailSymbols.set(word, undefined);
}

/**
 * "Spark’s SPK comes as …": a ticker the page binds for the long tail (its SPK token, $SPK,
 * SPK/USDT), written after a capitalised name (up to three words) and its possessive, goes to the
 * long tail with the name as "Spark (SPK)" would (a holder of the ticker must carry the name, so
 * "Tron’s JST" resolves to neither), and binds the name: later "Spark" written alone asks the same
 * question. Only the bound tickers are looked for, so a page without any costs nothing.
 */
export function possessiveLongTail(text: string, candidates: readonly Candidate[], context: PageContext): UnresolvedCandidate[] {
  let found: UnresolvedCandidate[] | undefined;
  for (const symbol of context.longTailSymbols.keys()) {
    for (let at = text.indexOf(symbol, 3); at >= 0; at = text.indexOf(symbol, at + symbol.length)) {
      const mark = at - 3;
      const match = POSSESSIVE_TICKER.execAt(text, mark);
      if (!match || match[1] !== symbol) continue;
      const name = POSSESSIVE_NAME.pattern.exec(textBefore(text, mark, 30))?.[1];
      const start = mark - (name?.length ?? 0);
      if (!name || overlapsCandidate(candidates, start, mark)) continue;
      bindLongTailTicker(context, symbol, name);
      (found ??= []).push({ symbol, nameHint: name, start, end: mark + match[0].length, form: 'name-symbol' });
    }
  }
  return found ?? NONE_FOUND;
}

/** Two capitals in a row between `from` and `to`. */
function hasCapitalPair(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i > from; i--) if (isCapitalAt(text, i) && isCapitalAt(text, i - 1)) return true;
  return false;
}

