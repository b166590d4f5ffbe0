import { describe, expect, it } from 'vitest';
import { createSkeletonDetector } from '../../support/stand-in-detector';

describe('stand-in detector and pins', () => {
  it('resolves a shared cashtag to the first coin and offers the others', () => {
    const [found] = createSkeletonDetector().detect('watching $ATH today');
    expect(found).toMatchObject({ coinId: 'aethir', start: 9, end: 13, alternatives: ['athenadao-token', 'all-time-high-degen'] });
  });

  it('follows a pin, and offers the default coin back as an alternative', () => {
    const detector = createSkeletonDetector();
    detector.setPins?.({ ATH: 'athenadao-token' });
    const [found] = detector.detect('watching $ATH today');
    expect(found?.coinId).toBe('athenadao-token');
    expect(found?.alternatives).toContain('aethir');
  });

  it('lets a name bind the symbol whatever the pins say', () => {
    const detector = createSkeletonDetector();
    detector.setPins?.({ ATH: 'athenadao-token' });
    expect(detector.detect('Aethir (ATH) rose').map((m) => m.coinId)).toEqual(['aethir']);
  });
});
