import { isExactLookups, type HashBits } from './hash-bits';
import { Phrase } from './phrase';

/**
 * Words as the detector sees them: runs of letters and digits, joined across inner dots so that
 * "io.net", "Fetch.ai" and "0.021" stay whole and "somETHing" or "bitcoin.org" never expose an
 * inner ticker. Apostrophes, hyphens and slashes separate words ("BTC's", "ETH-USD"), and so does
 * the meeting of a Latin letter or digit with Han, kana or Hangul ("下架SOL", "比特币BTC"): those
 * scripts put no space before a ticker. A number never joins a capital after its dot: "2.Bitcoin Cash"
 * is a numbered list's item.
 */
export const WORD_PATTERN =
  /(?:[\p{L}\p{M}\p{N}](?!(?<=[\u3040-\ud7af])[A-Za-z0-9]|(?<=[A-Za-z0-9])[\u3040-\ud7af]))*[\p{L}\p{M}\p{N}](?:\.(?!(?<=(?<!(?![\u3040-\ud7af])[\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]\.)[0-9]+(?:\.[0-9]+)*\.)[A-Z])(?:[\p{L}\p{M}\p{N}](?!(?<=[\u3040-\ud7af])[A-Za-z0-9]|(?<=[A-Za-z0-9])[\u3040-\ud7af]))*[\p{L}\p{M}\p{N}])*/gu;

/** Lookup key of a name: its words, lower case, one space apart ("Shiba Inu" → "shiba inu"). The
 * words are WORD_PATTERN's but for the edge between Latin and CJK letters, which no per-tab coin's
 * name has (test/unit/detect/tokenize.test.ts checks the shipped ones; a long-tail name and its hint
 * both go through here, so they agree anyway): this pattern is short and fast, and nameKey runs for
 * every long-tail hint. */
export function nameKey(name: string): string {
  return (name.match(NAME_WORDS.pattern) ?? []).join(' ').toLowerCase();
}
const NAME_WORDS = new Phrase('nameWords');

/** A letter or digit at lastIndex (sticky): asked without slicing a character out of the text. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{M}\p{N}]/uy;

/**
 * Code-unit length of the non-ASCII letter or digit at `index` (`code` is the unit there), or 0.
 * General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis), the non-ASCII most
 * English news holds, has no letter or digit, so it is answered without a regex.
 */
function nonAsciiWordCharLength(text: string, index: number, code: number): number {
  if (code >= 0x2000 && code <= 0x206f) return 0;
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // a lone low surrogate
  LETTER_OR_DIGIT_AT.lastIndex = index;
  if (!LETTER_OR_DIGIT_AT.test(text)) return 0;
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** Kana, Han and Hangul (U+3040 to U+D7AF, with the rarer scripts between them): written without
 * spaces between words. */
export const isCjk = (code: number): boolean => code >= 0x3040 && code <= 0xd7af;

/** ASCII character classes for the tokenizer's loop: one table load per character. */
const NOT_WORD = 0;
const DIGIT = 1;
const CAPITAL = 2;
const SMALL = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_CLASS[code] = DIGIT;
for (let code = 65; code <= 90; code++) ASCII_CLASS[code] = CAPITAL;
for (let code = 97; code <= 122; code++) ASCII_CLASS[code] = SMALL;

/** FNV-1a over UTF-16 code units with ASCII capitals folded to lower case; a Smi (30 bits). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const foldAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** The hash `Words.hash(i)` gives the word: equal for "Bitcoin", "BITCOIN" and "bitcoin". */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ foldAscii(word.charCodeAt(i)), FNV_PRIME);
  return hash & 0x3fffffff;
}

/** Largest letter count a word keeps: its users ask only for 0, 1 or more than 1. */
const COUNT_MASK = 0x3ff;
/** Word flags. */
const NON_ASCII = 1;
/** Anything but an ASCII letter or digit: a non-ASCII letter, an inner dot. */
const OTHER = 2;

