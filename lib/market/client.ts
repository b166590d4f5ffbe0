/**
 * The CoinGecko client: URL building, auth header, timeouts, status → typed error, schema
 * validation. Caching and rate limiting wrap it (lib/market/cache, lib/market/limiter).
 */
import type { z } from 'zod';
import { MarketError } from './errors';
import { ErrorBodySchema, errorCode, errorMessage, MarketsResponseSchema, type MarketRow } from './schemas';

export type ApiPlan = 'keyless' | 'demo' | 'pro';

export interface ClientConfig {
  baseUrl: string;
  plan: ApiPlan;
  key: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

const KEY_HEADER: Record<Exclude<ApiPlan, 'keyless'>, string> = {
  demo: 'x-cg-demo-api-key',
  pro: 'x-cg-pro-api-key',
};

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? date : undefined;
}

export class CoinGeckoClient {
  constructor(private readonly config: ClientConfig) {}

  private url(path: string, params: Record<string, string | number | undefined>): string {
    const url = new URL(this.config.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async get<T extends z.ZodTypeAny>(path: string, params: Record<string, string | number | undefined>, schema: T): Promise<z.infer<T>> {
    const { plan, key, timeoutMs = 15_000 } = this.config;
    const doFetch = this.config.fetch ?? fetch;
    const now = this.config.now ?? Date.now;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (plan !== 'keyless' && key) headers[KEY_HEADER[plan]] = key;
    let response: Response;
    try {
      response = await doFetch(this.url(path, params), { headers, signal: AbortSignal.timeout(timeoutMs), credentials: 'omit' });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new MarketError('timeout', `CoinGecko did not answer within ${Math.round(timeoutMs / 1000)} s`);
      }
      throw new MarketError('offline', 'Could not reach CoinGecko');
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) throw this.statusError(response, body, now());
    if (body === undefined) throw new MarketError('bad-response', 'CoinGecko sent something that is not JSON', { status: response.status });
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new MarketError('bad-response', `Unexpected data from CoinGecko (${path})`, { status: response.status });
    return parsed.data;
  }

  private statusError(response: Response, body: unknown, now: number): MarketError {
    const status = response.status;
    const parsed = ErrorBodySchema.safeParse(body);
    const apiMessage = parsed.success ? errorMessage(parsed.data) : undefined;
    const code = parsed.success ? errorCode(parsed.data) : undefined;
    if (status === 429) {
      const retryAt = retryAfterMs(response.headers.get('retry-after'), now);
      return new MarketError('rate-limited', 'CoinGecko rate limit reached', { status, ...(retryAt ? { retryAt } : {}) });
    }
    if (status === 401 || status === 403 || code === 10002 || code === 10010 || code === 10011) {
      return new MarketError('unauthorized', apiMessage ?? 'CoinGecko refused the request (API key needed or wrong)', { status });
    }
    if (status === 404) return new MarketError('not-found', apiMessage ?? 'Not found', { status });
    if (status >= 500) return new MarketError('server', `CoinGecko server error (${status})`, { status });
    return new MarketError('bad-response', apiMessage ?? `Unexpected HTTP ${status}`, { status });
  }

  /** /coins/markets for explicit ids (≤ 250 per call). */
  marketsByIds(ids: readonly string[], windows: readonly string[]): Promise<MarketRow[]> {
    return this.get(
      '/coins/markets',
      { vs_currency: 'usd', ids: ids.join(','), per_page: 250, price_change_percentage: windows.join(','), sparkline: 'true' },
      MarketsResponseSchema,
    );
  }
}
