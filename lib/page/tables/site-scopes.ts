/**
 * The scan scope of each site profile (lib/page/site-profile.ts), by the profile's place in
 * SITE_PROFILES: which elements' text is scanned, which subtrees never, and where the site shows
 * its own card. Data only: the content script's build carries a stand-in for this module, filled
 * from the tables the background sends with the lexicon (lib/build-page-bundle.ts, `tableStandIns`;
 * lib/page/README.md), as the detector's tables are. Nothing reads it before that reply: a page
 * session starts after the lexicon arrives, and a profile without a scope here (the generic one,
 * or any before the fill) scans the whole document.
 *
 * The selectors describe each site's markup as we know it (attribute names the sites ship for
 * their own tests and accessibility, custom element names); sites change, so each entry is a
 * best effort that fails open: a selector that stops matching scans a little more, never less.
 */

export interface SiteScope {
  /**
   * Only text inside an element matching one of these is scanned (a timeline, a thread); text
   * anywhere else (chrome, sidebars, footers) is not. Empty: the whole document.
   */
  readonly roots: readonly string[];
  /** Subtrees never scanned on this site: navigation, trend boxes, the composer, pop-up layers. */
  readonly skip: readonly string[];
  /**
   * Elements for which the site shows its own hover card for the same token (X's cashtag links).
   * Mentions inside them are painted and counted, but resting the pointer there leaves the hover
   * to the site; our card for them opens from the popup's list.
   */
  readonly siteCard?: string;
}

/** In the order of SITE_PROFILES: X, Reddit, Binance Square. */
export const SITE_SCOPES: readonly SiteScope[] = [
  {
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
    siteCard: 'a[href*="/search?q=%24"], a[href*="/search?q=$"]',
  },
  {
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
  },
  {
    roots: ['main', '#__APP'],
    skip: [
      'header', 'nav', 'footer', 'aside',
      // Trending hashtags and coins boxes, the post composer.
      '[class*="trending"]', '[class*="hot-topic"]', '[class*="editor"]',
    ],
  },
];
