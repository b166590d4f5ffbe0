/** Which host, header and request budget go with a plan; the base URL from build, settings and key. */
import type { ApiPlan } from '../model';

declare const __SECTOR_LENS_API_BASE__: string;

export const PUBLIC_API_BASE = 'https://api.coingecko.com/api/v3';
export const PRO_API_BASE = 'https://pro-api.coingecko.com/api/v3';

export const KEY_HEADER: Record<Exclude<ApiPlan, 'keyless'>, string> = {
  demo: 'x-cg-demo-api-key',
  pro: 'x-cg-pro-api-key',
};

export interface RequestBudget {
  /** Requests that may go out back to back. */
  burst: number;
  /** Sustained requests per minute. */
  perMinute: number;
}

/**
 * Kept under each plan's published limit (SOURCES.md): keyless is IP-limited at "roughly 10–30"
 * a minute, Demo 30/min (older docs and the pricing page; newer docs say 100), Pro ≥ 250/min.
 * The burst lets a cold page (8 sectors + 2) go out at once; the sustained rate is what counts.
 */
export const PLAN_BUDGETS: Record<ApiPlan, RequestBudget> = {
  keyless: { burst: 10, perMinute: 10 },
  demo: { burst: 20, perMinute: 28 },
  pro: { burst: 50, perMinute: 240 },
};

/** The build's default base URL (SECTOR_LENS_API_BASE at build time, else CoinGecko's). */
export function buildDefaultApiBase(): string {
  return typeof __SECTOR_LENS_API_BASE__ === 'string' ? __SECTOR_LENS_API_BASE__ : PUBLIC_API_BASE;
}

/**
 * Settings override > build default; a Pro key moves the public host to the pro host (a Pro key on
 * api.coingecko.com fails with 10010), and a Demo key moves the pro host back (10011).
 */
export function resolveApiBase(settingsOverride: string, plan: ApiPlan, buildDefault = buildDefaultApiBase()): string {
  const base = (settingsOverride.trim() || buildDefault).replace(/\/+$/, '');
  if (plan === 'pro' && base === PUBLIC_API_BASE) return PRO_API_BASE;
  if (plan !== 'pro' && base === PRO_API_BASE) return PUBLIC_API_BASE;
  return base;
}
