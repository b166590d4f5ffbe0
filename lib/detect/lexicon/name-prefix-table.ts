import { pairHash } from '../text/hash-bits';
import { wordHash, type Words } from '../text/tokenize';
import type { NameEntry } from './compile-lexicon';

/**
 * Every word-prefix of every name key ("shiba", "shiba inu"), found by the chained hash of its
 * words (`wordHash` of the first, then `pairHash` word by word: what `Words.hash` gives for
 * ASCII words) and checked against the key character by character. The scanner matches names
 * in the text in place: no slice, no lower-case copy, no string hashing per word. Open
 * addressing in one Int32Array; about 20 KB for the ~640 prefixes of the per-tab lexicon.
 */
export class NamePrefixTable {
  /** Prefix index + 1 per slot, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly keys: string[];
  private readonly entryLists: (readonly NameEntry[] | undefined)[];

  constructor(byName: ReadonlyMap<string, readonly NameEntry[]>) {
    const prefixes = new Map<string, number>();
    for (const key of byName.keys()) {
      let hash = 0;
      let end = 0;
      key.split(' ').forEach((word, index) => {
        hash = index === 0 ? wordHash(word) : pairHash(hash, wordHash(word));
        end += (index === 0 ? 0 : 1) + word.length;
        // The whole key is the name's own string, a shorter prefix a slice of it: no second
        // copy of a name built by concatenation.
        prefixes.set(end === key.length ? key : key.slice(0, end), hash);
      });
    }
    let size = 16;
    while (size < prefixes.size * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Arrays made to size: pushed to, V8 leaves up to half of them spare.
    this.hashes = new Int32Array(prefixes.size);
    this.keys = new Array<string>(prefixes.size);
    this.entryLists = new Array<readonly NameEntry[] | undefined>(prefixes.size);
    let index = 0;
    for (const [key, hash] of prefixes) {
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[index] = key;
      this.hashes[index] = hash;
      this.entryLists[index] = byName.get(key);
      this.slots[slot] = ++index;
    }
  }

  /** The prefix made of words first..last as written (lower-cased, one space apart), whose
   * chained hash is `hash`: its index, or -1 when no name begins with those words. */
  find(hash: number, words: Words, first: number, last: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = (this.slots[slot] ?? 0) - 1;
      if (index < 0) return -1;
      if (this.hashes[index] === hash && spells(this.keys[index] ?? '', words, first, last)) return index;
    }
  }

  /** The entries of the prefix at `index` when it is a whole name. */
  entriesAt(index: number): readonly NameEntry[] | undefined {
    return this.entryLists[index];
  }
}

/** Hash of word i as a name key word: `Words.hash` for ASCII words, else of its lower case. */
export function keyWordHash(words: Words, i: number): number {
  return words.nonAscii(i) ? wordHash(words.word(i).toLowerCase()) : words.hash(i);
}

/** Whether `key` is words first..last, each lower-cased, one space apart. */
function spells(key: string, words: Words, first: number, last: number): boolean {
  const text = words.source;
  let at = 0;
  for (let i = first; i <= last; i++) {
    if (i > first && key.charCodeAt(at++) !== 32) return false;
    if (words.nonAscii(i)) {
      const lower = words.word(i).toLowerCase();
      if (!key.startsWith(lower, at)) return false;
      at += lower.length;
      continue;
    }
    const end = words.end(i);
    if (at + end - words.start(i) > key.length) return false;
    for (let k = words.start(i); k < end; k++) {
      const code = text.charCodeAt(k);
      if (key.charCodeAt(at++) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false;
    }
  }
  return at === key.length;
}
