import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageContext, findMentions } from '../../../lib/detect';
import { WORD_PATTERN } from '../../../lib/detect/text/tokenize';
import { lexicon } from './detect-text';

// Pieces that exercise every form, mixed with arbitrary Unicode noise.
const PIECES = ['Bitcoin', 'ETH', '$SOL', 'BTC/USDT', 'SOLUSDT', 'Aethir (ATH)', 'ATH', 'Render', 'near', 'Near', '(', ')', '$', '/', '-', ' ', '\n', '.', ',', "'s", 'https://a.io/x', 'a@b.com', 'Shiba Inu', 'stETH', 'Ocean Protocol', 'Kaito (KAITO)', '🚀', 'é'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('findMentions on any text', () => {
  it('never throws; mentions lie inside the text, cover their characters, are sorted and never overlap', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { mentions, unresolved } = findMentions(input, lexicon, createPageContext());
        let previousEnd = 0;
        for (const mention of [...mentions, ...unresolved].sort((a, b) => a.start - b.start)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(input.length);
          previousEnd = mention.end;
        }
        // Word edges as the tokenizer draws them (a Latin letter meeting Han, kana or Hangul is one).
        const words = [...input.matchAll(WORD_PATTERN)];
        const starts = new Set(words.map((m) => m.index));
        const ends = new Set(words.map((m) => m.index + m[0].length));
        for (const mention of mentions) {
          const covered = input.slice(mention.start, mention.end);
          expect(covered.trim()).toBe(covered); // no stray spaces at either end
          expect(/[\p{L}\p{N}]/u.test(input[mention.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(covered[0] ?? '') && !starts.has(mention.start)).toBe(false); // never starts inside a word
          expect(/[\p{L}\p{N}]/u.test(input[mention.end] ?? ' ') && /[\p{L}\p{N}]/u.test(covered.at(-1) ?? '') && !ends.has(mention.end)).toBe(false); // never ends inside a word
        }
        expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent per page: scanning the same text twice finds the same mentions', () => {
    fc.assert(
      fc.property(text, (input) => {
        const page = createPageContext();
        const first = findMentions(input, lexicon, page);
        expect(findMentions(input, lexicon, page)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
