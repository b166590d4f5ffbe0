/**
 * Sites as the settings store them. A site the reader adds is an origin ("https://example.com"):
 * that is the unit browsers grant host permission for, so storing anything wider (a wildcard host,
 * a catch-all pattern) would claim more than the reader agreed to.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { DEFAULT_SITES, type NewsSite } from '../sites/default-sites';

/** "https://example.com" — http(s), no wildcard, no path, no credentials. */
export function isSiteOrigin(value: string): boolean {
  if (!/^https?:\/\/[^/*]+$/.test(value)) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** The origin a page's URL belongs to, when Sector Lens could run there at all (http or https). */
export function siteOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return isSiteOrigin(parsed.origin) ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern that covers every page of an origin (ports are not part of match patterns). */
export function originMatchPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

export function hostOf(origin: string): string {
  return new URL(origin).hostname;
}

/** The default news site whose patterns cover this URL, if any. */
export function defaultSiteFor(url: string): NewsSite | undefined {
  return DEFAULT_SITES.find((site) => site.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
}

/** Host names a default site runs on; switching the site off lists them in settings.disabledSites. */
export function defaultSiteHosts(site: NewsSite): string[] {
  return [...new Set(site.matches.map((pattern) => new URL(pattern.replace(/\*/g, 'x')).hostname))];
}
