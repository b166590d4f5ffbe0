/** The coin's own CoinGecko page, where the card's links go. */
export function coinPageUrl(coinId: string): string {
  return `https://www.coingecko.com/en/coins/${encodeURIComponent(coinId)}`;
}
