/**
 * The content script checks the lexicon with a guard (lib/page/lexicon-guard.ts) rather than
 * lib/detect's zod schema. Both must accept the shipped snapshot, refuse the same broken copies
 * of it, and agree on random coins; a refused lexicon is a typed GuardError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import shipped from '../../../public/data/lexicon-top.json';
import { compactLexiconSchema, parseLexicon } from '../../../lib/detect';
import { pageTables } from '../../../lib/background/page-tables';
import { GuardError } from '../../../lib/guard/guard';
import { isCompactLexicon, lexiconFrom } from '../../../lib/page/lexicon-guard';

const agree = (value: unknown) => expect([isCompactLexicon(value), value]).toEqual([compactLexiconSchema.safeParse(value).success, value]);
const withCoin = (coin: unknown) => ({ ...shipped, coins: [...shipped.coins.slice(0, 3), coin] });

describe('the page-side lexicon guard', () => {
  it('accepts the shipped lexicon, which compiles as parseLexicon compiles it', () => {
    expect(isCompactLexicon(shipped)).toBe(true);
    expect([...lexiconFrom(shipped, pageTables()).coins.keys()]).toEqual([...parseLexicon(shipped).coins.keys()]);
  });

  it.each([
    ['another format', { ...shipped, format: 'sector-lens/lexicon@2' }],
    ['a date that is not a day', { ...shipped, dataDate: '27 Nov 2026' }],
    ['sources that are not strings', { ...shipped, sources: [1] }],
    ['coins missing', { ...shipped, coins: undefined }],
    ['a coin with an empty id', withCoin(['', 'ATH', 'Aethir', 1, 0])],
    ['a coin with an empty symbol', withCoin(['aethir', '', 'Aethir', 1, 0])],
    ['a coin with rank 0', withCoin(['aethir', 'ATH', 'Aethir', 0, 0])],
    ['a coin with a fractional rank', withCoin(['aethir', 'ATH', 'Aethir', 1.5, 0])],
    ['a coin with flags out of range', withCoin(['aethir', 'ATH', 'Aethir', 1, 8])],
    ['a coin one field short', withCoin(['aethir', 'ATH', 'Aethir', 1])],
    ['a coin as an object', withCoin({ id: 'aethir' })],
    ['a coin with no rank', withCoin(['aethir', 'ATH', 'Aethir', null, 0])],
  ])('agrees with the zod schema on %s', (_name, value) => agree(value));

  it('agrees with the zod schema on random coins', () => {
    const coin = fc.oneof(
      fc.tuple(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 }), fc.oneof(fc.string(), fc.integer()), fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 3 }), fc.double()), fc.integer({ min: -1, max: 8 })),
      fc.anything(),
    );
    fc.assert(
      fc.property(coin, (value) => {
        agree(withCoin(value));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a broken lexicon with a typed error', () => {
    expect(() => lexiconFrom({ format: 'nope' }, pageTables())).toThrow(GuardError);
  });
});
