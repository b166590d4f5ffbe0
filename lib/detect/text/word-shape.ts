/**
 * Letter-case facts about a word, read from the counts the tokenizer keeps, so the scanner's hot
 * path asks no regex for the 90% of words that are plain lower-case English.
 */
import type { Words } from './tokenize';

/** "BTC", "USD1", "1INCH": ASCII capitals and digits, at least one capital. */
export const isUpperTickerShape = (words: Words, i: number): boolean =>
  words.upper(i) > 0 && words.lower(i) === 0 && !words.other(i) && words.end(i) - words.start(i) <= 12;

/** "stETH", "cbBTC", "weETH", "USDe", "jitoSOL": tickers written in their usual mixed case. */
export function isMixedCaseTickerShape(words: Words, i: number): boolean {
  if (words.upper(i) < 2 || words.lower(i) === 0 || words.other(i)) return false;
  const word = words.word(i);
  return /^[a-z]{1,5}[A-Z][A-Z0-9]+[a-z]?$/.test(word) || /^[A-Z]{3,}[a-z]{1,2}$/.test(word);
}
