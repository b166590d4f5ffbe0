/**
 * The name every message travels under, by key: the one place a message-name string is written.
 * Kept apart from protocol.ts (the zod schemas), so the page side can address messages without
 * bundling zod (lib/messaging/README.md).
 */
/** What the content script sends (page-guards.ts' PageSentMessage): a table of its own, so that
 * news.js holds these names and not the popup's and options page's (−73 B gzip). */
export const PAGE_SENT_NAMES = {
  reportPage: 'page.report',
  resolveLongTail: 'lexicon.resolve',
  getLexicon: 'lexicon.get',
  datePage: 'page.date',
  listAlternatives: 'lexicon.alternatives',
  openOptions: 'options.open',
} as const;

export const TO_BACKGROUND_NAMES = {
  getViews: 'views.get',
  listCategories: 'categories.list',
  enableSite: 'sites.enable',
  testApiKey: 'market.testKey',
  getBudget: 'market.budget',
  ...PAGE_SENT_NAMES,
} as const;

export const TO_CONTENT_NAMES = {
  getPageMentions: 'page.mentions',
  revealMention: 'page.reveal',
  /** The "open card" shortcut: the mention nearest the middle of the viewport. */
  openNearestCard: 'page.openNearestCard',
} as const;

export const MESSAGE_NAMES = { ...TO_BACKGROUND_NAMES, ...TO_CONTENT_NAMES };

/** Every message travels in this envelope, so foreign messages are told apart cheaply. */
export const CHANNEL = 'sector-lens';
