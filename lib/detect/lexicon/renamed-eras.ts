import { RENAMED_ASSETS, type AssetEra, type RenamedAsset } from '../tables/renamed-tickers';

/**
 * Lookups over the renamed-asset table (tables/renamed-tickers.ts). The table is data that
 * travels with the lexicon, so these maps are built at first use, never while modules load.
 */
interface EraLookups {
  readonly ticker: ReadonlyMap<string, readonly AssetEra[]>;
  readonly name: ReadonlyMap<string, readonly AssetEra[]>;
  readonly ever: ReadonlyMap<string, readonly string[]>;
  readonly nameTargets: ReadonlySet<string>;
}

let lookups: EraLookups | undefined;

// Asked for every upper-case word the scanner meets: plain map lookups, nothing allocated.
function eraLookups(): EraLookups {
  if (lookups) return lookups;
  const ticker = new Map<string, readonly AssetEra[]>();
  const name = new Map<string, readonly AssetEra[]>();
  const ever = new Map<string, readonly string[]>();
  const nameTargets = new Set<string>();
  for (const row of RENAMED_ASSETS) {
    if (row.kind === 'ticker') {
      ticker.set(row.written, row.eras);
      ever.set(row.written, row.eras.map((era) => era.coinId).filter((id) => id !== ''));
    } else {
      name.set(row.written, row.eras);
      for (const era of row.eras) nameTargets.add(era.coinId);
    }
  }
  return (lookups = { ticker, name, ever, nameTargets });
}

const NONE: readonly string[] = [];

/**
 * The coin a renamed ticker or name meant on `date` (YYYY-MM-DD): a coin id, '' when the
 * written form meant no tracked coin then, or undefined when the form was never renamed.
 */
export function renamedCoinAt(kind: RenamedAsset['kind'], written: string, date: string): string | undefined {
  const eras = eraLookups()[kind].get(written);
  if (!eras) return undefined;
  for (const era of eras) if (era.until === undefined || date < era.until) return era.coinId;
  return undefined;
}

/** Every coin a renamed ticker ever meant (the scanner asks "could this be a coin at all?"). */
export function renamedTickerCoinsEver(written: string): readonly string[] {
  return eraLookups().ever.get(written) ?? NONE;
}

/** True for a coin that a dated name row may swap in, so the verdict stage asks only for these. */
export function isNameRenameTarget(coinId: string): boolean {
  return eraLookups().nameTargets.has(coinId);
}
