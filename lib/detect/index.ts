/**
 * lib/detect — finds the coins a text mentions. Pure: no DOM, no browser APIs, no network.
 *
 * Content script (per tab, compact lexicon from public/data/lexicon-top.json, ~18 KB, ~0.5 MB heap):
 *   const lexicon = parseLexicon(json);                  // once per tab
 *   const page = createPageContext({ pins, date });      // pins: { ATH: 'aethir' }; date: the text's YYYY-MM-DD
 *   for (const text of initialTextNodes) collectBindings(page, text, lexicon);
 *   for (const text of initialTextNodes) findMentions(text, lexicon, page); // → {mentions, unresolved}
 *   // infinite scroll: for new text do collectBindings, then findMentions, with the same `page`.
 *   // (collectBindings keeps its scan of each text until findMentions takes it: call both.)
 *
 * Background (full /coins/list, public/data/coins-long-tail.json):
 *   const longTail = parseLongTail(json);
 *   resolveLongTail(unresolved, longTail)                // → more mentions for strong forms
 *   buildLexicon({ markets, list, ... })                 // daily refresh from /coins/markets + /coins/list
 *
 * Forms, strongest first: "Name (SYM)", "$SYM", pairs ("SOL/USDT", "SOLUSDT", "ETH-USD"),
 * names ("Bittensor"; ordinary-word names like "Render" only with crypto context), bare
 * upper-case tickers (not acronyms such as ATH/SEC/ETF unless the page binds them).
 * Mentions never overlap, are sorted by start, and `text.slice(start, end)` is the mention.
 */
export type { DetectionResult, Mention, MentionForm, NamePolicy, SymbolPins, UnresolvedCandidate } from './types';
export type { Lexicon, LexiconCoin } from './lexicon/compile-lexicon';
export type { CompactLexicon, CompactLongTail } from './lexicon/compact-format';
export type { LongTailIndex } from './long-tail/long-tail-index';
export type { PageContext, PageContextOptions } from './scan/page-context';
export type { BuildLexiconInput, BuiltLexicon, ListRowInput, MarketRowInput } from './lexicon/build-lexicon';
export type { IsOrdinaryWord } from './lexicon/name-policy';

export { buildLexicon } from './lexicon/build-lexicon';
export { compileLexicon } from './lexicon/compile-lexicon';
export { compactLexiconSchema, compactLongTailSchema } from './lexicon/compact-format';
export { parseLexicon, parseLongTail } from './lexicon/load-lexicon';
export { buildLongTailIndex } from './long-tail/long-tail-index';
export { resolveLongTail } from './long-tail/resolve-long-tail';
export { createPageContext, collectBindings } from './scan/page-context';
export { findMentions } from './scan/find-mentions';
export { ordinaryWordsOf } from './lexicon/ordinary-words-of';
export { detectDocument } from './detect-document';
