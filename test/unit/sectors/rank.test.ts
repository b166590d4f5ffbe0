import { describe, expect, it } from 'vitest';
import { competitionRank } from '../../../lib/sectors/rank';

const sector = [5, 3, 3, 1, -2].map((move, index) => ({ id: `c${index}`, move, marketCap: 1 }));

describe('competition rank (1 = best, ties share, next rank skipped)', () => {
  it.each([
    [5, 1],
    [3, 2], // two coins at 3 both rank 2 …
    [1, 4], // … so the next one is 4 ("1, 2, 2, 4")
    [-2, 5],
  ])('move %d ranks #%d', (move, rank) => {
    expect(competitionRank(move, sector)).toBe(rank);
  });

  it('a tie at the top ranks both first', () => {
    const tied = [{ id: 'a', move: 2, marketCap: 1 }, { id: 'b', move: 2, marketCap: 9 }];
    expect(competitionRank(2, tied)).toBe(1);
  });
});
