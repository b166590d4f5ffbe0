/**
 * Crypto news sites the content script runs on out of the box. Everywhere else it is off until the
 * reader enables a site from the popup (optional host permission + dynamic registration).
 *
 * Data, not logic: test/unit/sites/default-sites.test.ts checks every pattern is a valid match
 * pattern and that no entry is a catch-all.
 */
export interface NewsSite {
  /** Shown in the options page. */
  readonly name: string;
  /** WebExtension match patterns. */
  readonly matches: readonly string[];
}

export const DEFAULT_SITES: readonly NewsSite[] = [
  { name: 'CoinDesk', matches: ['https://www.coindesk.com/*'] },
  { name: 'Cointelegraph', matches: ['https://cointelegraph.com/*'] },
  { name: 'Decrypt', matches: ['https://decrypt.co/*'] },
  { name: 'The Block', matches: ['https://www.theblock.co/*'] },
  { name: 'Blockworks', matches: ['https://blockworks.co/*'] },
  { name: 'The Defiant', matches: ['https://thedefiant.io/*'] },
  { name: 'DL News', matches: ['https://www.dlnews.com/*'] },
  { name: 'CryptoSlate', matches: ['https://cryptoslate.com/*'] },
  { name: 'Bitcoin Magazine', matches: ['https://bitcoinmagazine.com/*'] },
  { name: 'Unchained', matches: ['https://unchainedcrypto.com/*'] },
  { name: 'Bankless', matches: ['https://www.bankless.com/*'] },
  { name: 'Messari', matches: ['https://messari.io/*'] },
  { name: 'BeInCrypto', matches: ['https://beincrypto.com/*'] },
  { name: 'CryptoNews', matches: ['https://cryptonews.com/*'] },
  { name: 'CoinGape', matches: ['https://coingape.com/*'] },
  { name: 'U.Today', matches: ['https://u.today/*'] },
  { name: 'The Daily Hodl', matches: ['https://dailyhodl.com/*'] },
  { name: 'CryptoPotato', matches: ['https://cryptopotato.com/*'] },
  { name: 'AMBCrypto', matches: ['https://ambcrypto.com/*'] },
  { name: 'Protos', matches: ['https://protos.com/*'] },
  { name: 'CoinGecko news', matches: ['https://www.coingecko.com/*/news*', 'https://www.coingecko.com/learn/*'] },
  { name: 'CoinMarketCap news', matches: ['https://coinmarketcap.com/academy/*', 'https://coinmarketcap.com/community/*'] },
  { name: 'Gate', matches: ['https://www.gate.com/*', 'https://www.gate.io/*'] },
  { name: 'Binance Square', matches: ['https://www.binance.com/*/square*'] },
  { name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { name: 'Reddit crypto', matches: ['https://www.reddit.com/r/CryptoCurrency/*', 'https://www.reddit.com/r/CryptoMarkets/*'] },
];

/** Every default match pattern, flattened, in table order. */
export function defaultSiteMatches(): string[] {
  return DEFAULT_SITES.flatMap((site) => site.matches);
}
