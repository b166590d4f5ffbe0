import type { Lexicon, NameEntry } from '../lexicon/compile-lexicon';
import { keyWordHash } from '../lexicon/name-prefix-table';
import { isExactLookups, pairHash } from '../text/hash-bits';
import { NAMESAKE_NAMES } from '../tables/namesakes';
import type { Words } from '../text/tokenize';

/** The entries of the name the last `longestNameAt` call found: read right after the call, before
 * any other. An out-parameter rather than a result object per name: a long text's ~45,000 names
 * made 2.4 MB of garbage per 5 MB. */
let found: readonly NameEntry[] = [];

/** The entries of the name `longestNameAt` found last. */
export const foundNameEntries = (): readonly NameEntry[] => found;

/** Longest lexicon name starting at word `first`: the index of its last word, or -1 (its entries:
 * foundNameEntries()). Words must be one space or hyphen apart ("Shiba Inu", "Binance-Peg WETH").
 * At most maxNameWords lookups, none at all for a word no name starts with; the words are
 * matched in place against the prefix table, no string made. */
export function longestNameAt(words: Words, first: number, lexicon: Lexicon): number {
  if (!words.has(first) || !mayBeName(words, first, lexicon)) return -1;
  if (isExactLookups()) return longestNameByKeys(words, first, lexicon);
  const table = lexicon.namePrefixes;
  let hash = keyWordHash(words, first);
  let prefix = table.find(hash, words, first, first);
  if (prefix < 0) return -1;
  let entries = table.entriesAt(prefix);
  // The longest whole name so far, kept in locals.
  let matched = entries && entries.length > 0 ? entries : null;
  let last = first;
  for (let i = first + 1; i < words.count && i - first < lexicon.maxNameWords; i++) {
    if (!joinsName(words.gapAfter(i - 1))) break;
    hash = pairHash(hash, keyWordHash(words, i));
    prefix = table.find(hash, words, first, i);
    if (prefix < 0) break;
    entries = table.entriesAt(prefix);
    if (entries && entries.length > 0) {
      matched = entries;
      last = i;
    }
  }
  if (!matched) return -1;
  found = matched;
  return last;
}

/** The entries of the name that is exactly words first..last, or undefined. */
export function nameEntriesOf(words: Words, first: number, last: number, lexicon: Lexicon): readonly NameEntry[] | undefined {
  if (isExactLookups()) return lexicon.byName.get(keyOf(words, first, last));
  let hash = keyWordHash(words, first);
  for (let i = first + 1; i <= last; i++) hash = pairHash(hash, keyWordHash(words, i));
  const prefix = lexicon.namePrefixes.find(hash, words, first, last);
  return prefix < 0 ? undefined : lexicon.namePrefixes.entriesAt(prefix);
}

/** The reference path (withExactLookups): the same search on lower-case key strings, against
 * a Set of every prefix; what the prefix table must agree with. */
const prefixKeysOf = new WeakMap<Lexicon, Set<string>>();

function longestNameByKeys(words: Words, first: number, lexicon: Lexicon): number {
  let prefixes = prefixKeysOf.get(lexicon);
  if (!prefixes) {
    prefixes = new Set();
    for (const key of lexicon.byName.keys()) {
      const parts = key.split(' ');
      for (let count = 1; count <= parts.length; count++) prefixes.add(parts.slice(0, count).join(' '));
    }
    prefixKeysOf.set(lexicon, prefixes);
  }
  let last = first;
  if (!prefixes.has(keyOf(words, first, first))) return -1;
  while (last + 1 < words.count && last + 1 - first < lexicon.maxNameWords && joinsName(words.gapAfter(last)) && prefixes.has(keyOf(words, first, last + 1))) last++;
  for (; last >= first; last--) {
    const entries = lexicon.byName.get(keyOf(words, first, last));
    if (entries && entries.length > 0) {
      found = entries;
      return last;
    }
  }
  return -1;
}

