/**
 * The resources Sector Lens reads from its provider, each with its cache key and freshness limit,
 * asked for by need (RequestScheduler priorities). A read never waits longer than its need allows:
 * what is not there in time comes back as a figure that says when to ask again.
 */
import { z } from 'zod';
import { MarketError } from './errors';
import type { MarketCache } from './market-cache';
import type { MembershipService } from './membership';
import { CategoryEntrySchema, QuoteRowSchema, type CategoryEntry, type CoinEntry, type MarketProvider, type QuoteRow } from './provider';
import type { Priority } from './request-budget';
import type { RequestScheduler } from './request-scheduler';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/**
 * How long each figure counts as fresh, by how much budget the plan has (lib/market/README.md
 * "Freshness by need" gives the trade-off). Older data is still shown, with its age, while a
 * refresh waits for its turn.
 */
export type Headroom = 'tight' | 'roomy';
export const FRESH_FOR_MS: Record<Headroom, { sectorRows: number; tokenRow: number; categoryFigures: number; categoryList: number; coinCategories: number }> = {
  tight: { sectorRows: 5 * MINUTE, tokenRow: 2 * MINUTE, categoryFigures: 15 * MINUTE, categoryList: DAY, coinCategories: DAY },
  roomy: { sectorRows: 2 * MINUTE, tokenRow: MINUTE, categoryFigures: 5 * MINUTE, categoryList: DAY, coinCategories: DAY },
};
/** Plans with fewer requests a minute than this are tight. */
export const ROOMY_FROM_PER_MINUTE = 25;

/** How long a reader's request waits for data that is not there yet, by need. */
const PATIENCE_MS: Record<Priority, number> = { hover: 8 * SECOND, popup: 8 * SECOND, background: 2 * SECOND };
/** With older data to show, wait this long for the refresh before answering with the old data. */
const GRACE_MS = 1_500;
/** An answer takes this long after its request leaves (latency), added to "ask again at". */
const ANSWER_ALLOWANCE_MS = 800;
/**
 * A reader's queued request stays wanted this long after its last ask: an open card or popup asks
 * again at least every ASK_AGAIN_WITHIN_MS (lib/messaging/views.ts), a closed one does not, and
 * its request is dropped when its turn comes.
 */
const ASKERS_COME_BACK_WITHIN_MS = 15 * SECOND;

export interface Need {
  priority: Priority;
  /** The caller needs each row's hourly 7-day series: answers without it do not count as fresh. */
  series?: boolean;
}

/** One figure as far as we have it: value null = never fetched successfully (or not yet). */
export interface Figure<T> {
  value: T | null;
  fetchedAt: number | null;
  stale: boolean;
  /** Why it is missing or old; for a figure still on its way: rate-limited with the time to ask again. */
  error?: MarketError;
}

const SectorRowsSchema = z.object({ rows: z.array(QuoteRowSchema), series: z.boolean() });
type SectorRows = z.infer<typeof SectorRowsSchema>;
const TokenRowSchema = z.object({ row: QuoteRowSchema.nullable(), series: z.boolean() });
type TokenRow = z.infer<typeof TokenRowSchema>;
const FiguresSchema = z.record(z.string(), z.number().finite().nullable());
const ListSchema = z.array(CategoryEntrySchema);
const NamesSchema = z.array(z.string());

export interface MarketDataDeps {
  provider: MarketProvider;
  scheduler: RequestScheduler;
  cache: MarketCache;
  membership: MembershipService;
  headroom: Headroom;
  now?: () => number;
}

