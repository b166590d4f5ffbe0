/**
 * What Sector Lens knows about the structure of the sites where crypto readers spend their time:
 * data, resolved once from the page's URL in the content script and handed down to the scanner,
 * the mutation watcher and the hover as inputs. Every other site gets GENERIC_PROFILE.
 *
 * The selectors describe each site's markup as we know it (attribute names the sites ship for
 * their own tests and accessibility, custom element names); sites change, so each entry is a
 * best effort that fails open: a selector that stops matching scans a little more, never less.
 * README (lib/page) says how X's own cashtag card and ours share the pointer.
 */

export interface SiteProfile {
  /** Host names the profile is for (the host itself or any subdomain of it). */
  readonly hosts: readonly string[];
  /** When set, only these paths of the hosts (Binance Square is one section of binance.com). */
  readonly path?: RegExp;
  /**
   * Only text inside an element matching one of these is scanned (a timeline, a thread); text
   * anywhere else (chrome, sidebars, footers) is not. Empty: the whole document.
   */
  readonly roots: readonly string[];
  /** Subtrees never scanned on this site: navigation, trend boxes, the composer, pop-up layers. */
  readonly skip: readonly string[];
  /** Whether the site's components keep their text in open shadow roots. */
  readonly shadowRoots: boolean;
  /** Where one post's publication time is, for pages that are many posts (a feed, a thread). */
  readonly post?: { readonly container: string; readonly time: string };
  /**
   * Elements for which the site shows its own hover card for the same token (X's cashtag links).
   * Mentions inside them are painted and counted, but resting the pointer there leaves the hover
   * to the site; our card for them opens from the popup's list.
   */
  readonly siteCard?: string;
}

export const GENERIC_PROFILE: SiteProfile = {
  hosts: [],
  roots: [],
  skip: [],
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
  // The primary column: the timeline, a post and its replies, search results.
  roots: ['[data-testid="primaryColumn"]', 'main[role="main"]'],
  skip: [
    'nav', 'header[role="banner"]', '[role="navigation"]',
    // Trends and "what's happening" boxes, who-to-follow, the sidebar search.
    '[data-testid="sidebarColumn"]', '[data-testid="trend"]', '[aria-label="Timeline: Trending now"]',
    // The composer and its toolbar (the editor itself is a textbox, skipped everywhere).
    '[data-testid="toolBar"]', '[data-testid^="tweetTextarea"]',
    // Menus, hover cards (X's own cashtag card among them) and dialogs live in #layers.
    '#layers',
  ],
  shadowRoots: false,
  post: { container: 'article[data-testid="tweet"]', time: 'time[datetime]' },
  siteCard: 'a[href*="/search?q=%24"], a[href*="/search?q=$"]',
};

export const REDDIT_PROFILE: SiteProfile = {
  hosts: ['reddit.com'],
  // New Reddit is custom elements; posts and comments keep their body text in slotted light DOM
  // and some of their chrome in open shadow roots.
  roots: ['main', 'shreddit-app', '#main-content'],
  skip: [
    'nav', 'reddit-header-large', 'reddit-header-small', 'left-nav', 'flex-left-nav-container',
    '#left-sidebar-container', 'reddit-recent-pages', 'community-highlight-carousel',
    // Composers (the editors themselves are contenteditable or textboxes, skipped everywhere).
    'shreddit-composer', 'comment-composer-host', 'faceplate-textarea-input', 'shreddit-async-loader[bundlename="comment_composer"]',
    // The right-hand rail: community info, trending.
    '#right-sidebar-container',
  ],
  shadowRoots: true,
  post: { container: 'shreddit-post, shreddit-comment', time: 'time[datetime]' },
};

export const BINANCE_SQUARE_PROFILE: SiteProfile = {
  hosts: ['binance.com'],
  path: /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?square(?:\/|$)/,
  roots: ['main', '#__APP'],
  skip: [
    'header', 'nav', 'footer', 'aside',
    // Trending hashtags and coins boxes, the post composer.
    '[class*="trending"]', '[class*="hot-topic"]', '[class*="editor"]',
  ],
  shadowRoots: false,
  post: { container: 'article, [data-testid="feed-item"]', time: 'time[datetime]' },
};

export const SITE_PROFILES: readonly SiteProfile[] = [X_PROFILE, REDDIT_PROFILE, BINANCE_SQUARE_PROFILE];

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
