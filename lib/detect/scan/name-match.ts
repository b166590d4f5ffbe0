import type { Lexicon, NameEntry } from '../lexicon/compile-lexicon';
import type { Token } from '../text/tokenize';

export interface NameMatch {
  entries: readonly NameEntry[];
  /** Index of the name's last token. */
  last: number;
}

/** Longest lexicon name starting at token `first`; words must be one space or hyphen apart
 * ("Shiba Inu", "Binance-Peg WETH"). At most maxNameWords hash lookups. */
export function longestNameAt(text: string, tokens: readonly Token[], first: number, lexicon: Lexicon): NameMatch | null {
  const head = tokens[first];
  if (!head) return null;
  let key = head.text.toLowerCase();
  if (!lexicon.namePrefixes.has(key)) return null;
  const keys = [key];
  for (let i = first + 1; i < tokens.length && keys.length < lexicon.maxNameWords; i++) {
    const previous = tokens[i - 1];
    const token = tokens[i];
    if (!previous || !token || token.start - previous.end !== 1) break;
    const gap = text[previous.end];
    if (gap !== ' ' && gap !== '-') break;
    key += ' ' + token.text.toLowerCase();
    if (!lexicon.namePrefixes.has(key)) break;
    keys.push(key);
  }
  for (let length = keys.length; length >= 1; length--) {
    const entries = lexicon.byName.get(keys[length - 1] ?? '');
    if (entries && entries.length > 0) return { entries, last: first + length - 1 };
  }
  return null;
}

const startsUpper = (word: string): boolean => word[0] !== undefined && word[0] !== word[0].toLowerCase();

/** Whether the written words satisfy the name's case policy. */
export function caseAllows(entry: NameEntry, words: readonly string[]): boolean {
  if (entry.policy === 'any-case') return true;
  const first = words[0] ?? '';
  if (entry.policy === 'needs-context') {
    // "HELIUM" in a shouted headline is a word as often as a coin; "Helium" is judged by context.
    return startsUpper(first) && first !== first.toUpperCase();
  }
  // "Internet Computer", "The Graph": every longer word capitalised ("Shiba Inu", "Cat in a Dogs World").
  return words.every((word, index) => startsUpper(word) || (index > 0 && word.length <= 3));
}
