/**
 * Letter-case facts about a word, read from the counts the tokenizer keeps, so the scanner's hot
 * path asks no regex for the 90% of words that are plain lower-case English.
 */
import { Phrase } from './phrase';
import type { Words } from './tokenize';

const MIXED_CASE_TICKER = new Phrase('mixedCaseTicker');

/** "BTC", "USD1", "1INCH": ASCII capitals and digits, at least one capital. */
export const isUpperTickerShape = (words: Words, i: number): boolean =>
  words.upper(i) > 0 && words.lower(i) === 0 && !words.other(i) && words.end(i) - words.start(i) <= 12;

/** "stETH", "cbBTC", "weETH", "USDe", "jitoSOL": tickers written in their usual mixed case. */
export function isMixedCaseTickerShape(words: Words, i: number): boolean {
  if (words.upper(i) < 2 || words.lower(i) === 0 || words.other(i)) return false;
  return MIXED_CASE_TICKER.pattern.test(words.word(i));
}

/** "SOL", "sol", "USD1": what a cashtag may hold (/^[A-Za-z][A-Za-z0-9]{0,11}$/), from the counts. */
export function isCashtagShape(words: Words, i: number): boolean {
  return !words.other(i) && words.end(i) - words.start(i) <= 12 && isAsciiLetterAt(words.source, words.start(i));
}

/** A letter, digit or underscore at lastIndex; for a code unit that is not a surrogate. */
const WORD_CHAR_AT = /[\p{L}\p{N}_]/uy;

/** Whether the one UTF-16 unit at `index` is a letter, digit or "_" (as /[\p{L}\p{N}_]/u tests
 * `text[index]`; a lone half of a surrogate pair is neither). No string is made. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  WORD_CHAR_AT.lastIndex = index;
  return WORD_CHAR_AT.test(text);
}

/** An ASCII letter at `index` ("A"–"Z", "a"–"z"); false past either end. */
export function isAsciiLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** An ASCII capital at `index` ("A"–"Z"); false past either end. */
export function isCapitalAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 65 && code <= 90;
}

const LATIN_LETTER = new Phrase('latinLetter');
const OTHER_LETTER = new Phrase('otherLetter');

/** A name hint in a script /coins/list does not use ("루프네트워크", "東京ガールズコレクション"): no Latin
 * letter and a letter of a caseless script. The long tail can match such a hint by its ticker only. */
export function isScriptHint(hint: string): boolean {
  return !LATIN_LETTER.pattern.test(hint) && OTHER_LETTER.pattern.test(hint);
}
