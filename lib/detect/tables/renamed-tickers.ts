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
  // Older token generations that CoinGecko keeps under a separate id, so a text written before
  // the swap means the old token. Aave's LEND → AAVE migration contract opened on 2020-10-02
  // (100 LEND = 1 AAVE); the old token is `ethlend` ("Aave [OLD]").
  { written: 'aave', kind: 'name', eras: [{ until: '2020-10-02', coinId: 'ethlend' }, { coinId: 'aave' }] },
  // Kyber's KNC moved to a new contract in July 2021 (the day is not pinned; the 1st is used);
  // the old token is `kyber-network` ("Kyber Network Crystal Legacy", KNCL today).
  { written: 'KNC', kind: 'ticker', eras: [{ until: '2021-07-01', coinId: 'kyber-network' }, { coinId: 'kyber-network-crystal' }] },
  { written: 'kyber network', kind: 'name', eras: [{ until: '2021-07-01', coinId: 'kyber-network' }, { coinId: 'kyber-network-crystal' }] },
  { written: 'kyber network crystal', kind: 'name', eras: [{ until: '2021-07-01', coinId: 'kyber-network' }, { coinId: 'kyber-network-crystal' }] },
  // BitTorrent redenominated BTT 1:1000 with the BitTorrent Chain mainnet on 2021-12-12 (the
  // swap began; exchanges finished it by mid-January 2022); the old token is `bittorrent-old`.
  // Before its token sale (Binance Launchpad, 2019-01-28) BitTorrent was the file-sharing company
  // TRON bought in 2018, and BTT no coin of note.
  { written: 'BTT', kind: 'ticker', eras: [{ until: '2019-01-28', coinId: '' }, { until: '2021-12-12', coinId: 'bittorrent-old' }, { coinId: 'bittorrent' }] },
  // Plasma, the Ethereum scaling design of 2017–2020 ("Plasma chains", "OMG's Plasma"), before the
  // stablecoin chain of the same name launched its XPL token (mainnet beta, 2025-09-25).
  { written: 'plasma', kind: 'name', eras: [{ until: '2025-09-25', coinId: '' }, { coinId: 'plasma' }] },
  { written: 'bittorrent', kind: 'name', eras: [{ until: '2019-01-28', coinId: '' }, { until: '2021-12-12', coinId: 'bittorrent-old' }, { coinId: 'bittorrent' }] },
  // Paxos Standard (PAX, 2018) became Pax Dollar (USDP) on 2021-08-24; since then PAX names no coin
  // of note (Pax Gold is PAXG).
  { written: 'PAX', kind: 'ticker', eras: [{ until: '2021-08-24', coinId: 'paxos-standard' }, { coinId: '' }] },
  // Maker's multi-collateral Dai launched on 2019-11-18 and the single-collateral token it
  // replaced was renamed Sai; CoinGecko keeps that one as `sai`, so earlier Dai is Sai.
  { written: 'DAI', kind: 'ticker', eras: [{ until: '2019-11-18', coinId: 'sai' }, { coinId: 'dai' }] },
  { written: 'dai', kind: 'name', eras: [{ until: '2019-11-18', coinId: 'sai' }, { coinId: 'dai' }] },
  { written: 'XBT', kind: 'ticker', eras: ALWAYS('bitcoin') }, // the ISO-style code some exchanges use
  { written: 'MIOTA', kind: 'ticker', eras: ALWAYS('iota') },
  // RaiBlocks' ticker (2017–18), before NANO and XNO. NANO itself is left out: "Ledger Nano X",
  // "NANO X" name the hardware wallet on the same crypto pages.
  { written: 'XRB', kind: 'ticker', eras: ALWAYS('nano') },
  { written: 'KLAY', kind: 'ticker', eras: ALWAYS('kaia') }, // Klaytn merged into Kaia (2024)
  // SwissBorg's token kept its name and changed ticker from CHSB to BORG (migration from
  // 2023-10-17); no other coin holds CHSB.
  { written: 'CHSB', kind: 'ticker', eras: ALWAYS('swissborg') },
  { written: 'ERD', kind: 'ticker', eras: ALWAYS('elrond-erd-2') }, // Elrond → MultiversX (EGLD)
  { written: 'BCHSV', kind: 'ticker', eras: ALWAYS('bitcoin-cash-sv') },
  // Bitcoin Cash's November 2018 fork: exchanges listed the side that kept BCH as BCHABC (its node,
  // Bitcoin ABC) beside BCHSV until they renamed it back (Binance in late 2019). In the November
  // 2020 fork the ABC side split off again as BCHA, now eCash (XEC); from then on "Bitcoin Cash ABC"
  // is that coin. Its exchanges wrote BCHA then, so the ticker BCHABC is the 2018 side at any date (a
  // later or undated look back at the 2018 split).
  { written: 'BCHABC', kind: 'ticker', eras: ALWAYS('bitcoin-cash') },
  // The November 2020 fork's two sides by the tickers exchanges gave them: BCHA, the ABC side (eCash
  // today), and BCHN, Bitcoin Cash Node's side, which kept BCH.
  { written: 'BCHA', kind: 'ticker', eras: ALWAYS('ecash') },
  { written: 'BCHN', kind: 'ticker', eras: ALWAYS('bitcoin-cash') },
  { written: 'bitcoin cash abc', kind: 'name', eras: [{ until: '2020-11-15', coinId: 'bitcoin-cash' }, { coinId: 'ecash' }] },
  // A game or project named before its token existed: until the token, the name is no coin
  // (an era of ''), never the later token. Steem Monsters became "Splinterlands" in 2019; its
  // token SPS (CoinGecko's `splinterlands`) was airdropped from 2021-07-26.
  { written: 'splinterlands', kind: 'name', eras: [{ until: '2021-07-26', coinId: '' }, { coinId: 'splinterlands' }] },
  // A ticker a later coin took, which meant something else before the coin existed: "MEW" was
  // MyEtherWallet (2015–) until the Solana memecoin of March 2024, so before it the ticker is no
  // coin. Only where the old sense was common and the coin's price widgets are not: scraped pages
  // carry a live price ticker newer than the article's date ("TRUMP$10.37" on a page dated
  // December 2024 is the 2025 memecoin), so the memecoins named after a person or a meme (TRUMP,
  // PEPE) get no such row.
  // Not a rename but a change of sense: "Ark" in the ICO tables of 2017–18 is the ARK coin; in the
  // ETF news of 2021 on it is Cathie Wood's ARK Invest ("BlackRock, Invesco, Ark, VanEck and
  // Grayscale"), and the coin, rarely named by then, still counts by its ticker.
  { written: 'ark', kind: 'name', eras: [{ until: '2021-01-01', coinId: 'ark' }, { coinId: '' }] },
  { written: 'MEW', kind: 'ticker', eras: [{ until: '2024-03-01', coinId: '' }, { coinId: 'cat-in-a-dogs-world' }] },
];