export function createMarketData({ provider, scheduler, cache, membership, headroom, now = Date.now }: MarketDataDeps) {
  const fresh = FRESH_FOR_MS[headroom];
  const seriesWanted = new Set<string>();
  const lastError = new Map<string, MarketError>();

  /**
   * The read path every resource shares: a fresh cached value, else a request queued by need and
   * awaited as long as the need allows.
   */
  async function read<T>(
    key: string,
    schema: z.ZodType<T>,
    freshForMs: number,
    need: Need,
    fetch: () => Promise<T>,
    usable: (value: T) => boolean = () => true,
  ): Promise<Figure<T>> {
    const entry = await cache.get(key, schema);
    if (entry && now() - entry.fetchedAt <= freshForMs && usable(entry.value)) return { value: entry.value, fetchedAt: entry.fetchedAt, stale: false };
    const ticket = scheduler.request(
      key,
      need.priority,
      async () => {
        try {
          const value = await fetch();
          await cache.put([[key, value]]);
          lastError.delete(key);
          return value;
        } catch (error) {
          if (error instanceof MarketError) lastError.set(key, error);
          throw error;
        }
      },
      need.priority === 'background' ? DAY : ASKERS_COME_BACK_WITHIN_MS,
    );
    const waitFor = ticket.expectedAt - now();
    const patience = entry ? GRACE_MS : PATIENCE_MS[need.priority];
    const old = (error: MarketError): Figure<T> =>
      entry ? { value: entry.value, fetchedAt: entry.fetchedAt, stale: true, error } : { value: null, fetchedAt: null, stale: true, error };
    const later = () => {
      const retryAt = Math.max(ticket.expectedAt, now()) + ANSWER_ALLOWANCE_MS;
      // Waiting out a pause: its reason (a 429, a server failure); else our own budget's turn.
      const reason = scheduler.pauseReason() ?? lastError.get(key) ?? new MarketError('rate-limited', 'Waiting for its turn under the rate limit');
      return old(reason.withRetryAt(retryAt));
    };
    if (waitFor > patience) return later();
    const outcome = await settleWithin(ticket.promise, Math.max(0, waitFor) + (entry ? GRACE_MS : PATIENCE_MS[need.priority]));
    if (outcome === undefined) return later();
    if (outcome.ok) return { value: outcome.value, fetchedAt: now(), stale: false };
    return old(outcome.error);
  }

  return {
    fresh,

    /** The first page of a category by market cap (moves for every window, series when needed). */
    async sectorRows(categoryId: string, need: Need): Promise<Figure<QuoteRow[]>> {
      const key = `sector:${categoryId}`;
      if (need.series) seriesWanted.add(key);
      const figure = await read<SectorRows>(
        key,
        SectorRowsSchema,
        fresh.sectorRows,
        need,
        async () => {
          const series = seriesWanted.delete(key);
          const rows = await provider.categoryQuotes(categoryId, { series });
          await membership.learn(categoryId, rows.map((row) => row.id), rows.length < provider.categoryPageSize);
          return { rows, series };
        },
        (value) => !need.series || value.series,
      );
      return { ...figure, value: figure.value?.rows ?? null };
    },

    /** Rows for coins found in no sector we fetch, one cache entry per coin, batched per request. */
    async tokenRows(ids: readonly string[], need: Need): Promise<Map<string, Figure<QuoteRow | null>>> {
      const out = new Map<string, Figure<QuoteRow | null>>();
      const unique = [...new Set(ids)];
      const keyOf = (id: string) => `token:${id}`;
      // Fresh ones straight from cache; the rest in batches, one queued request each.
      const missing: string[] = [];
      for (const id of unique) {
        const entry = await cache.get(keyOf(id), TokenRowSchema);
        if (entry && now() - entry.fetchedAt <= fresh.tokenRow && (!need.series || entry.value.series || entry.value.row === null)) {
          out.set(id, { value: entry.value.row, fetchedAt: entry.fetchedAt, stale: false });
        } else missing.push(id);
      }
      for (let start = 0; start < missing.length; start += provider.maxIdsPerCall) {
        const batch = missing.slice(start, start + provider.maxIdsPerCall).sort();
        const batchKey = `tokens:${batch.join(',')}`;
        const figure = await read<Record<string, TokenRow>>(
          batchKey,
          z.record(z.string(), TokenRowSchema),
          0, // the batch itself is never reused; its rows are, per coin
          need,
          async () => {
            const series = need.series ?? false;
            const rows = await provider.quotesByIds(batch, { series });
            const byId = new Map(rows.map((row) => [row.id, row]));
            const perCoin = batch.map((id) => [keyOf(id), { row: byId.get(id) ?? null, series }] as const);
            await cache.put(perCoin);
            return Object.fromEntries(batch.map((id) => [id, { row: byId.get(id) ?? null, series }]));
          },
        );
        for (const id of batch) {
          const fromBatch = figure.value?.[id];
          if (fromBatch && !figure.stale) {
            out.set(id, { value: fromBatch.row, fetchedAt: figure.fetchedAt, stale: false });
            continue;
          }
          const entry = await cache.get(keyOf(id), TokenRowSchema);
          out.set(id, entry ? { value: entry.value.row, fetchedAt: entry.fetchedAt, stale: true, ...(figure.error ? { error: figure.error } : {}) } : { value: null, fetchedAt: null, stale: true, ...(figure.error ? { error: figure.error } : {}) });
        }
      }
      return out;
    },

    /** The provider's own figure per category (CoinGecko: market-cap change 24h). Display only. */
    categoryFigures(need: Need = { priority: 'background' }): Promise<Figure<Record<string, number | null>>> {
      return read('category-figures', FiguresSchema, fresh.categoryFigures, need, async () =>
        Object.fromEntries((await provider.categoryFigures()).map((row) => [row.id, row.change24h])),
      );
    },

    categoryList(need: Need): Promise<Figure<CategoryEntry[]>> {
      return read('category-list', ListSchema, fresh.categoryList, need, () => provider.categoryList());
    },

    /** A coin's category display names (the last resort for a coin whose sectors we do not know). */
    coinCategoryNames(coinId: string, need: Need): Promise<Figure<string[]>> {
      return read(`coin-categories:${coinId}`, NamesSchema, fresh.coinCategories, need, () => provider.coinCategoryNames(coinId));
    },

    /** What the daily lexicon rebuild needs, as background work: the top coins and every coin id. */
    async lexiconSources(pages = LEXICON_PAGES): Promise<{ markets: { id: string; symbol: string; name: string; market_cap_rank: number | null }[]; list: CoinEntry[] }> {
      const forever = 24 * 60 * MINUTE;
      const markets: { id: string; symbol: string; name: string; market_cap_rank: number | null }[] = [];
      for (let page = 1; page <= pages; page++) {
        const rows = await scheduler.request(`lexicon:top:${page}`, 'background', () => provider.topQuotes(page), forever).promise;
        markets.push(...rows.map((row) => ({ id: row.id, symbol: row.symbol, name: row.name, market_cap_rank: row.marketCapRank })));
      }
      const list = await scheduler.request('lexicon:list', 'background', () => provider.coinList(), forever).promise;
      return { markets, list };
    },
  };
}
export type MarketData = ReturnType<typeof createMarketData>;

/** The lexicon's ranked part: the top 1,000 coins by market cap (4 pages of 250). */
export const LEXICON_PAGES = 4;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: MarketError };

async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Outcome<T> | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Outcome<T> => ({ ok: true, value }),
        (error: unknown): Outcome<T> => ({ ok: false, error: error instanceof MarketError ? error : new MarketError('offline', String(error)) }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
