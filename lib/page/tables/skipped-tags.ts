/**
 * The elements whose text is never scanned on any site (lib/page/skip-rules.ts): scripts and
 * styles, embedded and media content, form controls, code, the document's head, and our own
 * card's host element (`CARD_HOST_TAG`; test/unit/page/site-profile.test.ts checks it is here).
 * Data only: the content script's build carries a stand-in for this module, filled from the
 * tables the background sends with the lexicon, as the site scopes beside it are
 * (lib/page/README.md). Nothing asks it before that reply: a page session, which alone walks
 * and judges elements, starts after it, and a reply whose tables do not fit starts none.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'canvas', 'video', 'audio',
  'input', 'textarea', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var',
  'head', 'title',
  'sector-lens-card',
]);
