/**
 * Assets that changed ticker or coin: what a written ticker or name meant depends on when the
 * text was written. "MATIC" in a 2021 article is the MATIC coin (`matic-network`); in 2025 it is
 * what MATIC holders hold now, POL. Each row lists eras in date order; an era holds until its
 * `until` date (exclusive, YYYY-MM-DD), the last one has none. Values are CoinGecko ids.
 * Dates are the day the new asset started trading or the swap began.
 */
export interface AssetEra {
  /** First day this era no longer holds (exclusive); absent on the last era. */
  readonly until?: string;
  readonly coinId: string;
}

export interface RenamedAsset {
  /** Upper-case ticker as written ("MATIC"), or a name key for `kind: 'name'` ("polygon"). */
  readonly written: string;
  readonly kind: 'ticker' | 'name';
  readonly eras: readonly AssetEra[];
}

const ALWAYS = (coinId: string): readonly AssetEra[] => [{ coinId }];

export const RENAMED_ASSETS: readonly RenamedAsset[] = [
  // Polygon's MATIC → POL migration began 2024-09-04. On that day a text still contrasts the
  // old ticker with the new token, so MATIC stays the old coin through the day; the name
  // "Polygon" already means the network's new token.
  { written: 'MATIC', kind: 'ticker', eras: [{ until: '2024-09-05', coinId: 'matic-network' }, { coinId: 'polygon-ecosystem-token' }] },
  { written: 'polygon', kind: 'name', eras: [{ until: '2024-09-04', coinId: 'matic-network' }, { coinId: 'polygon-ecosystem-token' }] },
  { written: 'polygon pos', kind: 'name', eras: [{ until: '2024-09-04', coinId: 'matic-network' }, { coinId: 'polygon-ecosystem-token' }] },
  { written: 'polygon zkevm', kind: 'name', eras: [{ until: '2024-09-04', coinId: 'matic-network' }, { coinId: 'polygon-ecosystem-token' }] },
  // Terra collapsed in May 2022; Terra 2.0 took the LUNA ticker and the name on 2022-05-28.
  // The old chain's coin is LUNC today (`terra-luna`).
  { written: 'LUNA', kind: 'ticker', eras: [{ until: '2022-05-28', coinId: 'terra-luna' }, { coinId: 'terra-luna-2' }] },
  { written: 'terra', kind: 'name', eras: [{ until: '2022-05-28', coinId: 'terra-luna' }, { coinId: 'terra-luna-2' }] },
  { written: 'luna', kind: 'name', eras: [{ until: '2022-05-28', coinId: 'terra-luna' }, { coinId: 'terra-luna-2' }] },
  // TerraUSD is USTC today; "UST" in any text is that coin (CoinGecko has no other UST of note).
  { written: 'UST', kind: 'ticker', eras: ALWAYS('terrausd') },
  // Fantom became Sonic: S launched 2024-12-18 and FTM holders swap 1:1.
  { written: 'FTM', kind: 'ticker', eras: [{ until: '2024-12-18', coinId: 'fantom' }, { coinId: 'sonic-3' }] },
  // EOS rebranded to Vaulta; the A token swap opened 2025-05-14.
  { written: 'EOS', kind: 'ticker', eras: [{ until: '2025-05-14', coinId: 'eos' }, { coinId: 'vaulta' }] },
  // Fetch.ai, SingularityNET and Ocean announced the merged ASI ticker on 2024-03-27; CoinGecko
  // keeps the merged token under `fetch-ai`. Before that, ASI named unrelated small coins.
  { written: 'ASI', kind: 'ticker', eras: [{ until: '2024-03-27', coinId: '' }, { coinId: 'fetch-ai' }] },
  // Frax's North Star upgrade renamed the governance token FXS to FRAX and the old FRAX
  // stablecoin to "Legacy Frax Dollar"; exchanges swapped the tickers on 2026-01-13. Before
  // that, "FRAX" and "Frax" in a text are the stablecoin (CoinGecko today gives both ids FRAX).
  { written: 'FRAX', kind: 'ticker', eras: [{ until: '2026-01-13', coinId: 'frax' }, { coinId: 'frax-share' }] },
  { written: 'frax', kind: 'name', eras: [{ until: '2026-01-13', coinId: 'frax' }, { coinId: 'frax-share' }] },
  { written: 'FXS', kind: 'ticker', eras: ALWAYS('frax-share') },
  // Render moved to Solana and the ticker became RENDER (2023-11); either ticker is that coin.
  { written: 'RNDR', kind: 'ticker', eras: ALWAYS('render-token') },
  { written: 'XBT', kind: 'ticker', eras: ALWAYS('bitcoin') }, // the ISO-style code some exchanges use
  { written: 'MIOTA', kind: 'ticker', eras: ALWAYS('iota') },
  { written: 'KLAY', kind: 'ticker', eras: ALWAYS('kaia') }, // Klaytn merged into Kaia (2024)
  { written: 'ERD', kind: 'ticker', eras: ALWAYS('elrond-erd-2') }, // Elrond → MultiversX (EGLD)
  { written: 'BCHSV', kind: 'ticker', eras: ALWAYS('bitcoin-cash-sv') },
];

/**
 * Assets that died with an era and so date the page that names them: TerraUSD (UST) lived only
 * on the original Terra chain, so on a page that names UST the name "Terra" is that chain
 * (`terra-luna`, LUNC today) whatever the page's date ("Terra's UST" in a 2024 retrospective).
 */
export const ERA_WITNESSES: readonly { readonly witness: string; readonly written: string; readonly coinId: string }[] = [
  { witness: 'terrausd', written: 'terra', coinId: 'terra-luna' },
  { witness: 'terrausd', written: 'luna', coinId: 'terra-luna' },
];

// Asked for every upper-case word the scanner meets: plain map lookups, nothing allocated.
const erasOf = {
  ticker: new Map(RENAMED_ASSETS.filter((row) => row.kind === 'ticker').map((row) => [row.written, row.eras])),
  name: new Map(RENAMED_ASSETS.filter((row) => row.kind === 'name').map((row) => [row.written, row.eras])),
};
const everOf = new Map(RENAMED_ASSETS.filter((row) => row.kind === 'ticker').map((row) => [row.written, row.eras.map((era) => era.coinId).filter((id) => id !== '')]));
const NONE: readonly string[] = [];

/**
 * The coin a renamed ticker or name meant on `date` (YYYY-MM-DD): a coin id, '' when the
 * written form meant no tracked coin then, or undefined when the form was never renamed.
 */
export function renamedCoinAt(kind: RenamedAsset['kind'], written: string, date: string): string | undefined {
  const eras = erasOf[kind].get(written);
  if (!eras) return undefined;
  for (const era of eras) if (era.until === undefined || date < era.until) return era.coinId;
  return undefined;
}

/** Every coin a renamed ticker ever meant (the scanner asks "could this be a coin at all?"). */
export function renamedTickerCoinsEver(written: string): readonly string[] {
  return everOf.get(written) ?? NONE;
}

/** Coins that a dated name row may swap in, so the verdict stage asks only for these. */
export const NAME_RENAME_TARGETS: ReadonlySet<string> = new Set(
  RENAMED_ASSETS.filter((row) => row.kind === 'name').flatMap((row) => row.eras.map((era) => era.coinId)),
);
