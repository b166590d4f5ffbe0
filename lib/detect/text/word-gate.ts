import { HashBits, isExactLookups } from './hash-bits';
import { wordHash, type Words } from './tokenize';

/**
 * A word table ("token", "Protocol", "the") asked about a tokenized word without making the
 * word's string: the tokenizer's case-folded hash finds the few table words it could be, and
 * those are compared with the text in place. Answers exactly what the Set would for
 * `words.word(i)` (or its lower or upper case). Built on first use from the table as it is then.
 */
export class WordGate {
  /** Table words by case-folded hash, and those hashes as bits: one bit test answers most words. */
  private byHash: Map<number, string[]> | undefined;
  private readonly bits = new HashBits(10);

  constructor(private readonly table: ReadonlySet<string>) {}

  /** `table.has(words.word(i))`. */
  has(words: Words, i: number): boolean {
    return this.holds(words, i, SAME);
  }

  /** `table.has(words.word(i).toLowerCase())`, for tables of lower-case words. */
  hasLowerCase(words: Words, i: number): boolean {
    return this.holds(words, i, LOWER);
  }

  /** `table.has(words.word(i).toUpperCase())`, for tables of tickers ("SEC", "ATH"). */
  hasUpperCase(words: Words, i: number): boolean {
    return this.holds(words, i, UPPER);
  }

  private holds(words: Words, i: number, fold: Fold): boolean {
    if (!words.has(i)) return this.table.has('');
    // Non-ASCII words change case unlike the hash ("K", the Kelvin sign, lowers to "k"), and the
    // reference path (withExactLookups) asks the Set: both take the string.
    if (words.nonAscii(i) || isExactLookups()) {
      const word = words.word(i);
      return this.table.has(fold === LOWER ? word.toLowerCase() : fold === UPPER ? word.toUpperCase() : word);
    }
    if (!this.byHash) {
      this.byHash = new Map();
      for (const word of this.table) {
        const hash = wordHash(word);
        this.byHash.set(hash, [...(this.byHash.get(hash) ?? []), word]);
        this.bits.add(hash);
      }
    }
    if (!this.bits.mayHave(words.hash(i))) return false;
    const candidates = this.byHash.get(words.hash(i));
    if (!candidates) return false;
    for (let k = 0; k < candidates.length; k++) if (spellsAscii(candidates[k] as string, words, i, fold)) return true;
    return false;
  }
}

type Fold = 0 | 1 | 2;
const SAME: Fold = 0;
const LOWER: Fold = 1;
const UPPER: Fold = 2;

/** Whether the ASCII word i, case-folded as asked, is `candidate`. */
function spellsAscii(candidate: string, words: Words, i: number, fold: Fold): boolean {
  const start = words.start(i);
  if (words.end(i) - start !== candidate.length) return false;
  for (let k = 0; k < candidate.length; k++) {
    let code = words.source.charCodeAt(start + k);
    if (fold === LOWER && code >= 65 && code <= 90) code += 32;
    else if (fold === UPPER && code >= 97 && code <= 122) code -= 32;
    if (candidate.charCodeAt(k) !== code) return false;
  }
  return true;
}
