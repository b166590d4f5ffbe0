import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ownedMentions, textWindows, type WindowOptions } from '../../../lib/page/text-windows';
import { createSkeletonDetector } from '../../support/stand-in-detector';

const SMALL: WindowOptions = { size: 200, maxMention: 40, context: 20 };

function detectWindowed(text: string, options: WindowOptions) {
  const detector = createSkeletonDetector();
  return textWindows(text.length, options).flatMap((w) => ownedMentions(w, detector.detect(text.slice(w.start, w.end))));
}

describe('textWindows', () => {
  it('is one window for text that fits', () => {
    expect(textWindows(150, SMALL)).toEqual([{ start: 0, end: 150, ownFrom: 0, ownTo: 150 }]);
  });

  it('owns every position exactly once and never exceeds the window size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (length) => {
        const windows = textWindows(length, SMALL);
        let next = 0;
        for (const w of windows) {
          expect(w.ownFrom).toBe(next);
          expect(w.end - w.start).toBeLessThanOrEqual(SMALL.size);
          next = w.ownTo;
        }
        expect(next).toBe(length);
      }),
    );
  });

  it('finds the same mentions as one pass, including those on the seams', () => {
    const unit = 'Aethir (ATH) rallied; $TAO too, and $ETH. ';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 5, max: 40 }), (shift, repeats) => {
        const text = 'x'.repeat(shift) + unit.repeat(repeats);
        const whole = createSkeletonDetector().detect(text).map((m) => [m.start, m.end, m.coinId]);
        const windowed = detectWindowed(text, SMALL).map((m) => [m.start, m.end, m.coinId]);
        expect(windowed).toEqual(whole);
      }),
    );
  });

  it('does not see a mention in a word cut at a window edge', () => {
    // "somETHing"-like: a cashtag needs its "$"; a window starting mid-word keeps its left context.
    const text = `${'a'.repeat(150)}x$ETHx ${'b'.repeat(150)} $ETH`;
    const found = detectWindowed(text, SMALL);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['$ETH']);
  });

  it('refuses a window that cannot hold its own overlap', () => {
    expect(() => textWindows(1000, { size: 100, maxMention: 60, context: 30 })).toThrow(RangeError);
  });
});
