/**
 * Build-time switches (documented in the README). Pure so it can be unit-tested; wxt.config.ts is
 * the only caller.
 */
import { PRO_API_BASE, PUBLIC_API_BASE } from './market/providers/coingecko/hosts';

/** The store build's base URL: CoinGecko's public host (hosts are defined once, in the provider). */
export const STORE_API_BASE = PUBLIC_API_BASE;
export { PRO_API_BASE };

export interface BuildEnvironment {
  apiBase: string;
  extraMatches: string[];
  hostPermissions: string[];
  /** Where WXT writes builds (SECTOR_LENS_OUT_DIR, used by the test suite). */
  outDir: string;
  /** Source maps for the page-side bundles (SECTOR_LENS_PAGE_SOURCEMAP=1, for `npm run bench:size`). */
  pageSourceMaps: boolean;
}

/** `https://host:port/path` → `https://host/*` (match patterns carry no port; they match any). */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

export function buildEnvironment(vars: Record<string, string | undefined>): BuildEnvironment {
  const rawBase = vars.SECTOR_LENS_API_BASE?.trim();
  const apiBase = (rawBase || STORE_API_BASE).replace(/\/+$/, '');
  try {
    new URL(apiBase);
  } catch {
    throw new Error(`SECTOR_LENS_API_BASE is not a URL: ${JSON.stringify(rawBase)}`);
  }
  const extraMatches = (vars.SECTOR_LENS_EXTRA_MATCHES ?? '')
    .split(',')
    .map((pattern) => pattern.trim())
    .filter(Boolean);
  const hostPermissions = [
    ...new Set([originPattern(STORE_API_BASE), originPattern(PRO_API_BASE), originPattern(apiBase), ...extraMatches]),
  ];
  return { apiBase, extraMatches, hostPermissions, outDir: vars.SECTOR_LENS_OUT_DIR?.trim() || '.output', pageSourceMaps: vars.SECTOR_LENS_PAGE_SOURCEMAP === '1' };
}
