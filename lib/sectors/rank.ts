/**
 * Rank of a move among a sector's constituents, 1 = best. Ties share a rank and the next rank is
 * skipped (standard competition ranking, "1, 2, 2, 4"): a token's rank is 1 + the number of
 * constituents that moved strictly better, so equal moves never rank differently by list order.
 */
import type { Constituent } from './constituents';

export function competitionRank(move: number, constituents: readonly Constituent[]): number {
  let better = 0;
  for (const constituent of constituents) if (constituent.move > move) better += 1;
  return better + 1;
}
