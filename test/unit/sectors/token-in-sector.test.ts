import { describe, expect, it } from 'vitest';
import type { Constituent } from '../../../lib/sectors/constituents';
import { compareTokenWithSector } from '../../../lib/sectors/token-in-sector';

const c = (id: string, move: number, marketCap: number): Constituent => ({ id, move, marketCap });
// A sector where "big" dominates by cap: leave-one-out matters.
const SECTOR = [c('big', 2, 800), c('mid', 6, 150), c('small', -4, 50)];
const CAP = { method: 'cap-weighted', leaveOneOut: true } as const;

describe('a token against its sector', () => {
  it('leaves the token out of its own average', () => {
    // without big: (150·6 + 50·(−4)) / 200 = (900 − 200) / 200 = 3.5; outperformance 2 − 3.5 = −1.5
    const result = compareTokenWithSector({ id: 'big', move: 2 }, SECTOR, CAP);
    expect(result.average).toBeCloseTo(3.5, 12);
    expect(result.outperformance).toBeCloseTo(-1.5, 12);
    expect(result).toMatchObject({ leftOut: true, averagedOver: 2, rank: 2, rankedAmong: 3 });
  });

  it('keeps the token in when leave-one-out is off', () => {
    // (800·2 + 150·6 + 50·(−4)) / 1000 = (1600 + 900 − 200) / 1000 = 2.3; 2 − 2.3 = −0.3
    const result = compareTokenWithSector({ id: 'big', move: 2 }, SECTOR, { ...CAP, leaveOneOut: false });
    expect(result.average).toBeCloseTo(2.3, 12);
    expect(result.outperformance).toBeCloseTo(-0.3, 12);
    expect(result).toMatchObject({ leftOut: false, averagedOver: 3, rank: 2 });
  });

  it('does not leave out a token that is not a constituent, and gives it no rank', () => {
    // equal-weighted over all three: (2 + 6 − 4) / 3 = 4/3; 10 − 4/3 = 26/3
    const result = compareTokenWithSector({ id: 'outsider', move: 10 }, SECTOR, { method: 'equal-weighted', leaveOneOut: true });
    expect(result.average).toBeCloseTo(4 / 3, 12);
    expect(result.outperformance).toBeCloseTo(26 / 3, 12);
    expect(result).toMatchObject({ leftOut: false, averagedOver: 3, rank: null, rankedAmong: 0 });
  });

  it('a one-member sector with leave-one-out has no average (null), but the token still ranks #1 of 1', () => {
    const result = compareTokenWithSector({ id: 'solo', move: 5 }, [c('solo', 5, 10)], CAP);
    expect(result).toEqual({ average: null, leftOut: true, averagedOver: 0, outperformance: null, rank: 1, rankedAmong: 1 });
  });

  it('a token without a move gets the average but no outperformance or rank', () => {
    const result = compareTokenWithSector({ id: 'nomove', move: null }, SECTOR, { method: 'median', leaveOneOut: true });
    expect(result.average).toBe(2);
    expect(result.outperformance).toBeNull();
    expect(result.rank).toBeNull();
  });

  it('ties share a rank (median with leave-one-out)', () => {
    const tied = [c('a', 4, 1), c('b', 4, 1), c('d', 1, 1)];
    // median of b and d without a: (1 + 4) / 2 = 2.5
    const result = compareTokenWithSector({ id: 'a', move: 4 }, tied, { method: 'median', leaveOneOut: true });
    expect(result.average).toBe(2.5);
    expect(result.rank).toBe(1);
    expect(compareTokenWithSector({ id: 'd', move: 1 }, tied, CAP).rank).toBe(3);
  });
});
