/** HTTP status + CoinGecko error body → a typed MarketError. */
import type { ApiPlan } from '../../../model';
import { MarketError } from '../../errors';
import { ErrorBodySchema, errorCode, errorMessage } from './schemas';

/** CoinGecko puts no window length in a 429 without Retry-After; its limits are per minute. */
export const DEFAULT_RATE_LIMIT_PAUSE_MS = 60_000;

/** Retry-After is seconds or an HTTP date; either way → epoch ms. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header?.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? date : undefined;
}

export function errorForStatus(status: number, headers: Headers, body: unknown, plan: ApiPlan, now: number): MarketError {
  const parsed = ErrorBodySchema.safeParse(body);
  const apiMessage = parsed.success ? errorMessage(parsed.data) : undefined;
  const code = parsed.success ? errorCode(parsed.data) : undefined;
  if (status === 429) {
    const retryAt = parseRetryAfter(headers.get('retry-after'), now) ?? now + DEFAULT_RATE_LIMIT_PAUSE_MS;
    return new MarketError('rate-limited', 'CoinGecko rate limit reached', { status, retryAt });
  }
  if (code === 10010 || code === 10011) {
    return new MarketError('unauthorized', `The API key does not match the API host: ${apiMessage ?? 'check the plan'}`, { status });
  }
  if (status === 401 || status === 403 || code === 10002) {
    const message =
      plan === 'keyless'
        ? 'CoinGecko refused a request without an API key: add a free Demo key in the options.'
        : `CoinGecko refused the API key${apiMessage ? `: ${apiMessage}` : ''}`;
    return new MarketError('unauthorized', message, { status });
  }
  if (status === 404) return new MarketError('not-found', apiMessage ?? 'CoinGecko does not know this item', { status });
  if (status >= 500) return new MarketError('server', `CoinGecko server error (HTTP ${status})`, { status });
  return new MarketError('bad-response', apiMessage ?? `Unexpected HTTP ${status} from CoinGecko`, { status });
}
