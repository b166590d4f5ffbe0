/**
 * Coins that must not count as sector constituents (DESIGN.md "Definitions"): stablecoins and
 * wrapped/staked/bridged derivatives of another coin. Pegged coins barely move, so they drag every
 * average toward 0; derivatives count their underlying coin twice (DeFi's own top 3 on CoinGecko
 * are staked-ether, wrapped-steth and chainlink).
 *
 * Two layers: a table of known ids (checked against the recorded markets rows in
 * test/unit/sectors/excluded-coins.test.ts) and name/symbol rules that catch the long tail the
 * table cannot list. Gold-backed tokens (pax-gold, tether-gold) are deliberately NOT excluded:
 * they track gold, not a currency, and are genuine RWA constituents.
 */
/** 'stablecoin' covers every currency-pegged or ~$1 accruing instrument (tokenised T-bills too). */
export type ExclusionReason = 'stablecoin' | 'derivative';

export interface CoinIdentity {
  readonly id: string;
  readonly symbol: string;
  readonly name: string;
}

/** Currency-pegged coins and ~$1 yield-bearing dollar instruments seen in real category data. */
export const KNOWN_STABLECOINS: ReadonlySet<string> = new Set([
  'tether', 'usd-coin', 'dai', 'usds', 'ethena-usde', 'usd1-wlfi', 'first-digital-usd', 'true-usd',
  'paypal-usd', 'ripple-usd', 'global-dollar', 'falcon-finance', 'usdtb', 'usdt0', 'usdd', 'bfusd',
  'usual-usd', 'gho', 'frax', 'binance-usd', 'liquity-usd', 'euro-coin', 'stasis-eurs', 'tether-eurt',
  'united-stables', 'royal-dollar', 'royal-euro', 'lydia-coin', 'usdb', 'savings-dai',
  // Tokenised dollar loans / T-bills: priced ~$1 and accruing, so they behave like stablecoins.
  'figure-heloc', 'hashnote-usyc', 'blackrock-usd-institutional-digital-liquidity-fund', 'ousg',
  'ondo-us-dollar-yield', 'mountain-protocol-usdm', 'ylds', 'eutbl', 'janus-henderson-anemoy-treasury-fund',
  'superstate-short-duration-us-government-securities-fund-ustb',
]);

/** Wrapped, staked, restaked and bridged versions of another coin. */
export const KNOWN_DERIVATIVES: ReadonlySet<string> = new Set([
  'weth', 'wrapped-bitcoin', 'staked-ether', 'wrapped-steth', 'wrapped-eeth', 'rocket-pool-eth',
  'coinbase-wrapped-btc', 'coinbase-wrapped-staked-eth', 'wbnb', 'wrapped-avax', 'wrapped-hype',
  'wrapped-solana', 'frax-ether', 'super-oeth', 'stader-ethx', 'sweth', 'treehouse-eth', 'tbtc',
  'clbtc', 'unit-bitcoin', 'solv-btc', 'lombard-staked-btc', 'jito-staked-sol', 'msol',
  'binance-staked-sol', 'kelp-dao-restaked-eth', 'renzo-restaked-eth', 'mantle-staked-ether',
  'reserve-protocol-eth-plus', 'cgeth-hashkey-cloud', 'wrapped-beacon-eth',
]);

const STABLE_SYMBOL = /usd|^eur[a-z]?$|^gbp[a-z]?$/i;
const STABLE_NAME = /\b(stablecoin|us dollar|usd|dollar|euro|treasury fund|t-bills?|money market fund|government securities)\b/i;
const DERIVATIVE_ID = /^(wrapped|staked|bridged|binance-peg|restaked)-|-bridged-|-wrapped-|-staked-/;
const DERIVATIVE_NAME = /^(wrapped|staked|bridged|restaked|liquid staked)\b|\bbridged\b|binance-peg|\b(staked|restaked) (eth|ether|sol|btc|bitcoin)\b/i;
/** "w" + a major coin's symbol: wbtc, weth, wbnb, wsol … (a bare leading w is too common otherwise). */
const WRAPPED_SYMBOL = /^w(btc|eth|bnb|sol|avax|trx|matic|pol|ftm|hype|steth|eeth|ton|sui|apt|near)$/i;

export function exclusionReason(coin: CoinIdentity): ExclusionReason | null {
  if (KNOWN_STABLECOINS.has(coin.id)) return 'stablecoin';
  if (KNOWN_DERIVATIVES.has(coin.id)) return 'derivative';
  if (DERIVATIVE_ID.test(coin.id) || DERIVATIVE_NAME.test(coin.name) || WRAPPED_SYMBOL.test(coin.symbol)) return 'derivative';
  if (STABLE_SYMBOL.test(coin.symbol) || STABLE_NAME.test(coin.name)) return 'stablecoin';
  return null;
}
