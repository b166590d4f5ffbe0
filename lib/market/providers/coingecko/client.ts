/**
 * The CoinGecko client: URL building, auth header, timeout, status → typed error, schema
 * validation. One request per call, no retries: caching and the request governor wrap it.
 * Why not the official SDK: see README.md beside this file.
 */
import type { z } from 'zod';
import type { ApiPlan } from '../../../model';
import { MarketError } from '../../errors';
import { KEY_HEADER } from './hosts';
import { errorForStatus } from './http-errors';
import {
  CategoriesListResponseSchema,
  CategoriesResponseSchema,
  CoinDetailSchema,
  CoinsListResponseSchema,
  MarketsResponseSchema,
  PingSchema,
  type CategoryListEntry,
  type CategoryRow,
  type CoinDetail,
  type CoinsListRow,
  type MarketRow,
} from './schemas';

export interface ClientConfig {
  baseUrl: string;
  plan: ApiPlan;
  key: string;
  /** Per request; tests inject a short one. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Every move window the views can ask for, fetched in one go so switching windows costs nothing. */
const ALL_WINDOWS = '1h,24h,7d';
type Params = Record<string, string | number | undefined>;

export class CoinGeckoClient {
  constructor(private readonly config: ClientConfig) {}

  get plan(): ApiPlan {
    return this.config.plan;
  }

  /** One market page of a category: the sector's rows (with `sparkline`, each row's 7-day hourly series). */
  marketsByCategory(categoryId: string, sparkline = false): Promise<MarketRow[]> {
    return this.get('/coins/markets', { ...marketParams(sparkline), category: categoryId }, MarketsResponseSchema);
  }

  /** /coins/markets for explicit ids; CoinGecko takes at most 250 a call. */
  marketsByIds(ids: readonly string[], sparkline = false): Promise<MarketRow[]> {
    if (ids.length > 250) throw new RangeError('marketsByIds takes at most 250 ids');
    return this.get('/coins/markets', { ...marketParams(sparkline), ids: ids.join(',') }, MarketsResponseSchema);
  }

  /** One page of the whole market by market cap, ranks only (the lexicon's refresh). */
  marketsTop(page: number): Promise<MarketRow[]> {
    return this.get('/coins/markets', { vs_currency: 'usd', order: 'market_cap_desc', per_page: 250, page }, MarketsResponseSchema);
  }

  coinsList(): Promise<CoinsListRow[]> {
    return this.get('/coins/list', {}, CoinsListResponseSchema);
  }

  categories(): Promise<CategoryRow[]> {
    return this.get('/coins/categories', {}, CategoriesResponseSchema);
  }

  categoriesList(): Promise<CategoryListEntry[]> {
    return this.get('/coins/categories/list', {}, CategoriesListResponseSchema);
  }

  /** Only what /coins/{id} needs to tell us a coin's categories; the heavy parts are switched off. */
  coinDetail(id: string): Promise<CoinDetail> {
    const params = { localization: 'false', tickers: 'false', market_data: 'false', community_data: 'false', developer_data: 'false', sparkline: 'false' };
    return this.get(`/coins/${encodeURIComponent(id)}`, params, CoinDetailSchema);
  }

  async ping(): Promise<void> {
    await this.get('/ping', {}, PingSchema);
  }

  async get<T extends z.ZodTypeAny>(path: string, params: Params, schema: T): Promise<z.infer<T>> {
    const { plan, key, timeoutMs = DEFAULT_TIMEOUT_MS } = this.config;
    const doFetch = this.config.fetch ?? fetch;
    const now = this.config.now ?? Date.now;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (plan !== 'keyless' && key) headers[KEY_HEADER[plan]] = key;
    let response: Response;
    let text: string;
    try {
      // The timeout covers the body too: a server can hang after sending its headers.
      const signal = AbortSignal.timeout(timeoutMs);
      response = await doFetch(this.url(path, params), { headers, signal, credentials: 'omit' });
      text = await response.text();
    } catch (error) {
      if (isAbort(error)) throw new MarketError('timeout', `CoinGecko did not answer within ${formatSeconds(timeoutMs)}`);
      throw new MarketError('offline', 'Could not reach CoinGecko (offline or blocked)');
    }
    const body = parseJson(text);
    if (!response.ok) throw errorForStatus(response.status, response.headers, body, plan, now());
    if (body === undefined) throw new MarketError('bad-response', `CoinGecko sent something that is not JSON (${path})`, { status: response.status });
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new MarketError('bad-response', `Unexpected data from CoinGecko (${path})`, { status: response.status });
    return parsed.data;
  }

  private url(path: string, params: Params): string {
    const url = new URL(this.config.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }
}

function marketParams(sparkline: boolean): Params {
  return { vs_currency: 'usd', per_page: 250, price_change_percentage: ALL_WINDOWS, sparkline: sparkline ? 'true' : 'false' };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
