/**
 * What the content script runs of lib/detect: compile the lexicon it is sent, collect a page's
 * bindings, find mentions. The page imports this instead of index.ts, whose other exports
 * (lexicon building, loading with zod, the long tail) build tables and schemas when the module
 * is evaluated, which every tab would otherwise pay for (lib/page/README.md, composition).
 */
export type { Mention, SymbolPins, UnresolvedCandidate } from './types';
export type { Lexicon } from './lexicon/compile-lexicon';
export type { CompactLexicon } from './lexicon/compact-format';
export { compileLexicon } from './lexicon/compile-lexicon';
export { createPageContext, collectBindings } from './scan/page-context';
export { findMentions } from './scan/find-mentions';
