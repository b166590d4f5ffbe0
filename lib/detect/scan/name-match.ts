import type { Lexicon, NameEntry } from '../lexicon/compile-lexicon';
import { isExactLookups, pairHash } from '../text/hash-bits';
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
export function mayBeName(words: Words, first: number, lexicon: Lexicon): boolean {
  if (words.nonAscii(first) || isExactLookups()) return true;
  const hash = words.hash(first);
  const { first: firsts, whole, firstTwo } = lexicon.nameHashes;
  if (!firsts.mayHave(hash)) return false;
  if (whole.mayHave(hash)) return true;
  if (!joinsName(words.gapAfter(first))) return false;
  return words.nonAscii(first + 1) || firstTwo.mayHave(pairHash(hash, words.hash(first + 1)));
}

/** One space or one hyphen: what may stand between two words of a name ("Shiba Inu", "Binance-Peg"). */
export const joinsName = (gap: number): boolean => gap === 32 /* space */ || gap === 45; /* - */

/** The first UTF-16 unit of word i changes when lower-cased ("Bitcoin", "Ökonomie"). */
function startsUpper(words: Words, i: number): boolean {
  const code = words.source.charCodeAt(words.start(i));
  if (code < 128) return code >= 65 && code <= 90;
  const first = words.source[words.start(i)] ?? '';
  return first !== first.toLowerCase();
}

/** The word changes when upper-cased: it holds a small letter ("Helium", not "HELIUM"). */
function hasSmallLetter(words: Words, i: number): boolean {
  if (!words.nonAscii(i)) return words.lower(i) > 0;
  const word = words.word(i);
  return word !== word.toUpperCase();
}

/** Whether words first..last, as written, satisfy the name's case policy. */
export function caseAllows(entry: NameEntry, words: Words, first: number, last: number): boolean {
  if (entry.policy === 'any-case') return true;
  if (entry.policy === 'needs-context') {
    // "HELIUM" in a shouted headline is a word as often as a coin; "Helium" is judged by context.
    return startsUpper(words, first) && hasSmallLetter(words, first);
  }
  // "Internet Computer", "The Graph": every longer word capitalised ("Shiba Inu", "Cat in a Dogs World").
  for (let i = first; i <= last; i++) {
    if (!startsUpper(words, i) && !(i > first && words.end(i) - words.start(i) <= 3)) return false;
  }
  return true;
}

/** The entries whose case policy words first..last satisfy: `entries` itself when all do (no
 * copy), null when none does. */
export function allowedEntries(entries: readonly NameEntry[], words: Words, first: number, last: number): readonly NameEntry[] | null {
  let allowed = 0;
  for (const entry of entries) if (caseAllows(entry, words, first, last)) allowed++;
  if (allowed === entries.length) return allowed > 0 ? entries : null;
  return allowed > 0 ? entries.filter((entry) => caseAllows(entry, words, first, last)) : null;
}
