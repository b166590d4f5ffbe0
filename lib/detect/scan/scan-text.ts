import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { GENERIC_TOKEN_WORDS, LONG_TAIL_NOUNS, PROJECT_NAME_SUFFIXES } from '../tables/context-words';
import { GLUED_PAIR_QUOTES, PAIR_QUOTES } from '../tables/quote-currencies';
import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { COMPANY_NAMES, TOKENLESS_NETWORKS } from '../tables/company-names';
import { isSentenceStart, isShouting, isWidgetQuote, textBefore } from '../text/context';
import { createRangeCursor, excludedRanges } from '../text/excluded-ranges';
import { isExactLookups } from '../text/hash-bits';
import { Phrase } from '../text/phrase';
import { Words } from '../text/tokenize';
import { WordGate } from '../text/word-gate';
import type { Candidate } from './candidates';
import { isAsciiLetterAt, isCashtagShape, isMixedCaseTickerShape, isUpperTickerShape, isWordCharAt } from '../text/word-shape';
import { nameCandidate } from './name-candidate';
import { allowedEntries, foundNameEntries, longestNameAt, mayBeName } from './name-match';
import { nameSymbolAt } from './paren-symbol';
import { glossedLongTailAt } from './glossed-ticker';
import { scriptNamesAt } from './script-name';

/** Listed names that /coins/list holds junk tokens for: firms, and networks with no coin. Asked
 * of both tables, not a union built at load: the content script fills them after it loads. */
const isNotACoin = (key: string) => COMPANY_NAMES.has(key) || TOKENLESS_NETWORKS.has(key);

// The tables asked about the words around most capitalised words, through their hashes.
const longTailNouns = new WordGate(LONG_TAIL_NOUNS);
const genericTokenWords = new WordGate(GENERIC_TOKEN_WORDS);
const projectNameSuffixes = new WordGate(PROJECT_NAME_SUFFIXES);
const pairQuotes = new WordGate(PAIR_QUOTES);
const stoplist = new WordGate(BARE_SYMBOL_STOPLIST);

const DOLLAR = 36;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const HYPHEN = 45;
const SLASH = 47;
const UNDERSCORE = 95;

/** One Words buffer reused by every scan (scans never nest); a nested call gets its own. */
let sharedWords: Words | null = new Words();

/**
 * One pass over the words of `text`, strongest form first at each word; hash lookups only.
 * The result is in text order and never overlaps.
 */
export function scanText(text: string, lexicon: Lexicon): Candidate[] {
  const words = sharedWords ?? new Words();
  sharedWords = null;
  try {
    const isExcluded = createRangeCursor(excludedRanges(text));
    const found: Candidate[] = [];
    // No form spans a line break, so lines are scanned one at a time.
    for (let lineStart = 0; lineStart < text.length; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      scanLine(words.fill(text, lineStart, lineEnd, lexicon.nameHashes.first), lexicon, isExcluded, found);
      lineStart = lineEnd + 1;
    }
    return found;
  } finally {
    words.source = '';
    sharedWords = words;
  }
}

/**
 * The forms tried at each word, strongest first. A word's string is made only where a form needs
 * it (a ticker shape, a "$" before it, a name's hash): a capitalised ordinary word ("The",
 * "However") runs through on offsets, counts and hashes, allocating nothing.
 */
