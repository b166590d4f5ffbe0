import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreSets } from './corpus';
import { coinIds } from './detect-text';

// Floors are the acceptance bar for unseen news (P ≥ 0.95, R ≥ 0.90); the corpus was written
// and labelled before the detector was tuned, so falling under them is a real regression.
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.9;

describe('labelled news corpus', () => {
  const passages = loadCorpus();

  it('has at least 30 labelled passages', () => {
    expect(passages.length).toBeGreaterThanOrEqual(30);
  });

  it(`scores token-set precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR} (micro-averaged)`, () => {
    const results = passages.map((passage) => ({ file: passage.file, found: coinIds(passage.text), expected: passage.expected }));
    const score = scoreSets(results);
    const misses = results
      .map(({ file, found, expected }) => ({
        file,
        extra: [...found].filter((id) => !expected.has(id)),
        missing: [...expected].filter((id) => !found.has(id)),
      }))
      .filter(({ extra, missing }) => extra.length + missing.length > 0);
    expect.soft(misses).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(score.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
