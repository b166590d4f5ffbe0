/**
 * What Sector Lens knows about the structure of the sites where crypto readers spend their time:
 * data, resolved once from the page's URL in the content script and handed down to the scanner,
 * the mutation watcher and the hover as inputs. Every other site gets GENERIC_PROFILE.
 *
 * The selectors describe each site's markup as we know it (attribute names the sites ship for
 * their own tests and accessibility, custom element names); sites change, so each entry is a
 * best effort that fails open: a selector that stops matching scans a little more, never less.
 * README (lib/page) says how X's own cashtag card and ours share the pointer. Each profile's scan
 * scope (roots, skipped subtrees, the site's own card) is data in tables/site-scopes.ts, which the
 * content script receives with the lexicon instead of carrying it (`siteScope`).
 */
import { SITE_SCOPES, type SiteScope } from './tables/site-scopes';

export interface SiteProfile {
  /** Host names the profile is for (the host itself or any subdomain of it). */
  readonly hosts: readonly string[];
  /** When set, only these paths of the hosts (Binance Square is one section of binance.com). */
  readonly path?: RegExp;
  /** Whether the site's components keep their text in open shadow roots. */
  readonly shadowRoots: boolean;
  /** Where one post's publication time is, for pages that are many posts (a feed, a thread). */
  readonly post?: { readonly container: string; readonly time: string };
}

export const GENERIC_PROFILE: SiteProfile = {
  hosts: [],
  shadowRoots: true,
};

/*
 * The three sites below move to another page client-side (pushState, the Navigation API: the
 * document stays and its content is swapped); location-watch.ts follows any site that does.
 * A profile has no name field: nothing in the content script names one (`siteProfileName`, for
 * tests and benches, tells them apart), which keeps the names out of news.js.
 */
export const X_PROFILE: SiteProfile = {
  hosts: ['x.com', 'twitter.com'],
  shadowRoots: false,
  post: { container: 'article[data-testid="tweet"]', time: 'time[datetime]' },
};

export const REDDIT_PROFILE: SiteProfile = {
  hosts: ['reddit.com'],
  shadowRoots: true,
  post: { container: 'shreddit-post, shreddit-comment', time: 'time[datetime]' },
};

export const BINANCE_SQUARE_PROFILE: SiteProfile = {
  hosts: ['binance.com'],
  path: /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?square(?:\/|$)/,
  shadowRoots: false,
  post: { container: 'article, [data-testid="feed-item"]', time: 'time[datetime]' },
};

/** In the order of SITE_SCOPES (lib/page/tables/site-scopes.ts), which holds each one's scan scope. */
export const SITE_PROFILES: readonly SiteProfile[] = [X_PROFILE, REDDIT_PROFILE, BINANCE_SQUARE_PROFILE];

const NO_SCOPE: SiteScope = { roots: [], skip: [] };

/**
 * A profile's scan roots, skipped subtrees and site card (SITE_SCOPES, by its place in
 * SITE_PROFILES). In the content script the scopes arrive with the lexicon: a site's profile is
 * asked only once a page session starts, after that reply. The generic profile has none (the whole
 * document is scanned), and is the one asked while the script loads (scan-scope.ts' GENERIC_SCOPE):
 * its place is -1, which no list holds, filled or not.
 */
export function siteScope(profile: SiteProfile): SiteScope {
  return SITE_SCOPES[SITE_PROFILES.indexOf(profile)] ?? NO_SCOPE;
}

/** A profile's name, for tests and benches. */
export function siteProfileName(profile: SiteProfile): 'x' | 'reddit' | 'binance-square' | 'generic' {
  return profile === X_PROFILE ? 'x' : profile === REDDIT_PROFILE ? 'reddit' : profile === BINANCE_SQUARE_PROFILE ? 'binance-square' : 'generic';
}

function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/** The profile for a page URL: the first whose host and path match, else GENERIC_PROFILE. */
export function resolveSiteProfile(url: string | URL, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return GENERIC_PROFILE;
  }
  const hostname = parsed.hostname.toLowerCase();
  return (
    profiles.find((profile) => profile.hosts.some((host) => hostMatches(hostname, host)) && (!profile.path || profile.path.test(parsed.pathname))) ??
    GENERIC_PROFILE
  );
}