function scanLine(words: Words, lexicon: Lexicon, isExcluded: (start: number, end: number) => boolean, found: Candidate[]): void {
  const text = words.source;
  // Only the words a form can start at (Words.fill lists them): a capital, a non-ASCII letter,
  // a "$" before, or a name's first word by the case-folded hash. Most words are none of these.
  for (let i = words.nextCandidate(0); i < words.count; i = words.nextCandidate(i + 1)) {
    const start = words.start(i);
    const end = words.end(i);
    if (isExcluded(start, end)) continue;
    const before = text.charCodeAt(start - 1);
    // "比特币", "ビットコインの", "биткоина": a coin in the word's own script (script-name.ts).
    const scripted = words.nonAscii(i) && text.charCodeAt(start) >= 0x400 ? scriptNamesAt(words, i, lexicon, found) : -1;
    if (scripted >= 0) {
      i = scripted;
      continue;
    }
    // "the", "bitcoin", "160": an ASCII word with no capital and no "$" before it can only begin
    // a name (every other form needs a capital or the "$"), and "the" is listed only because
    // "The Graph" begins with it: most such words stop at the name's hashes with the next word.
    if (words.upper(i) === 0 && !words.nonAscii(i) && before !== DOLLAR && !mayBeName(words, i, lexicon)) continue;
    // "The", "However", "Monday": a capitalised ASCII word with no "$" before it that no name
    // starts at (by the name hashes, with the next word) can only begin a long-tail name; every
    // form above that one needs a ticker shape or a name (the reference path, withExactLookups,
    // still runs them all).
    if (words.upper(i) === 1 && words.lower(i) > 0 && !words.other(i) && before !== DOLLAR && !mayBeName(words, i, lexicon)) {
      i = longTailNameAt(words, i, found, lexicon);
      continue;
    }

    const cashtag = before === DOLLAR && !isWordCharAt(text, start - 2) && isCashtagShape(words, i);
    const upper = !cashtag && isUpperTickerShape(words, i);
    const mixedCase = !cashtag && !upper && isMixedCaseTickerShape(words, i);
    // Made only when a form below needs it: most upper-case words ("SEC", "CEO") never do.
    let word = '';
    // "Aethir (ATH)", and "Harmony [ONE]" as some publishers write it; "Frax ($FXS)" with a cashtag.
    const after = text.charCodeAt(end);
    const opener = cashtag ? text.charCodeAt(start - 2) : before;
    if (((opener === OPEN_PAREN && after === CLOSE_PAREN) || (opener === OPEN_BRACKET && after === CLOSE_BRACKET)) && (cashtag || upper || mixedCase)) {
      word = words.word(i);
      const named = nameSymbolAt(words, i, word.toUpperCase(), lexicon);
      if (named) {
        const runStart = words.has(named.runStart) ? words.start(named.runStart) : start;
        while (found.length > 0 && (found[found.length - 1]?.end ?? 0) > runStart) found.pop();
        found.push(named.candidate);
        continue;
      }
    }
    if (cashtag) {
      const symbol = words.word(i).toUpperCase();
      if (!CASHTAG_NON_CRYPTO.has(symbol)) found.push({ kind: 'cashtag', start: start - 1, end, symbol });
      continue;
    }
    // "5BTC", "100USDT", "1.2ETH": an amount glued to a ticker the tab knows, one mention over the
    // whole word (a mention never starts inside a word; "10K", "2FA" are none;
    // "USDD/3CRV", "FRAX+3CRV" name a pool's own token). Judged as if shouted: a word ticker
    // ("8BIT") or an acronym needs the page or a price.
    // "25 LTCs", "more YFIs": a ticker in the plural after an amount or a quantifier, the same way
    // (only a mixed-case word reads the words before it: "LTCs", "ETFs", "stETH").
    const first = text.charCodeAt(start);
    const amount =
      first >= 48 && first <= 57 && before !== SLASH && before !== 43
        ? GLUED_AMOUNT.pattern.exec(words.word(i))?.[1]
        : mixedCase
          ? PLURAL_AFTER_AMOUNT.pattern.exec(textBefore(text, start, 12, end))?.[1]
          : undefined;
    if (amount && coinsForSymbol(lexicon, amount).length > 0) {
      found.push({ kind: 'symbol', start, end, symbol: amount, mixedCase: false, shouting: true });
      continue;
    }
    if (upper && after === HYPHEN && words.start(i + 1) === end + 1) {
      // "BSC-USD" is a coin's own ticker, not a pair.
      if (word === '') word = words.word(i);
      const joined = `${word}-${words.word(i + 1)}`;
      if (coinsForSymbol(lexicon, joined).length > 0) {
        found.push({ kind: 'symbol', start, end: words.end(i + 1), symbol: joined, mixedCase: false, shouting: false });
        i++;
        continue;
      }
    }
    if (upper && (mayEndWithGluedQuote(words, i) || isPairSeparator(after))) {
      if (word === '') word = words.word(i);
      const pairEnd = pairAt(words, i, word, lexicon);
      if (pairEnd > 0) {
        const base = pairEnd === end ? gluedBase(word, lexicon) : word;
        found.push({ kind: 'pair', start, end: pairEnd, symbol: base });
        if (pairEnd !== end) i++;
        continue;
      }
    }
    const nameLast = longestNameAt(words, i, lexicon);
    // The entries whose case policy the written words satisfy; asked once, only for a name.
    const entries = nameLast < 0 ? null : allowedEntries(foundNameEntries(), words, i, nameLast);
    if (nameLast > i && entries) {
      found.push(nameCandidate(words, i, nameLast, entries));
      i = nameLast;
      continue;
    }
    if ((upper || mixedCase) && (end - start >= 2 || isWidgetQuote(text, start, end)) && lexicon.symbolHashes.mayHave(words.hash(i))) {
      const known = upper ? upperTicker(words, i, lexicon) : null;
      if (word === '' && known === null) word = words.word(i);
      const symbol = known ? known[0] : word.toUpperCase();
      const holders = known ? known[1] : coinsForSymbol(lexicon, symbol);
      if (holders.length > 0) {
        found.push({ kind: 'symbol', start, end, symbol, mixedCase, shouting: anySymbolIsWord(holders) && isShouting(text, start, end) });
        continue;
      }
    }
    if (entries) {
      found.push(nameCandidate(words, i, nameLast, entries));
      continue;
    }
    if (upper && (after === OPEN_PAREN || text.charCodeAt(end + 1) === OPEN_PAREN)) {
      if (word === '') word = words.word(i);
      const glossEnd = BARE_SYMBOL_STOPLIST.has(word) ? -1 : glossedLongTailAt(words, i, word, lexicon, found);
      if (glossEnd > 0) {
        i = glossEnd;
        continue;
      }
    }
    i = longTailNameAt(words, i, found, lexicon);
  }
}

