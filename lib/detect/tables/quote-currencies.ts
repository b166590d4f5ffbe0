/** Quote sides of trading pairs ("SOL/USDT", "SUI-KRW"). The base is the mention; the quote
 * is a unit of account, so it is never reported on its own. */
export const PAIR_QUOTES: ReadonlySet<string> = new Set([
  'USDT', 'USDC', 'USD', 'FDUSD', 'BUSD', 'TUSD', 'USDE', 'DAI', 'BTC', 'ETH', 'BNB', 'SOL',
  // Paxos's dollar as Binance quoted it until 2021 ("GTO/PAX"), and the other crypto quotes its
  // notices list ("WIN/TRX", "ADA/XRP")
  'PAX', 'USDP', 'TRX', 'XRP',
  'EUR', 'KRW', 'TRY', 'JPY', 'GBP', 'BRL', 'AUD', 'RUB', 'UAH', 'NGN', 'ZAR', 'PERP',
]);

/** Quotes that may be glued to the base without a separator ("SOLUSDT", "WLFIUSDT"). "USD"
 * alone is allowed only for bases already in the lexicon, since BUSD/TUSD are coins too. */
export const GLUED_PAIR_QUOTES: readonly string[] = ['FDUSD', 'USDT', 'USDC', 'PERP'];

/** Quote sides that are units, not coins: fiat and the perpetual-contract suffix. The other
 * quotes ("MOVE/USDT", "XRP/SOL") name a coin of their own and are reported as one. */
export const UNIT_QUOTES: ReadonlySet<string> = new Set(['USD', 'EUR', 'KRW', 'TRY', 'JPY', 'GBP', 'BRL', 'AUD', 'RUB', 'UAH', 'NGN', 'ZAR', 'PERP']);
