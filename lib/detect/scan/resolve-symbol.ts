import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import type { PageContext } from './page-context';

export interface ResolvedSymbol {
  coinId: string;
  symbol: string;
  alternatives: string[];
}

/** The alternatives of a ticker one coin holds (most): shared, frozen, never stored in a mention. */
const NO_ALTERNATIVES: string[] = Object.freeze([]) as unknown as string[];

/**
 * Which coin a written ticker means on this page: the user's pin, then the coin the page binds
 * with "Name (SYM)", then one it names elsewhere, then the highest market cap.
 */
export function resolveSymbol(written: string, lexicon: Lexicon, context: PageContext): ResolvedSymbol | null {
  const holders = coinsForSymbol(lexicon, written, context.date);
  const chosen = context.pins[written] ?? context.symbolBindings.get(written) ?? context.nameBindings.get(written) ?? holders[0]?.id;
  if (chosen === undefined) return null;
  const symbol = lexicon.coins.get(chosen)?.symbol ?? written;
  // One array of the exact size (a pushed one reserves 17 slots), not a map and a filter, and
  // none for a ticker no other coin holds: asked for every ticker on the page.
  let others = 0;
  for (let k = 0; k < holders.length; k++) if ((holders[k] as LexiconCoin).id !== chosen) others++;
  if (others === 0) return { coinId: chosen, symbol, alternatives: NO_ALTERNATIVES };
  const alternatives = new Array<string>(others);
  others = 0;
  for (let k = 0; k < holders.length; k++) {
    const id = (holders[k] as LexiconCoin).id;
    if (id !== chosen) alternatives[others++] = id;
  }
  return { coinId: chosen, symbol, alternatives };
}
