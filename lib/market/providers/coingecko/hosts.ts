/**
 * CoinGecko's hosts and key headers, defined once (the build's host permissions come from here
 * too, through lib/build-env.ts), and which host a plan and key need.
 */
import type { ApiPlan } from '../../../model';

declare const __SECTOR_LENS_API_BASE__: string;

export const PUBLIC_API_BASE = 'https://api.coingecko.com/api/v3';
export const PRO_API_BASE = 'https://pro-api.coingecko.com/api/v3';

export const KEY_HEADER: Record<Exclude<ApiPlan, 'keyless'>, string> = {
  demo: 'x-cg-demo-api-key',
  pro: 'x-cg-pro-api-key',
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
