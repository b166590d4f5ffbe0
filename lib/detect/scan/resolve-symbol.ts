import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import type { PageContext } from './page-context';

export interface ResolvedSymbol {
  coinId: string;
  symbol: string;
  alternatives: string[];
}

/**
 * Which coin a written ticker means on this page: the user's pin, then the coin the page binds
 * with "Name (SYM)", then one it names elsewhere, then the highest market cap.
 */
export function resolveSymbol(written: string, lexicon: Lexicon, context: PageContext): ResolvedSymbol | null {
  const holders = coinsForSymbol(lexicon, written, context.date);
  const chosen = context.pins[written] ?? context.symbolBindings.get(written) ?? context.nameBindings.get(written) ?? holders[0]?.id;
  if (chosen === undefined) return null;
  const symbol = lexicon.coins.get(chosen)?.symbol ?? written;
  // One array, not a map and a filter: asked for every ticker on the page.
  const alternatives: string[] = [];
  for (let k = 0; k < holders.length; k++) {
    const id = (holders[k] as LexiconCoin).id;
    if (id !== chosen) alternatives.push(id);
  }
  return { coinId: chosen, symbol, alternatives };
}