const GLUED_AMOUNT = new Phrase('gluedAmount');
const PLURAL_AFTER_AMOUNT = new Phrase('pluralAfterAmount');

/** An upper-case word's ticker and its coins in a lexicon (a tuple: no field names in the
 * content script). */
type KnownTicker = readonly [symbol: string, holders: readonly LexiconCoin[], lexicon: Lexicon];

/** The last ticker read per slot of the words' hashes: a page repeats its tickers ("BTC"
 * thousands of times), and one found here, compared in place, is neither sliced nor looked up
 * by a fresh string again; the candidates share its string, whose hash V8 then keeps. */
const knownTickers = new Array<KnownTicker | undefined>(1024);

/** The ticker that upper-case word i spells (coinsForSymbol, cached by hash and spelling; the
 * reference path, withExactLookups, looks it up afresh, so fast-path.test.ts checks the table). */
function upperTicker(words: Words, i: number, lexicon: Lexicon): KnownTicker {
  const slot = words.hash(i) & 1023;
  const known = knownTickers[slot];
  if (known !== undefined && known[2] === lexicon && !isExactLookups() && spellsWord(known[0], words, i)) return known;
  const symbol = words.word(i);
  return (knownTickers[slot] = [symbol, coinsForSymbol(lexicon, symbol), lexicon]);
}

/** Word i is exactly `spelled` (compared in place, no string made). */
function spellsWord(spelled: string, words: Words, i: number): boolean {
  const start = words.start(i);
  if (words.end(i) - start !== spelled.length) return false;
  for (let k = 0; k < spelled.length; k++) if (words.source.charCodeAt(start + k) !== spelled.charCodeAt(k)) return false;
  return true;
}

function anySymbolIsWord(coins: readonly LexiconCoin[]): boolean {
  for (let k = 0; k < coins.length; k++) if ((coins[k] as LexiconCoin).symbolIsWord) return true;
  return false;
}

/** "SOL/USDT", "ETH-USD", and "SOL_USDT" as exchange APIs write it (Gate, MEXC). */
const isPairSeparator = (code: number): boolean => code === SLASH || code === HYPHEN || code === UNDERSCORE;

/** Whether word i may be a glued pair ("SOLUSDT"): it ends with a glued quote or "USD" after
 * enough letters, compared in place (gluedBase finds nothing otherwise). */
function mayEndWithGluedQuote(words: Words, i: number): boolean {
  if (isExactLookups()) return true;
  const text = words.source;
  const start = words.start(i);
  const end = words.end(i);
  for (let k = 0; k < GLUED_PAIR_QUOTES.length; k++) {
    const quote = GLUED_PAIR_QUOTES[k] as string;
    if (end - start - quote.length >= 2 && text.startsWith(quote, end - quote.length)) return true;
  }
  return end - start >= 6 && text.startsWith('USD', end - 3);
}

/** End of a pair starting at word i ("SOL/USDT", "ETH-USD", "SOLUSDT"), or 0. */
function pairAt(words: Words, i: number, word: string, lexicon: Lexicon): number {
  if (!words.has(i)) return 0;
  const text = words.source;
  const end = words.end(i);
  const separator = text.charCodeAt(end);
  if (words.has(i + 1) && isPairSeparator(separator) && words.start(i + 1) === end + 1 && pairQuotes.has(words, i + 1)) {
    // The quote is a whole word: a letter may follow it only across a script edge ("SOL/USDT永续合约").
    return words.end(i + 1);
  }
  return gluedBase(word, lexicon) ? end : 0;
}

/** "WLFIUSDT" → "WLFI"; "" when the word is not a glued pair (or is a coin itself: "FDUSD"). */
function gluedBase(word: string, lexicon: Lexicon): string {
  if (coinsForSymbol(lexicon, word).length > 0) return '';
  for (let k = 0; k < GLUED_PAIR_QUOTES.length; k++) {
    const quote = GLUED_PAIR_QUOTES[k] as string;
    if (word.endsWith(quote) && word.length - quote.length >= 2) return word.slice(0, -quote.length);
  }
  const base = word.slice(0, -3);
  return word.endsWith('USD') && base.length >= 3 && coinsForSymbol(lexicon, base).length > 0 ? base : '';
}

