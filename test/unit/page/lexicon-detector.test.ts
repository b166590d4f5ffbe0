import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseLexicon } from '../../../lib/detect';
import { createLexiconDetector, type LongTailLookup } from '../../../lib/page/lexicon-detector';

const lexicon = parseLexicon(JSON.parse(readFileSync(new URL('../../../public/data/lexicon-top.json', import.meta.url), 'utf8')));
// A ticker no coin in the compact lexicon has, written in a strong form.
const LONG_TAIL_TEXT = 'ZClassic (ZCL) holders voted on the proposal.';

describe('page detector over lib/detect', () => {
  it('binds across texts of one page: "Aethir (ATH)" licenses a later bare "ATH"', () => {
    const detector = createLexiconDetector(lexicon, {}, async (c) => c.map(() => null), () => undefined);
    const texts = ['Aethir (ATH) rents GPUs.', 'Can ATH keep rising?'];
    detector.learn(texts);
    expect(detector.detect(texts[0] as string).map((m) => m.coinId)).toEqual(['aethir']);
    expect(detector.detect(texts[1] as string).map((m) => m.coinId)).toEqual(['aethir']);
  });

  it('reads renamed tickers by the page date it is given, and by a date set later', () => {
    const dated = createLexiconDetector(lexicon, {}, async (c) => c.map(() => null), () => undefined, { date: '2021-06-01' });
    expect(dated.detect('MATIC rose 5%.').map((m) => m.coinId)).toEqual(['matic-network']);
    const today = createLexiconDetector(lexicon, {}, async (c) => c.map(() => null), () => undefined);
    expect(today.detect('MATIC rose 5%.').map((m) => m.coinId)).toEqual(['polygon-ecosystem-token']);
    today.setDate('2022-05-10');
    expect(today.detect('LUNA fell 40%.').map((m) => m.coinId)).toEqual(['terra-luna']);
  });

  it('asks the background once for a long-tail candidate, then resolves it from memory', async () => {
    vi.useFakeTimers();
    const lookup = vi.fn<LongTailLookup>(async (candidates) => candidates.map(() => ({ coinId: 'zclassic', symbol: 'ZCL' })));
    const onResolved = vi.fn();
    const detector = createLexiconDetector(lexicon, {}, lookup, onResolved);
    detector.learn([LONG_TAIL_TEXT]);
    expect(detector.detect(LONG_TAIL_TEXT)).toEqual([]);
    expect(detector.hadPending()).toBe(true);
    detector.detect(LONG_TAIL_TEXT); // asked twice before the batch goes: still one request
    await vi.runAllTimersAsync();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(onResolved).toHaveBeenCalledTimes(1);
    detector.learn([LONG_TAIL_TEXT]);
    const [mention] = detector.detect(LONG_TAIL_TEXT);
    expect(mention).toMatchObject({ coinId: 'zclassic', symbol: 'ZCL' });
    expect(LONG_TAIL_TEXT.slice(mention?.start, mention?.end)).toContain('ZCL');
    expect(detector.hadPending()).toBe(false);
    vi.useRealTimers();
  });

  it('honours a pin, and forgets page bindings on a new page (setDate, as after client-side navigation)', () => {
    const detector = createLexiconDetector(lexicon, {}, async (c) => c.map(() => null), () => undefined);
    detector.learn(['Aethir (ATH) rose.']);
    detector.detect('Aethir (ATH) rose.');
    detector.setDate(undefined);
    expect(detector.detect('Can ATH keep rising?')).toEqual([]);
    detector.setPins({ ATH: 'aethir' });
    expect(detector.label('aethir')).toBe('Aethir (ATH)');
  });
});
