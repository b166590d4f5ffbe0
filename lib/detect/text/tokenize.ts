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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Code-unit length of the letter or digit at `index`, or 0. ASCII is decided without a regex. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const point = text.codePointAt(index) ?? 0;
  const char = String.fromCodePoint(point);
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/** One linear pass over text[from, to); same result as matching WORD_PATTERN, several times faster. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = wordCharLength(text, i);
      if (i >= to) break;
      if (step === 0 && text.charCodeAt(i) === 46 /* . */ && i + 1 < to && wordCharLength(text, i + 1) > 0) {
        i++;
        step = wordCharLength(text, i);
      }
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Lookup key of a name: its words, lower case, one space apart ("Shiba Inu" → "shiba inu"). */
export function nameKey(name: string): string {
  return (name.match(WORD_PATTERN) ?? []).join(' ').toLowerCase();
}
