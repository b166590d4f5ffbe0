import type { Lexicon } from './lexicon/compile-lexicon';
import type { LongTailIndex } from './long-tail/long-tail-index';
import { resolveLongTail } from './long-tail/resolve-long-tail';
import { collectBindings, createPageContext, type PageContextOptions } from './scan/page-context';
import { findMentions } from './scan/find-mentions';
import type { Mention } from './types';

/**
 * A whole document as one page: bindings first, then mentions, with strong-form candidates the
 * compact lexicon lacks resolved against the long tail. What the command line prints.
 */
export function detectDocument(text: string, lexicon: Lexicon, longTail: LongTailIndex, options: PageContextOptions = {}): Mention[] {
  const page = createPageContext(options);
  collectBindings(page, text, lexicon);
  const { mentions, unresolved } = findMentions(text, lexicon, page);
  return [...mentions, ...resolveLongTail(unresolved, longTail, options.date)].sort((a, b) => a.start - b.start);
}
