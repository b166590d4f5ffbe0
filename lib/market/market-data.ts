/**
 * The CoinGecko resources Sector Lens reads, each with its cache key and freshness limit, fetched
 * through the connection's governor. This module and client.ts are the only ones naming API paths.
 */
import { z } from 'zod';
import type { CoinGeckoClient } from './client';
import type { CacheRead, CacheSpec, MarketCache } from './market-cache';
import type { RequestGovernor } from './request-governor';
import { CategoriesListResponseSchema, MarketRowSchema, MarketsResponseSchema, type CategoryListEntry, type CoinsListRow, type MarketRow } from './schemas';
import type { MarketError } from './errors';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Freshness limits (DESIGN.md "Market data"); CoinGecko itself refreshes markets every ~60 s. */
export const TTL_MS = {
  markets: MINUTE,
  categories: 5 * MINUTE,
  categoriesList: DAY,
  coinCategories: DAY,
} as const;

const SPECS = {
  categoryRows: { ttlMs: TTL_MS.markets, schema: MarketsResponseSchema },
  /** null = CoinGecko has no such coin (remembered so an unknown id is not asked for every minute). */
  coinRow: { ttlMs: TTL_MS.markets, schema: MarketRowSchema.nullable() },
  categoryIndex: { ttlMs: TTL_MS.categories, schema: z.record(z.string(), z.number().finite().nullable()) },
  categoriesList: { ttlMs: TTL_MS.categoriesList, schema: CategoriesListResponseSchema },
  coinCategories: { ttlMs: TTL_MS.coinCategories, schema: z.array(z.string()) },
} satisfies Record<string, CacheSpec<unknown>>;

/** CoinGecko takes at most 250 ids per /coins/markets call. */
export const IDS_PER_CALL = 250;

/** The lexicon's ranked part: the top 1,000 coins by market cap (4 pages of 250). */
export const LEXICON_PAGES = 4;

export interface Connection {
  client: CoinGeckoClient;
  governor: RequestGovernor;
  cache: MarketCache;
}

export function createMarketData({ client, governor, cache }: Connection) {
  const call = <T>(request: () => Promise<T>) => governor.run(request);

  return {
    /** The first 250 coins of a category by market cap, with all windows and sparklines. */
    categoryRows(categoryId: string): Promise<CacheRead<MarketRow[]>> {
      return cache.read(`markets:category:${categoryId}`, SPECS.categoryRows, () => call(() => client.marketsByCategory(categoryId)));
    },

    /** Market rows for explicit ids, one cache entry per coin, ≤ 250 ids a request. */
    async coinRows(ids: readonly string[]): Promise<{ reads: Map<string, CacheRead<MarketRow | null>>; errors: MarketError[] }> {
      const keyOf = (id: string) => `markets:coin:${id}`;
      const { reads, errors } = await cache.readMany(ids.map(keyOf), SPECS.coinRow, async (keys) => {
        const wanted = keys.map((key) => key.slice(keyOf('').length));
        const rows = await call(() => client.marketsByIds(wanted));
        const byId = new Map(rows.map((row) => [row.id, row]));
        return new Map(wanted.map((id) => [keyOf(id), byId.get(id) ?? null]));
      }, IDS_PER_CALL);
      return { reads: new Map(ids.map((id) => [id, reads.get(keyOf(id))] as const).filter((pair): pair is [string, CacheRead<MarketRow | null>] => pair[1] !== undefined)), errors };
    },

    /** CoinGecko's own category figure (market-cap change 24h, %), by category id. Display only. */
    categoryIndex(): Promise<CacheRead<Record<string, number | null>>> {
      return cache.read('categories', SPECS.categoryIndex, async () => {
        const rows = await call(() => client.categories());
        return Object.fromEntries(rows.map((row) => [row.id, row.market_cap_change_24h]));
      });
    },

    categoriesList(): Promise<CacheRead<CategoryListEntry[]>> {
      return cache.read('categories-list', SPECS.categoriesList, () => call(() => client.categoriesList()));
    },

    /** What the daily lexicon rebuild needs: the top coins by market cap and every coin id. */
    async lexiconSources(pages = LEXICON_PAGES): Promise<{ markets: MarketRow[]; list: CoinsListRow[] }> {
      const markets: MarketRow[] = [];
      for (let page = 1; page <= pages; page++) markets.push(...(await call(() => client.marketsTop(page))));
      const list = await call(() => client.coinsList());
      return { markets, list };
    },

    /** A coin's category display names from /coins/{id}. */
    coinCategoryNames(coinId: string): Promise<CacheRead<string[]>> {
      return cache.read(`coin-categories:${coinId}`, SPECS.coinCategories, async () => {
        const detail = await call(() => client.coinDetail(coinId));
        return (detail.categories ?? []).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
      });
    },
  };
}
export type MarketData = ReturnType<typeof createMarketData>;
