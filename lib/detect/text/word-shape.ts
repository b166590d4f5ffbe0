/**
 * Letter-case facts about a word from one loop over its characters, so the scanner's hot path
 * asks no regex for the 90% of words that are plain lower-case English.
 */
export interface WordShape {
  readonly upper: number;
  readonly lower: number;
  /** Non-ASCII letters, digits-only, dots: anything the ASCII fast paths do not cover. */
  readonly other: boolean;
  readonly firstUpper: boolean;
}

export function wordShape(word: string): WordShape {
  let upper = 0;
  let lower = 0;
  let other = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code < 48 || code > 57) other = true;
  }
  const first = word.charCodeAt(0);
  return { upper, lower, other, firstUpper: first >= 65 && first <= 90 };
}

/** "BTC", "USD1", "1INCH": ASCII capitals and digits, at least one capital. */
export const isUpperTickerShape = (word: string, shape: WordShape): boolean => shape.upper > 0 && shape.lower === 0 && !shape.other && word.length <= 12;

/** "stETH", "cbBTC", "weETH", "USDe", "jitoSOL": tickers written in their usual mixed case. */
export function isMixedCaseTickerShape(word: string, shape: WordShape): boolean {
  if (shape.upper < 2 || shape.lower === 0 || shape.other) return false;
  return /^[a-z]{1,5}[A-Z][A-Z0-9]+[a-z]?$/.test(word) || /^[A-Z]{3,}[a-z]{1,2}$/.test(word);
}