/**
 * Renamed tickers a page may contrast with their successor: [old ticker, the successor's own
 * tickers or names as written, the old coin, the first day after the migration's first year].
 * A page that names the successor beside the old ticker ("swap FTM for Sonic (S)", "$MATIC to
 * $POL") means the old coin by the old ticker during that year, whatever the date; later the old
 * ticker is an old name for the new coin again ("dashboards still show MATIC").
 */
export const TICKER_CONTRASTS: readonly (readonly [string, readonly string[], string, string])[] = [
  ['MATIC', ['POL'], 'matic-network', '2025-09-05'],
  ['FTM', ['Sonic'], 'fantom', '2025-12-18'],
  ['EOS', ['Vaulta'], 'eos', '2026-05-14'],
];

/** An era witness dates a name (`written` is its lookup key, lower case) or a ticker (`written`
 * as the ticker, upper case) to the coin of the witness's era. */
export interface EraWitness {
  readonly kind: 'name' | 'ticker';
  /** The dead asset whose coin id on the page dates it, or the chain, game or coin that
   * decides what the ticker means there (the ecosystem witnesses below). */
  readonly witness: string;
  readonly written: string;
  readonly coinId: string;
}

/**
 * Assets that died with an era and so date the page that names them: TerraUSD (UST) lived only
 * on the original Terra chain, so on a page that names UST the name "Terra" is that chain
 * (`terra-luna`, LUNC today) whatever the page's date ("Terra's UST" in a 2024 retrospective).
 */
