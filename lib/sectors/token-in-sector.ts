/**
 * How one token compares with one sector: the average (leave-one-out when the token is a
 * constituent), outperformance in percentage points, and rank.
 */
import type { AveragingMethod } from '../model';
import type { Constituent } from './constituents';
import { competitionRank } from './rank';
import { sectorAverage } from './sector-average';

export interface TokenInSector {
  /** Null when no constituent is left to average (e.g. a one-member sector with leave-one-out). */
  average: number | null;
  /** True when the token was a constituent and was removed from the average. */
  leftOut: boolean;
  /** Constituents the average was computed over. */
  averagedOver: number;
  /** r_t − r_sector in percentage points; null when either side is missing. */
  outperformance: number | null;
  /** 1 = best among all constituents (the token included); null when the token is not one. */
  rank: number | null;
  /** Constituents the rank is among (the token included); 0 when rank is null. */
  rankedAmong: number;
}

export interface CompareOptions {
  method: AveragingMethod;
  leaveOneOut: boolean;
}

export function compareTokenWithSector(
  token: { id: string; move: number | null },
  constituents: readonly Constituent[],
  { method, leaveOneOut }: CompareOptions,
): TokenInSector {
  const isMember = constituents.some((constituent) => constituent.id === token.id);
  const leftOut = leaveOneOut && isMember;
  const averaged = leftOut ? constituents.filter((constituent) => constituent.id !== token.id) : constituents;
  const average = sectorAverage(averaged, method);
  const outperformance = token.move !== null && average !== null ? token.move - average : null;
  const rank = isMember && token.move !== null ? competitionRank(token.move, constituents) : null;
  return { average, leftOut, averagedOver: averaged.length, outperformance, rank, rankedAmong: rank === null ? 0 : constituents.length };
}
