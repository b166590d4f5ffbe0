import type { Lexicon, NameEntry } from '../lexicon/compile-lexicon';
import { pairHash } from '../text/hash-bits';
import type { Words } from '../text/tokenize';

export interface NameMatch {
  entries: readonly NameEntry[];
  /** Index of the name's last word. */
  last: number;
}

/** Longest lexicon name starting at word `first`; words must be one space or hyphen apart
 * ("Shiba Inu", "Binance-Peg WETH"). At most maxNameWords hash lookups, and none at all for a
 * word no name starts with. */
export function longestNameAt(words: Words, first: number, lexicon: Lexicon): NameMatch | null {
  if (!words.has(first) || !mayBeName(words, first, lexicon)) return null;
  let key = words.word(first).toLowerCase();
  if (!lexicon.namePrefixes.has(key)) return null;
  const keys = [key];
  for (let i = first + 1; i < words.count && keys.length < lexicon.maxNameWords; i++) {
    if (!joinsName(words.gapAfter(i - 1))) break;
    key += ' ' + words.word(i).toLowerCase();
    if (!lexicon.namePrefixes.has(key)) break;
    keys.push(key);
  }
  for (let length = keys.length; length >= 1; length--) {
    const entries = lexicon.byName.get(keys[length - 1] ?? '');
    if (entries && entries.length > 0) return { entries, last: first + length - 1 };
  }
  return null;
}

/** False when no name can start at word `first`: a name of one word must be the word itself, a
 * longer one must go on with the next word. Hash bits only; non-ASCII words fold case unlike
 * the hash, so those always get the exact lookup. */
function mayBeName(words: Words, first: number, lexicon: Lexicon): boolean {
  if (words.nonAscii(first)) return true;
  const hash = words.hash(first);
  const { first: firsts, whole, firstTwo } = lexicon.nameHashes;
  if (!firsts.mayHave(hash)) return false;
  if (whole.mayHave(hash)) return true;
  if (!joinsName(words.gapAfter(first))) return false;
  return words.nonAscii(first + 1) || firstTwo.mayHave(pairHash(hash, words.hash(first + 1)));
}

/** One space or one hyphen: what may stand between two words of a name ("Shiba Inu", "Binance-Peg"). */
export const joinsName = (gap: number): boolean => gap === 32 /* space */ || gap === 45; /* - */

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
