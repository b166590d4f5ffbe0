import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashBits, pairHash } from '../../../lib/detect/text/hash-bits';
import { readFileSync } from 'node:fs';
import { WORD_PATTERN, Words, nameKey, wordHash } from '../../../lib/detect/text/tokenize';
import { lexicon } from './detect-text';

const PIECES = ['Bitcoin', 'io.net', 'Fetch.ai', '0.021', 'a..b', 'x.', '.y', '$ATH', "BTC's", 'ETH-USD', 'é', 'Ünï', '日本', '下架', '비트', 'SOL', '🚀', '𝐀𝐁', ' ', '\n', '.', '-', '/', 'İ', 'ß', '2.', '1.2.', 'B', '日2'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

const words = new Words();
const spans = (input: string, from = 0, to = input.length) => {
  words.fill(input, from, to);
  return Array.from({ length: words.count }, (_, i) => [words.start(i), words.end(i)]);
};

describe('Words: the tokenizer the scanner runs on', () => {
  it('finds exactly the words WORD_PATTERN finds, in any text', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(spans(input)).toEqual([...input.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length]));
      }),
      { numRuns: 500 },
    );
  });

  it('stays inside the line it is given', () => {
    expect(spans('one two.three four', 4, 13)).toEqual([[4, 13]]);
    expect(spans('ab.cd', 0, 3)).toEqual([[0, 2]]); // the dot is not joined past the end
  });

  it('counts capitals and small letters and flags anything else', () => {
    words.fill('stETH USD1 Fetch.ai été 2024');
    expect([0, 1, 2, 3, 4].map((i) => [words.upper(i), words.lower(i), words.other(i), words.nonAscii(i)])).toEqual([
      [3, 2, false, false],
      [3, 0, false, false],
      [1, 6, true, false],
      [0, 1, true, true],
      [0, 0, false, false],
    ]);
  });

  it('keeps letter counts past 1023 as "many", never wrapping to none', () => {
    words.fill(`${'A'.repeat(70_000)} ${'b'.repeat(1024)}C`);
    expect([words.upper(0) > 1, words.lower(0), words.upper(1), words.lower(1) > 1]).toEqual([true, 0, 1, true]);
  });

  it('a number glued before a capitalised word by a dot is a list item\'s, not part of the word', () => {
    words.fill('2.Bitcoin Cash 3.5 v2.Uniswap 1.2.Bitcoin');
    expect(Array.from({ length: words.count }, (_, k) => words.word(k))).toEqual(['2', 'Bitcoin', 'Cash', '3.5', 'v2.Uniswap', '1.2', 'Bitcoin']);
  });

  it('hashes ASCII words without regard to case, as wordHash does the lower-case key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}(\.[A-Za-z0-9]{1,6})?$/), (word) => {
        // A number before a capital after the dot is two words ("2.Bitcoin", a list's item).
        fc.pre(!/^[0-9]+\.[A-Z]/.test(word));
        words.fill(` ${word} `);
        expect(words.count).toBe(1);
        expect(words.hash(0)).toBe(wordHash(word.toLowerCase()));
      }),
    );
  });
});

describe('HashBits', () => {
  it('never says no to a hash it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 10 }), { maxLength: 300 }), (list) => {
        const bits = new HashBits(12);
        for (const word of list) bits.add(wordHash(word));
        for (const word of list) expect(bits.mayHave(wordHash(word))).toBe(true);
      }),
    );
  });

  it('says no to most words that are not names (the scanner skips those without a string)', () => {
    const { first } = lexicon.nameHashes;
    const ordinary = 'market traders said that prices would stay flat while volume kept rising across venues'.split(' ');
    expect(ordinary.filter((word) => first.mayHave(wordHash(word)))).toEqual([]);
    expect(first.mayHave(wordHash('bitcoin'))).toBe(true);
    expect(lexicon.nameHashes.prefixes.mayHave(pairHash(wordHash('shiba'), wordHash('inu')))).toBe(true);
  });
});

describe('nameKey', () => {
  // The per-tab names are matched by the scan's words; the long tail's by nameKey on both sides (a hint
  // and a name), so only the per-tab names must agree with the tokenizer.
  it('gives every per-tab coin name the words the scan reads (none joins Latin and CJK letters)', () => {
    const names: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') names.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const file of ['lexicon-top.json']) collect(JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8')));
    expect(names.length).toBeGreaterThan(675);
    for (const name of names) expect(nameKey(name), name).toBe((name.match(WORD_PATTERN) ?? []).join(' ').toLowerCase());
  });
});
