/**
 * Which rows of a category count as its constituents (DESIGN.md "Definitions"): a row needs a move
 * for the window and a positive market cap, and must not be a stablecoin or a derivative.
 */
import { exclusionReason, type CoinIdentity } from './excluded-coins';

/** The facts about one category row that sector math needs, for one window. */
export interface SectorMember extends CoinIdentity {
  /** Percent move for the window; null when the data has none. */
  readonly move: number | null;
  readonly marketCap: number | null;
}

export interface Constituent {
  readonly id: string;
  readonly move: number;
  readonly marketCap: number;
}

export function isConstituent(member: SectorMember): member is SectorMember & Constituent {
  return (
    member.move !== null &&
    Number.isFinite(member.move) &&
    member.marketCap !== null &&
    Number.isFinite(member.marketCap) &&
    member.marketCap > 0 &&
    exclusionReason(member) === null
  );
}

/** Constituents in input order; a coin listed twice counts once. */
export function selectConstituents(members: readonly SectorMember[]): Constituent[] {
  const seen = new Set<string>();
  const constituents: Constituent[] = [];
  for (const member of members) {
    if (seen.has(member.id) || !isConstituent(member)) continue;
    seen.add(member.id);
    constituents.push({ id: member.id, move: member.move, marketCap: member.marketCap });
  }
  return constituents;
}