/**
 * The words of one line, in parallel typed arrays filled by one loop over the characters:
 * offsets, capital and small ASCII letter counts, flags and a case-folded hash. Nothing is
 * allocated per word; `word(i)` slices only when a caller needs the text. The arrays are reused
 * from line to line, so a Words instance belongs to one scan at a time.
 */
export class Words {
  source = '';
  count = 0;
  /** The range of source the last fill read: the scanner fills one line at a time, so the line. */
  lineStart = 0;
  lineEnd = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Capitals (bits 0-9), small letters (10-19), both counts stopping at 1023, and the flags
   * (20-21): one store per word instead of three. */
  private shapes = new Int32Array(64);
  private hashes = new Int32Array(64);
  /** Indexes of the words a mention may start at (see `fill`), ascending, and a cursor into them. */
  private candidates = new Int32Array(64);
  private candidateCount = 0;
  private candidateAt = 0;

  start(i: number): number {
    return i >= 0 && i < this.count ? (this.starts[i] as number) : 0;
  }
  end(i: number): number {
    return i >= 0 && i < this.count ? (this.ends[i] as number) : 0;
  }
  has(i: number): boolean {
    return i >= 0 && i < this.count;
  }
  /** The word's text ("" past either end). */
  word(i: number): string {
    return i >= 0 && i < this.count ? this.source.slice(this.starts[i], this.ends[i]) : '';
  }
  /** Words i..last (inclusive), as written. */
  wordsFrom(first: number, last: number): string[] {
    const out: string[] = [];
    for (let i = first; i <= last; i++) out.push(this.word(i));
    return out;
  }
  upper(i: number): number {
    return (this.shapes[i] ?? 0) & COUNT_MASK;
  }
  lower(i: number): number {
    return ((this.shapes[i] ?? 0) >> 10) & COUNT_MASK;
  }
  /** True when the word holds anything but ASCII letters and digits. */
  other(i: number): boolean {
    return ((this.shapes[i] ?? 0) & (OTHER << 20)) !== 0;
  }
  nonAscii(i: number): boolean {
    return ((this.shapes[i] ?? 0) & (NON_ASCII << 20)) !== 0;
  }
  /** Case-folded hash, equal to `wordHash(word(i))` for ASCII words. */
  hash(i: number): number {
    return this.hashes[i] ?? 0;
  }
  /** The one character between word k and the next (a UTF-16 code), or -1 when the gap is
   * longer, empty, or there is no next word. Names join words with one space or hyphen. */
  gapAfter(k: number): number {
    if (!this.has(k) || !this.has(k + 1)) return -1;
    const end = this.ends[k] as number;
    return (this.starts[k + 1] as number) - end === 1 ? this.source.charCodeAt(end) : -1;
  }

  /**
   * The first word at or after index `from` that a mention may start at (`count` when none):
   * with `firstWords` given to `fill`, the scanner visits only these. Asked with ascending
   * `from` after each fill.
   */
  nextCandidate(from: number): number {
    let at = this.candidateAt;
    while (at < this.candidateCount && (this.candidates[at] as number) < from) at++;
    this.candidateAt = at;
    return at < this.candidateCount ? (this.candidates[at] as number) : this.count;
  }

