import { describe, expect, it } from 'vitest';
import type { Constituent } from '../../../lib/sectors/constituents';
import { capWeightedAverage, equalWeightedAverage, medianMove, sectorAverage } from '../../../lib/sectors/sector-average';

const c = (id: string, move: number, marketCap: number): Constituent => ({ id, move, marketCap });

// Hand computation for this table:
//   cap-weighted = (100·10 + 300·(−2) + 600·4) / 1000 = (1000 − 600 + 2400) / 1000 = 2.8
//   equal        = (10 − 2 + 4) / 3 = 4
//   median       = 4 (sorted −2, 4, 10)
const THREE = [c('a', 10, 100), c('b', -2, 300), c('c', 4, 600)];

describe('sector averages', () => {
  it.each([
    ['cap-weighted', 2.8],
    ['equal-weighted', 4],
    ['median', 4],
  ] as const)('%s of a three-coin sector', (method, expected) => {
    expect(sectorAverage(THREE, method)).toBeCloseTo(expected, 12);
  });

  it('median of an even count is the mean of the two middle moves', () => {
    // sorted: −3, 1, 5, 8 → (1 + 5) / 2 = 3
    expect(medianMove([c('a', 5, 1), c('b', -3, 1), c('c', 8, 1), c('d', 1, 1)])).toBe(3);
  });

  it('a dominant market cap dominates the cap-weighted average only', () => {
    // (1e12·1 + 1e9·20) / (1e12 + 1e9) = 1.02e12 / 1.001e12 ≈ 1.018981…
    const table = [c('big', 1, 1e12), c('small', 20, 1e9)];
    expect(capWeightedAverage(table)).toBeCloseTo(1.02e12 / 1.001e12, 12);
    expect(equalWeightedAverage(table)).toBe(10.5);
  });

  it.each(['cap-weighted', 'equal-weighted', 'median'] as const)('%s of no constituents is null, not 0', (method) => {
    expect(sectorAverage([], method)).toBeNull();
  });
});
