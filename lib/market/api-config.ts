/** Which host and header to use, from the build default, the settings override and the key. */
import type { Credentials } from '../settings/credentials';
import { CoinGeckoClient } from './client';

declare const __SECTOR_LENS_API_BASE__: string;

/** The build's default base URL (SECTOR_LENS_API_BASE at build time, else CoinGecko's). */
export function buildDefaultApiBase(): string {
  return typeof __SECTOR_LENS_API_BASE__ === 'string' ? __SECTOR_LENS_API_BASE__ : 'https://api.coingecko.com/api/v3';
}

export const PRO_HOST_BASE = 'https://pro-api.coingecko.com/api/v3';

export function resolveApiBase(settingsOverride: string, credentials: Credentials, buildDefault = buildDefaultApiBase()): string {
  if (settingsOverride.trim()) return settingsOverride.trim();
  // A Pro key only works on the pro host (error 10010 otherwise) — unless the build points elsewhere.
  if (credentials.plan === 'pro' && buildDefault === 'https://api.coingecko.com/api/v3') return PRO_HOST_BASE;
  return buildDefault;
}

export function createClient(settingsOverride: string, credentials: Credentials): CoinGeckoClient {
  return new CoinGeckoClient({ baseUrl: resolveApiBase(settingsOverride, credentials), plan: credentials.plan, key: credentials.key });
}
