import { describe, expect, it } from 'vitest';
import type { Constituent } from '../../../lib/sectors/constituents';
import { cappedCapWeightedAverage, cappedWeights, capWeightedAverage, equalWeightedAverage, medianMove, sectorAverage } from '../../../lib/sectors/sector-average';

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

describe('capped cap-weighted average (no constituent above 25 % of the weight)', () => {
  it('leaves weights alone when nobody is above the cap', () => {
    // caps 20, 20, 20, 20, 20 → 0.2 each; already under 0.25
    expect(cappedWeights([20, 20, 20, 20, 20])).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });

  it('caps a giant and shares its excess pro rata', () => {
    // caps 60, 10, 10, 10, 10 (Σ 100): raw 0.6, 0.1 × 4. Cap the giant at 0.25; the other four share
    // 0.75 pro rata to their caps (equal here): 0.1875 each.
    const weights = cappedWeights([60, 10, 10, 10, 10]);
    expect(weights[0]).toBeCloseTo(0.25, 12);
    for (const w of weights.slice(1)) expect(w).toBeCloseTo(0.1875, 12);
  });

  it('iterates when the shared excess pushes another constituent over', () => {
    // caps 50, 30, 10, 5, 5 (Σ 100). Round 1: 0.5 → cap. The rest share 0.75 over caps 50:
    //   30 → 0.45 (over), 10 → 0.15, 5 → 0.075, 5 → 0.075.
    // Round 2: two capped (0.5 of weight); the rest share 0.5 over caps 20: 10 → 0.25, 5 → 0.125, 5 → 0.125.
    const weights = cappedWeights([50, 30, 10, 5, 5]);
    [0.25, 0.25, 0.25, 0.125, 0.125].forEach((expected, i) => expect(weights[i]).toBeCloseTo(expected, 12));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('with fewer than four constituents the cap cannot hold: equal weights', () => {
    const weights = cappedWeights([90, 9, 1]);
    for (const w of weights) expect(w).toBeCloseTo(1 / 3, 12);
  });

  it('the average uses those weights', () => {
    // weights 0.25, 0.1875 × 4 with moves 10, 2, 4, −2, 0: 2.5 + 0.1875 · 4 = 3.25
    const table = [c('giant', 10, 60), c('b', 2, 10), c('c', 4, 10), c('d', -2, 10), c('e', 0, 10)];
    expect(sectorAverage(table, 'capped')).toBeCloseTo(3.25, 12);
    // plain cap-weighted: (600 + 20 + 40 − 20 + 0) / 100 = 6.4: the giant is most of the sector
    expect(sectorAverage(table, 'cap-weighted')).toBeCloseTo(6.4, 12);
    expect(cappedCapWeightedAverage([])).toBeNull();
  });
});
