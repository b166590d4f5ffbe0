/**
 * CoinGecko as a MarketProvider: its client's snake_case rows become neutral QuoteRows, its
 * category names stay names (mapped to ids above the seam with categoryList).
 */
import type { CategoryEntry, CategoryFigure, CoinEntry, MarketProvider, QuoteOptions, QuoteRow } from '../../provider';
import { CoinGeckoClient, type ClientConfig } from './client';
import type { MarketRow } from './schemas';

export const COINGECKO_NAME = 'CoinGecko';

export function createCoinGeckoProvider(config: ClientConfig): MarketProvider & { readonly client: CoinGeckoClient } {
  const client = new CoinGeckoClient(config);
  return {
    client,
    name: COINGECKO_NAME,
    categoryPageSize: 250,
    maxIdsPerCall: 250,
    categoryQuotes: async (categoryId, options?: QuoteOptions) => (await client.marketsByCategory(categoryId, options?.series ?? false)).map(quoteRow),
    quotesByIds: async (ids, options?: QuoteOptions) => (await client.marketsByIds(ids, options?.series ?? false)).map(quoteRow),
    topQuotes: async (page) => (await client.marketsTop(page)).map(quoteRow),
    coinList: async (): Promise<CoinEntry[]> => client.coinsList(),
    categoryFigures: async (): Promise<CategoryFigure[]> =>
      (await client.categories()).map((row) => ({ id: row.id, name: row.name, change24h: row.market_cap_change_24h })),
    categoryList: async (): Promise<CategoryEntry[]> => (await client.categoriesList()).map((entry) => ({ id: entry.category_id, name: entry.name })),
    coinCategoryNames: async (coinId) => {
      const detail = await client.coinDetail(coinId);
      return (detail.categories ?? []).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
    },
    ping: () => client.ping(),
    coinPageUrl: (coinId) => `https://www.coingecko.com/en/coins/${encodeURIComponent(coinId)}`,
  };
}

/** r_t by window (DESIGN.md "Definitions"); 24h falls back to the plain field, which is USD too. */
export function quoteRow(row: MarketRow): QuoteRow {
  const series = row.sparkline_in_7d?.price;
  const updatedAt = row.last_updated ? Date.parse(row.last_updated) : NaN;
  return {
    id: row.id,
    symbol: row.symbol,
    name: row.name,
    ...(row.image ? { image: row.image } : {}),
    price: row.current_price,
    marketCap: row.market_cap,
    marketCapRank: row.market_cap_rank,
    moves: {
      '1h': row.price_change_percentage_1h_in_currency ?? null,
      '24h': row.price_change_percentage_24h_in_currency ?? row.price_change_percentage_24h ?? null,
      '7d': row.price_change_percentage_7d_in_currency ?? null,
    },
    ...(series && series.length > 0 ? { hourly7d: series } : {}),
    updatedAt: Number.isFinite(updatedAt) ? updatedAt : null,
  };
}