  /**
   * Fill with the words of source[from, to); same words as matching WORD_PATTERN there. With
   * `firstWords` (the hashes of names' first words), the same loop also lists the words a
   * mention may start at: one with a capital, a non-ASCII letter or a "$" before it, or whose
   * hash may be a name's first word. Plain lower-case English is most words, and for those the
   * scanner then runs no code at all. Without it, every word is listed. No word runs past
   * `to` (scanText passes each line's break).
   */
  fill(source: string, from = 0, to = source.length, firstWords: HashBits | null = null): this {
    this.source = source;
    this.lineStart = from;
    this.lineEnd = to;
    let count = 0;
    let candidateCount = 0;
    // The filter's bits, read in place (one load per word, no call: the loop runs cold on a page).
    // isExactLookups() first: the page build writes it as `false`, which the minifier then drops.
    const listAll = isExactLookups() || firstWords === null;
    const bits = firstWords?.bits;
    const mask = firstWords?.mask ?? 0;
    let i = from;
    while (i < to) {
      let code = source.charCodeAt(i);
      if (code < 128 ? ASCII_CLASS[code] === NOT_WORD : nonAsciiWordCharLength(source, i, code) === 0) {
        i++;
        continue;
      }
      if (count === this.starts.length) this.grow();
      const start = i;
      let upper = 0;
      let lower = 0;
      let flags = 0;
      let hash = FNV_OFFSET;
      // The ASCII letters and digits of the word: most words are nothing else. Small letters
      // tested first, by range (most characters are). The next character is read only below
      // `to`: a read past the source's end (a text that ends in a word, most link texts) is out
      // of bounds, and V8 throws away the loop's compiled code the first time it happens, in the
      // middle of a fresh tab's first pass (once per site; `--trace-deopt`). For the same reason
      // the "$" before a word is asked with startsWith, which clamps position -1 to the word itself.
      for (;;) {
        if (code >= 97 && code <= 122) lower++;
        else if (code >= 65 && code <= 90) {
          upper++;
          code += 32;
        } else if (!(code >= 48 && code <= 57)) break; // also -1, at `to`
        hash = Math.imul(hash ^ code, FNV_PRIME);
        code = ++i < to ? source.charCodeAt(i) : -1;
      }
      // A non-ASCII letter or an inner dot ("io.net", "0.021", "été"): the rest, one unit at a time.
      // Chinese, Japanese and Korean put no space before a Latin ticker, so a word ends where one
      // script meets the other ("下架SOL/USDT", "比特币BTC").
      if (i < to && (code >= 128 || code === 46) && !(i > start && isCjk(code))) {
        let cjk = false;
        while (i < to) {
          code = source.charCodeAt(i);
          if (code < 128) {
            const kind = ASCII_CLASS[code];
            if (cjk && kind !== NOT_WORD) break;
            if (kind === NOT_WORD) {
              // A dot joins two words only when a letter or digit follows it.
              if (code !== 46 || i + 1 >= to) break;
              const next = source.charCodeAt(i + 1);
              if (next < 128 ? ASCII_CLASS[next] === NOT_WORD : nonAsciiWordCharLength(source, i + 1, next) === 0) break;
              // "2.Bitcoin Cash" in a numbered list: a number before a capital is the item's, not a part.
              if (upper === 0 && lower === 0 && (flags & NON_ASCII) === 0 && next >= 65 && next <= 90) break;
              flags |= OTHER;
              cjk = false;
            } else if (kind === CAPITAL) {
              upper++;
              code += 32;
            } else if (kind === SMALL) lower++;
            hash = Math.imul(hash ^ code, FNV_PRIME);
            i++;
            continue;
          }
          const step = nonAsciiWordCharLength(source, i, code);
          if (step === 0) break;
          cjk = isCjk(code);
          if (cjk && i > start && (ASCII_CLASS[source.charCodeAt(i - 1)] as number) > NOT_WORD) break;
          flags |= NON_ASCII | OTHER;
          for (let k = 0; k < step; k++) hash = Math.imul(hash ^ source.charCodeAt(i + k), FNV_PRIME);
          i += step;
        }
      }
      hash &= 0x3fffffff;
      this.starts[count] = start;
      this.ends[count] = i;
      this.shapes[count] = Math.min(upper, COUNT_MASK) | (Math.min(lower, COUNT_MASK) << 10) | (flags << 20);
      this.hashes[count] = hash;
      if (listAll || upper > 0 || (flags & NON_ASCII) !== 0 || source.startsWith('$', start - 1) || (((bits as Int32Array)[(hash >>> 5) & mask] as number) & (1 << (hash & 31))) !== 0) {
        this.candidates[candidateCount++] = count;
      }
      count++;
    }
    this.count = count;
    this.candidateCount = candidateCount;
    this.candidateAt = 0;
    return this;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.shapes = grown(this.shapes);
    this.hashes = grown(this.hashes);
    this.candidates = grown(this.candidates);
  }
}