/** Words first..last, each lower-cased, one space apart. */
const keyOf = (words: Words, first: number, last: number): string => words.wordsFrom(first, last).map((word) => word.toLowerCase()).join(' ');

/** False when no name can start at word `first`: a name of one word must be the word itself, a
 * longer one must go on with the next word. Hash bits only; non-ASCII words fold case unlike
 * the hash, so those always get the exact lookup. */
export function mayBeName(words: Words, first: number, lexicon: Lexicon): boolean {
  if (words.nonAscii(first) || isExactLookups()) return true;
  const hash = words.hash(first);
  const { first: firsts, whole, prefixes } = lexicon.nameHashes;
  if (!firsts.mayHave(hash)) return false;
  if (whole.mayHave(hash)) return true;
  if (!joinsName(words.gapAfter(first))) return false;
  return words.nonAscii(first + 1) || prefixes.mayHave(pairHash(hash, words.hash(first + 1)));
}

/** One space or one hyphen: what may stand between two words of a name ("Shiba Inu", "Binance-Peg"). */
export const joinsName = (gap: number): boolean => gap === 32 /* space */ || gap === 45; /* - */

/** The first UTF-16 unit of word i changes when lower-cased ("Bitcoin", "Ökonomie"), or a capital
 * follows a small first letter, a styled name ("yEarn", "eCash"). */
function startsUpper(words: Words, i: number): boolean {
  const code = words.source.charCodeAt(words.start(i));
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122 && !isLowerAt(words.source, words.start(i)));
  const first = words.source[words.start(i)] ?? '';
  return first !== first.toLowerCase();
}

/** A small ASCII letter at `start` ("chainlink"), not the small first letter of a styled name ("yEarn"). */
export const isLowerAt = (text: string, start: number): boolean => text.charCodeAt(start) - 97 >>> 0 < 26 && text.charCodeAt(start + 1) - 65 >>> 0 > 25;

/** The word changes when upper-cased: it holds a small letter ("Helium", not "HELIUM"). */
function hasSmallLetter(words: Words, i: number): boolean {
  if (!words.nonAscii(i)) return words.lower(i) > 0;
  const word = words.word(i);
  return word !== word.toUpperCase();
}

/** Whether words first..last, as written, satisfy the name's case policy. */
export function caseAllows(entry: NameEntry, words: Words, first: number, last: number): boolean {
  if (entry.policy === 'any-case') return true;
  // "chainlink", "stellar": one word in lower case, judged by the page and the words around it (verdicts.ts).
  if (first === last && isLowerAt(words.source, words.start(first))) return true;
  if (entry.policy === 'needs-context') {
    // "HELIUM" in a shouted headline is a word as often as a coin; "Helium" is judged by context.
    if (startsUpper(words, first) && hasSmallLetter(words, first)) return true;
    // "btc", "eth": a ticker written as a lower-case word; the verdict asks the page (verdicts.ts).
    if (entry.key === entry.coin.symbol.toLowerCase() && !entry.coin.symbolIsWord && !startsUpper(words, first)) return true;
    // A namesake ("TRON blockchain", "pepe is up 17%") is judged by context in any case, except
    // written as its ticker ("PEPE": the ticker's own rules).
    const written = words.source.slice(words.start(first), words.end(last));
    // "ICON", "MANTRA": written exactly as the coin writes its own name, in capitals; the verdict
    // asks the page for the coin by another form (verdicts.ts).
    return NAMESAKE_NAMES.has(entry.key) ? written !== entry.coin.symbol : written === entry.coin.name;
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
  for (let k = 0; k < entries.length; k++) if (caseAllows(entries[k] as NameEntry, words, first, last)) allowed++;
  if (allowed === entries.length) return allowed > 0 ? entries : null;
  return allowed > 0 ? entries.filter((entry) => caseAllows(entry, words, first, last)) : null;
}