/**
 * "the Nosana token", "Ocean Protocol": capitalised names the compact lexicon does not know,
 * passed on for the long-tail lookup. Returns the index of the last word consumed.
 */
function longTailNameAt(words: Words, i: number, found: Candidate[], lexicon: Lexicon): number {
  if (!isTitleWord(words, i) || isStoplisted(words, i)) return i;
  const text = words.source;
  let last = i;
  // "Competitor Pyth Network": the run stops where a known name begins.
  while (last - i < 3 && isTitleWord(words, last + 1) && spaceAfter(words, last) && longestNameAt(words, last + 1, lexicon) < 0) last++;
  const nounAfter = words.has(last + 1) && spaceAfter(words, last) && longTailNouns.has(words, last + 1);
  const suffixed = last > i && projectNameSuffixes.has(words, last);
  const start = words.start(i);
  const end = words.end(last);
  // A lone capitalised word before "token" is a name only mid-sentence ("Governance tokens are …").
  if ((nounAfter && !(last === i && (isSentenceStart(text, start) || genericTokenWords.has(words, i)))) || suffixed) {
    found.push({ kind: 'long-tail', form: 'name', start, end, symbol: null, nameHint: text.slice(start, end) });
  } else if (isListItem(text, start, end) && !isSentenceStart(text, start) && !isNotACoin(text.slice(start, end).toLowerCase())) {
    // "Kusama, Flow, Kyber Network, and Aragon": it counts if a neighbour in the list is a coin.
    found.push({ kind: 'long-tail', form: 'name', start, end, symbol: null, nameHint: text.slice(start, end), listed: true });
  }
  return last;
}

/** A list item: ", X," or "and X" or "X and" ("reported by CoinDesk, BNB rose" is no list).
 * Character tests only: it is asked for most capitalised words. */
function isListItem(text: string, start: number, end: number): boolean {
  const spaceBefore = text.charCodeAt(start - 1) === 32;
  if (spaceBefore && conjunctionEndsAt(text, start - 1)) return true;
  const commaAfter = text.charCodeAt(end) === 44;
  if (commaAfter ? text.charCodeAt(end + 1) === 32 && conjunctionAt(text, end + 2) : text.charCodeAt(end) === 32 && conjunctionAt(text, end + 1)) return true;
  return commaAfter && spaceBefore && text.charCodeAt(start - 2) === 44;
}

const A = 97;
const D = 100;
const N = 110;
const O = 111;
const R = 114;
const SPACE = 32;

/** A whole-word "and" or "or" ending right before `at`. */
function conjunctionEndsAt(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) === D && text.charCodeAt(at - 2) === N && text.charCodeAt(at - 3) === A) return !isAsciiLetterAt(text, at - 4);
  return text.charCodeAt(at - 1) === R && text.charCodeAt(at - 2) === O && !isAsciiLetterAt(text, at - 3);
}

/** "and " or "or " starting at `at`. */
function conjunctionAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first === A) return text.charCodeAt(at + 1) === N && text.charCodeAt(at + 2) === D && text.charCodeAt(at + 3) === SPACE;
  return first === O && text.charCodeAt(at + 1) === R && text.charCodeAt(at + 2) === SPACE;
}

/** Exactly one space between word k and the next. */
const spaceAfter = (words: Words, k: number): boolean => words.gapAfter(k) === 32;

/** "Sec", "Ath": a word the bare-ticker stop-list holds in any case. */
const isStoplisted = (words: Words, i: number): boolean => stoplist.hasUpperCase(words, i);

/** Compiled once, at first use (isTitleWord is asked for most capitalised words; the pattern only for non-ASCII ones). */
const TITLE_WORD = new Phrase('titleWord');

/** A capital followed by a small letter, digit or dot ("Nosana", "Web3", "Fetch.ai"). */
function isTitleWord(words: Words, i: number): boolean {
  if (!words.has(i)) return false;
  const text = words.source;
  const start = words.start(i);
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) return false; // the common case: a lower-case word
  if (!words.nonAscii(i)) {
    // "A", "I": one ASCII letter is no title word (the pattern needs two characters).
    if (words.end(i) - start < 2) return false;
    const second = text.charCodeAt(start + 1);
    return first >= 65 && first <= 90 && ((second >= 97 && second <= 122) || (second >= 48 && second <= 57) || second === 46);
  }
  return TITLE_WORD.pattern.test(words.word(i));
}
