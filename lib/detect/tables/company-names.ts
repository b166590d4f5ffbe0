/**
 * Names that, written alone, mean a company or exchange rather than its token: "Binance
 * remains the largest crypto exchange" is not a BNB mention. Some are CoinGecko coin names
 * (kucoin-shares is named "KuCoin", gatechain-token "Gate"), so the lexicon drops them as names;
 * the tokens still match by ticker or by their full names ("Binance Coin", "KuCoin Token").
 */
export const COMPANY_NAMES: ReadonlySet<string> = new Set([
  'binance', 'coinbase', 'kraken', 'kucoin', 'gate', 'gate.io', 'okx', 'bybit', 'bitget', 'htx',
  'huobi', 'gemini', 'circle', 'robinhood', 'crypto.com', 'upbit', 'bithumb', 'mexc', 'bitfinex',
  'bitstamp', 'whitebit', 'blackrock', 'fidelity', 'grayscale', 'strategy', 'microstrategy',
  'paypal', 'galaxy', 'ftx',
]);

/**
 * Networks and venues that have no coin of their own ("Arbitrum, Optimism and Base"), though
 * /coins/list holds unrelated tokens under their names: listed among coins they stay unmatched.
 */
export const TOKENLESS_NETWORKS: ReadonlySet<string> = new Set([
  'base', 'lightning', 'lightning network', 'bitcoin core', 'ethereum mainnet', 'opensea', 'metamask', 'phantom',
  'farcaster', 'warpcast', 'rabby', 'coinbase wallet', 'rainbow wallet', 'uniswap wallet',
  'polymarket', 'kalshi', 'ipfs', 'unichain',
  'ledger', 'trezor', 'github', 'telegram', 'discord', 'x', 'twitter', 'reddit',
]);
