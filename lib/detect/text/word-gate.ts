import { HashBits, isExactLookups } from './hash-bits';
import { wordHash, type Words } from './tokenize';

/**
 * A word table ("token", "Protocol", "the") asked about a tokenized word without making the
 * word's string: the tokenizer's case-folded hash says "certainly not" for almost every word,
 * and only a "maybe" pays for the string and the exact Set lookup. Answers exactly what the
 * Set would for `words.word(i)`. The gate is built on first use from the table as it is then.
 */
export class WordGate {
  private bits: HashBits | undefined;

  constructor(private readonly table: ReadonlySet<string>) {}

  /** `table.has(words.word(i))`. */
  has(words: Words, i: number): boolean {
    return this.mayHold(words, i) && this.table.has(words.word(i));
  }

  /** `table.has(words.word(i).toLowerCase())`, for tables of lower-case words. */
  hasLowerCase(words: Words, i: number): boolean {
    return this.mayHold(words, i) && this.table.has(words.word(i).toLowerCase());
  }

  /** `table.has(words.word(i).toUpperCase())`, for tables of tickers ("SEC", "ATH"). */
  hasUpperCase(words: Words, i: number): boolean {
    return this.mayHold(words, i) && this.table.has(words.word(i).toUpperCase());
  }

  /** False only when neither the word nor its lower case can be in the table. Non-ASCII words
   * fold case unlike the hash ("K", the Kelvin sign, lowers to "k"): those always get "maybe". */
  private mayHold(words: Words, i: number): boolean {
    if (!words.has(i)) return this.table.has('');
    if (words.nonAscii(i) || isExactLookups()) return true;
    if (!this.bits) {
      this.bits = new HashBits(10);
      for (const word of this.table) this.bits.add(wordHash(word));
    }
    return this.bits.mayHave(words.hash(i));
  }
}
