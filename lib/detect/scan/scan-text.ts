import { coinsForSymbol, type Lexicon } from '../lexicon/compile-lexicon';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { PROJECT_NAME_SUFFIXES } from '../tables/context-words';
import { GLUED_PAIR_QUOTES, PAIR_QUOTES } from '../tables/quote-currencies';
import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { isPriceMoveAfter, isSentenceStart, isShouting } from '../text/context';
import { createRangeCursor, excludedRanges } from '../text/excluded-ranges';
import { tokenize, type Token } from '../text/tokenize';
import type { Candidate } from './candidates';
import { isMixedCaseTickerShape, isUpperTickerShape, wordShape } from '../text/word-shape';
import { nameCandidate } from './name-candidate';
import { caseAllows, longestNameAt } from './name-match';
import { nameSymbolAt } from './paren-symbol';

const LONG_TAIL_NOUNS = new Set(['token', 'tokens', 'coin', 'memecoin']);
/** Capitalised sector words that precede "tokens" without naming a project. */
const GENERIC_TOKEN_WORDS = new Set(['Meme', 'Gaming', 'Governance', 'Utility', 'Security', 'Privacy', 'Layer', 'Exchange', 'Stable', 'Crypto', 'Altcoin', 'Payment', 'Reward', 'Platform', 'Native']);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/**
 * One pass over the words of `text`, strongest form first at each word; hash lookups only.
 * The result is in text order and never overlaps.
 */
export function scanText(text: string, lexicon: Lexicon): Candidate[] {
  const isExcluded = createRangeCursor(excludedRanges(text));
  const found: Candidate[] = [];
  // No form spans a line break, so lines are scanned one at a time: their words are garbage
  // soon after, which keeps a multi-megabyte page from filling the old generation.
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    scanLine(text, tokenize(text, lineStart, lineEnd), lexicon, isExcluded, found);
    lineStart = lineEnd + 1;
  }
  return found;
}

function scanLine(text: string, tokens: readonly Token[], lexicon: Lexicon, isExcluded: (start: number, end: number) => boolean, found: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || isExcluded(token.start, token.end)) continue;
    const word = token.text;
    const before = text[token.start - 1];

    if (before === '$' && !isWordChar(text[token.start - 2]) && /^[A-Za-z][A-Za-z0-9]{0,11}$/.test(word)) {
      const symbol = word.toUpperCase();
      if (!CASHTAG_NON_CRYPTO.has(symbol)) found.push({ kind: 'cashtag', start: token.start - 1, end: token.end, symbol });
      continue;
    }
    const shape = wordShape(word);
    const upper = isUpperTickerShape(word, shape);
    const mixedCase = !upper && isMixedCaseTickerShape(word, shape);
    if (before === '(' && text[token.end] === ')' && (upper || mixedCase)) {
      const named = nameSymbolAt(text, tokens, i, word.toUpperCase(), lexicon);
      if (named) {
        const runStart = tokens[named.runStart]?.start ?? token.start;
        while (found.length > 0 && (found[found.length - 1]?.end ?? 0) > runStart) found.pop();
        found.push(named.candidate);
        continue;
      }
    }
    if (upper) {
      const pairEnd = pairAt(text, tokens, i, lexicon);
      if (pairEnd > 0) {
        const base = pairEnd === token.end ? gluedBase(word, lexicon) : word;
        found.push({ kind: 'pair', start: token.start, end: pairEnd, symbol: base });
        if (pairEnd !== token.end) i++;
        continue;
      }
    }
    const name = longestNameAt(text, tokens, i, lexicon);
    const nameWords = name ? tokens.slice(i, name.last + 1).map((t) => t.text) : [];
    if (name && name.last > i) {
      const entries = name.entries.filter((entry) => caseAllows(entry, nameWords));
      if (entries.length > 0) {
        found.push(nameCandidate(text, tokens, i, name.last, entries));
        i = name.last;
        continue;
      }
    }
    if ((upper || mixedCase) && word.length >= 2 && coinsForSymbol(lexicon, word.toUpperCase()).length > 0) {
      const shouting = isShouting(text, token.start, token.end);
      found.push({ kind: 'symbol', start: token.start, end: token.end, symbol: word.toUpperCase(), mixedCase, shouting, priceAfter: isPriceMoveAfter(text, token.end) });
      continue;
    }
    if (name) {
      const entries = name.entries.filter((entry) => caseAllows(entry, nameWords));
      if (entries.length > 0) {
        found.push(nameCandidate(text, tokens, i, name.last, entries));
        continue;
      }
    }
    i = longTailNameAt(text, tokens, i, found, (k) => longestNameAt(text, tokens, k, lexicon) !== null);
  }
}

/** End of a pair starting at token i ("SOL/USDT", "ETH-USD", "SOLUSDT"), or 0. */
function pairAt(text: string, tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  const token = tokens[i];
  const quote = tokens[i + 1];
  if (!token) return 0;
  const separator = text[token.end];
  if (quote && (separator === '/' || separator === '-') && quote.start === token.end + 1 && PAIR_QUOTES.has(quote.text)) {
    return isWordChar(text[quote.end]) ? 0 : quote.end;
  }
  return gluedBase(token.text, lexicon) ? token.end : 0;
}

/** "WLFIUSDT" → "WLFI"; "" when the word is not a glued pair (or is a coin itself: "FDUSD"). */
function gluedBase(word: string, lexicon: Lexicon): string {
  if (coinsForSymbol(lexicon, word).length > 0) return '';
  for (const quote of GLUED_PAIR_QUOTES) {
    if (word.endsWith(quote) && word.length - quote.length >= 2) return word.slice(0, -quote.length);
  }
  const base = word.slice(0, -3);
  return word.endsWith('USD') && base.length >= 3 && coinsForSymbol(lexicon, base).length > 0 ? base : '';
}

/**
 * "the Nosana token", "Ocean Protocol": capitalised names the compact lexicon does not know,
 * passed on for the long-tail lookup. Returns the index of the last token consumed.
 */
function longTailNameAt(text: string, tokens: readonly Token[], i: number, found: Candidate[], startsName: (index: number) => boolean): number {
  const isTitleWord = (token: Token | undefined): boolean => {
    if (token === undefined) return false;
    const first = token.text.charCodeAt(0);
    if (first >= 97 && first <= 122) return false; // the common case: a lower-case word
    return /^\p{Lu}[\p{Ll}\p{N}.]/u.test(token.text);
  };
  const first = tokens[i];
  if (!first || !isTitleWord(first) || BARE_SYMBOL_STOPLIST.has(first.text.toUpperCase())) return i;
  let last = i;
  // "Competitor Pyth Network": the run stops where a known name begins.
  while (last - i < 3 && isTitleWord(tokens[last + 1]) && text.slice(tokens[last]?.end, tokens[last + 1]?.start) === ' ' && !startsName(last + 1)) last++;
  const next = tokens[last + 1];
  // A lone capitalised word before "token" is a name only mid-sentence ("Governance tokens are …").
  const lone = last === i && (isSentenceStart(text, first.start) || GENERIC_TOKEN_WORDS.has(first.text));
  const nounAfter = !lone && next !== undefined && text.slice(tokens[last]?.end, next.start) === ' ' && LONG_TAIL_NOUNS.has(next.text);
  const suffixed = last > i && PROJECT_NAME_SUFFIXES.has(tokens[last]?.text ?? '');
  if (nounAfter || suffixed) {
    const start = tokens[i]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    found.push({ kind: 'long-tail', form: 'name', start, end, symbol: null, nameHint: text.slice(start, end) });
  }
  return last;
}
