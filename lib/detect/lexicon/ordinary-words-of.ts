import type { CompactLexicon } from './compact-format';
import { NAME_NEEDS_CONTEXT, NAME_POLICY_BITS, SYMBOL_IS_WORD } from './compact-flags';
import type { IsOrdinaryWord } from './name-policy';
import { nameKey } from '../text/tokenize';

/**
 * An ordinary-word test for the background's daily rebuild, which has no dictionary: words the
 * shipped snapshot classified keep their class, and a name never seen before counts as a word
 * (so a new coin called "Rain" needs crypto context until the next release's snapshot).
 */
export function ordinaryWordsOf(snapshot: CompactLexicon): IsOrdinaryWord {
  const known = new Map<string, boolean>();
  for (const [, symbol, name, , flags] of snapshot.coins) {
    known.set(nameKey(name), (flags & NAME_POLICY_BITS) === NAME_NEEDS_CONTEXT);
    known.set(symbol.toLowerCase(), (flags & SYMBOL_IS_WORD) !== 0);
  }
  return (word) => known.get(word) ?? true;
}
