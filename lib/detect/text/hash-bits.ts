/**
 * A set of word hashes kept as one bit per bucket (a one-hash Bloom filter): "certainly not" or
 * "maybe", asked without making a string. The scanner asks it about every word; the exact
 * string lookups run only after a "maybe".
 */
export class HashBits {
  /** Read in place by the tokenizer's loop (`Words.fill`), which asks it about every word. */
  readonly bits: Int32Array;
  readonly mask: number;

  /** 2^18 buckets (32 KB) hold a few thousand hashes at about one false "maybe" in a hundred. */
  constructor(log2Buckets = 18) {
    this.bits = new Int32Array(1 << (log2Buckets - 5));
    this.mask = this.bits.length - 1;
  }

  add(hash: number): void {
    const slot = (hash >>> 5) & this.mask;
    this.bits[slot] = (this.bits[slot] ?? 0) | (1 << (hash & 31));
  }

  mayHave(hash: number): boolean {
    return exactLookups || ((this.bits[(hash >>> 5) & this.mask] ?? 0) & (1 << (hash & 31))) !== 0;
  }
}

let exactLookups = false;

/** True inside withExactLookups: every shortcut taken on a word's hash or shape answers "maybe". */
export const isExactLookups = (): boolean => exactLookups;

/**
 * Runs `run` with every HashBits answering "maybe", so each shortcut the scanner takes on a
 * hash falls through to its exact string lookup: the reference path the fast one must match
 * (test/unit/detect/fast-path.test.ts). Synchronous; nests.
 */
export function withExactLookups<T>(run: () => T): T {
  const was = exactLookups;
  exactLookups = true;
  try {
    return run();
  } finally {
    exactLookups = was;
  }
}

/** Hash of two words in order ("shiba" then "inu"), from their word hashes. */
export const pairHash = (first: number, second: number): number => (Math.imul(first ^ 0x2f6b3a5d, 0x01000193) + second) & 0x3fffffff;