export const ERA_WITNESSES: readonly EraWitness[] = [
  { kind: 'name', witness: 'terrausd', written: 'terra', coinId: 'terra-luna' },
  { kind: 'name', witness: 'terrausd', written: 'luna', coinId: 'terra-luna' },
  // Luna Classic (LUNC) is the old chain's coin: a page that names it means that chain by Terra
  // ("Terra's old Luna Classic tokens" in September 2022).
  { kind: 'name', witness: 'terra-luna', written: 'terra', coinId: 'terra-luna' },
  // "Ark (ARK) … Ark fell 10%" after 2020: a page that names the ARK coin by a strong form means it by
  // its name too (the dated row above makes "Ark" alone ARK Invest).
  { kind: 'name', witness: 'ark', written: 'ark', coinId: 'ark' },
  // A ticker: "UST … its sister token, LUNA" in a 2025 look-back is the old chain's coin
  // (scan/page-context.ts binds it, as "Terra (LUNA)" would).
  { kind: 'ticker', witness: 'terrausd', written: 'LUNA', coinId: 'terra-luna' },
  // Ecosystem witnesses: a page that names a chain or game means its sibling tokens by their
  // tickers, which elsewhere read as words or acronyms (stop-listed: December, "happy
  // birthday"): Hive's stablecoin HBD, Splinterlands' SPS and Dark Energy Crystals (DEC); the
  // Usual protocol's governance token beside its stablecoin USD0.
  { kind: 'ticker', witness: 'hive', written: 'HBD', coinId: 'hive_dollar' },
  { kind: 'ticker', witness: 'splinterlands', written: 'SPS', coinId: 'splinterlands' },
  { kind: 'ticker', witness: 'splinterlands', written: 'DEC', coinId: 'dark-energy-crystals' },
  { kind: 'ticker', witness: 'usual-usd', written: 'USUAL', coinId: 'usual' },
  // Community points whose ticker is a word in capitals too ("a DONUT SHOP", "going TO THE MOON"):
  // the coin named on the page with context (the Donut ecosystem, Moons ($MOON)) licenses it.
  { kind: 'ticker', witness: 'donut', written: 'DONUT', coinId: 'donut' },
  { kind: 'ticker', witness: 'moon', written: 'MOON', coinId: 'moon' },
  // "BLURT gave up its gains": the chain named with context ("the Blurt blockchain", "5,000
  // BLURT") licenses its ticker, which is a verb shouted too.
  { kind: 'ticker', witness: 'blurt', written: 'BLURT', coinId: 'blurt' },
  // "this is USELESS": the 2025 memecoin's ticker is emphasis too, so the coin named on the page
  // with context ($USELESS, "Useless Coin", a pair) licenses it.
  { kind: 'ticker', witness: 'useless-3', written: 'USELESS', coinId: 'useless-3' },
  // EthereumPoW's ETHW, stop-listed as Bitwise's spot-ETF ticker, on a page that names the fork.
  { kind: 'ticker', witness: 'ethereum-pow-iou', written: 'ETHW', coinId: 'ethereum-pow-iou' },
];

/**
 * Coins an ecosystem names by ordinary words or acronyms ("Hive", a bee's home and a social app;
 * "HBD", happy birthday; "SBD"), which a page witnesses by counting them: "500 Hive", "6.2M HBD",
 * "3 SBD", "less Moons". An amount or a quantifier right before the word (and no noun or
 * capitalised word after it: "12 Hive boxes", "10 Hive Tips") makes it a unit, and in text only a
 * coin is counted so. Written form (a ticker in capitals, a name's lookup key in lower case) →
 * the coins the page then names: the unit's own and its chain's, so that the chain's name counts
 * on the page and the witnesses above bind the tickers (scan/namesakes.ts addNameSenses).
 */
export const QUANTITY_WITNESSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['hive', ['hive']],
  ['HIVE', ['hive']],
  ['HBD', ['hive_dollar', 'hive']],
  ['steem', ['steem']],
  ['STEEM', ['steem']],
  ['SBD', ['steem-dollars', 'steem']],
  ['blurt', ['blurt']],
  ['BLURT', ['blurt']],
  // Reddit's community points, counted by their users ("less Moons for us", "1,000 DONUT").
  ['moons', ['moon']],
  ['MOON', ['moon']],
  ['donut', ['donut']],
  ['DONUT', ['donut']],
]);
