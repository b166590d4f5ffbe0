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
  'paypal', 'galaxy', 'ftx', 'coinex', 'bitmart', 'wazirx', 'tokenize xchange',
  // fund firms that issue crypto ETFs ("BlackRock, Invesco, Ark, and Grayscale filed"), whose names
  // /coins/list holds unrelated or tokenized-stock entries for
  'invesco', 'vaneck', 'wisdomtree', 'valkyrie', 'proshares', 'hashdex', 'ark invest', 'franklin templeton',
  // a venture firm and a crypto lender whose tokens CoinGecko lists under the firm's name ("led by
  // Blockchain Capital", "Celsius Network paused withdrawals"), and an exchange app ("the SwissBorg
  // App"); BCAP, CEL and BORG still count by their tickers
  'blockchain capital', 'celsius network', 'swissborg',
  // an exchange CoinGecko lists its token under ("ProBit Exchange is glad to announce"; its
  // "ProBit Token" still counts)
  'probit exchange',
]);

/**
 * An exchange's own token on a page that names the exchange: its help pages and notices write the
 * bare ticker ("convert small balances into CET", "hold GT for a fee discount"), which elsewhere
 * is a time zone or two letters. [exchange as written (a capital, and no lower-case letter right
 * after it: "Gates", "Gateway" are not Gate), ticker, coin id]. The pairs are /coins/list's:
 * CoinGecko names each of these tokens after its exchange (coinex-token "CoinEx", gatechain-token
 * "Gate", huobi-token "Huobi", bitmart-token "BitMart", wazirx "WazirX"); MEXC's is "MX"
 * (mx-token), Huobi's new name is HTX. Tokens that count bare anyway (BNB, OKB, KCS, BGB, CRO,
 * LEO) need no row.
 */
export const EXCHANGE_TOKENS: readonly (readonly [string, string, string])[] = [
  ['CoinEx', 'CET', 'coinex-token'],
  ['Gate', 'GT', 'gatechain-token'],
  ['Huobi', 'HT', 'huobi-token'],
  ['HTX', 'HT', 'huobi-token'],
  ['MEXC', 'MX', 'mx-token'],
  ['BitMart', 'BMX', 'bitmart-token'],
  ['WazirX', 'WRX', 'wazirx'],
];

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
