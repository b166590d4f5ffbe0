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

/** The largest share of the total weight one constituent may hold in the capped average. */
export const WEIGHT_CAP = 0.25;

/**
 * Capped market-cap weights, as capped sector indices set them: start from mcap_i / Σ mcap, fix
 * every weight above the cap at the cap, and share the excess among the others pro rata to their
 * market caps; repeat, since the shared excess can push another constituent over. Each round caps
 * at least one more constituent, so it ends within n rounds. With fewer than 1/cap constituents no
 * weighting can keep all of them under the cap; then the cap is 1/n, i.e. equal weights.
 */
export function cappedWeights(marketCaps: readonly number[], cap: number = WEIGHT_CAP): number[] {
  const n = marketCaps.length;
  if (n === 0) return [];
  const limit = Math.max(cap, 1 / n);
  const capped = new Array<boolean>(n).fill(false);
  const weights = new Array<number>(n).fill(0);
  for (let round = 0; round <= n; round++) {
    let freeCap = 0;
    let cappedCount = 0;
    for (let i = 0; i < n; i++) {
      if (capped[i]) cappedCount += 1;
      else freeCap += marketCaps[i]!;
    }
    const freeWeight = 1 - cappedCount * limit;
    let changed = false;
    for (let i = 0; i < n; i++) {
      weights[i] = capped[i] ? limit : freeCap > 0 ? (freeWeight * marketCaps[i]!) / freeCap : 0;
      // A hair of tolerance: 0.25000000000000006 is the cap, not a breach of it.
      if (!capped[i] && weights[i]! > limit + 1e-12) {
        capped[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return weights;
}

/** Σ w_i·r_i with the capped weights. */
export function cappedCapWeightedAverage(constituents: readonly Constituent[], cap: number = WEIGHT_CAP): number | null {
  if (constituents.length === 0) return null;
  const weights = cappedWeights(constituents.map(({ marketCap }) => marketCap), cap);
  return constituents.reduce((sum, { move }, i) => sum + weights[i]! * move, 0);
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
    case 'capped':
      return cappedCapWeightedAverage(constituents);
  }
}
