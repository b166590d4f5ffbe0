/**
 * Words as the detector sees them: runs of letters and digits, joined across inner dots so that
 * "io.net", "Fetch.ai" and "0.021" stay whole and "somETHing" or "bitcoin.org" never expose an
 * inner ticker. Apostrophes, hyphens and slashes separate words ("BTC's", "ETH-USD").
 */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu;

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Lookup key of a name: its words, lower case, one space apart ("Shiba Inu" → "shiba inu"). */
export function nameKey(name: string): string {
  return (name.match(WORD_PATTERN) ?? []).join(' ').toLowerCase();
}
