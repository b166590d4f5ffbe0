/** Sector averages exactly as DESIGN.md "Definitions" states them. */
import type { AveragingMethod } from '../model';
import type { Constituent } from './constituents';

/** Σ mcap_i·r_i / Σ mcap_i */
export function capWeightedAverage(constituents: readonly Constituent[]): number | null {
  let weighted = 0;
  let totalCap = 0;
  for (const { move, marketCap } of constituents) {
    weighted += marketCap * move;
    totalCap += marketCap;
  }
  return totalCap > 0 ? weighted / totalCap : null;
}

export function equalWeightedAverage(constituents: readonly Constituent[]): number | null {
  if (constituents.length === 0) return null;
  return constituents.reduce((sum, { move }) => sum + move, 0) / constituents.length;
}

/** Middle move; with an even count, the mean of the two middle moves. */
export function medianMove(constituents: readonly Constituent[]): number | null {
  if (constituents.length === 0) return null;
  const moves = constituents.map(({ move }) => move).sort((a, b) => a - b);
  const middle = Math.floor(moves.length / 2);
  return moves.length % 2 === 1 ? moves[middle]! : (moves[middle - 1]! + moves[middle]!) / 2;
}

export function sectorAverage(constituents: readonly Constituent[], method: AveragingMethod): number | null {
  switch (method) {
    case 'cap-weighted':
      return capWeightedAverage(constituents);
    case 'equal-weighted':
      return equalWeightedAverage(constituents);
    case 'median':
      return medianMove(constituents);
  }
}
