import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import { NONE_FOUND } from './candidates';
import type { PageContext } from './page-context';

export interface ResolvedSymbol {
  coinId: string;
  symbol: string;
  alternatives: string[];
}


/** The answers so far for one page context. A long text asks for the same few hundred tickers
 * tens of thousands of times (verdicts, pair quotes), and the answer changes only with the
 * lexicon or the page's bindings, which only grow (a pin or a date makes a new context). */
interface Answers {
  lexicon: Lexicon;
  symbolBindings: number;
  nameBindings: number;
  bySymbol: Map<string, ResolvedSymbol | null>;
}
const answersOf = new WeakMap<PageContext, Answers>();

/**
 * Which coin a written ticker means on this page: the user's pin, then the coin the page binds
 * with "Name (SYM)", then one it names elsewhere, then the highest market cap. The result is
 * shared between the callers that ask on the same page: read it, never change it.
 */
export function resolveSymbol(written: string, lexicon: Lexicon, context: PageContext): ResolvedSymbol | null {
  let answers = answersOf.get(context);
  if (!answers || answers.lexicon !== lexicon || answers.symbolBindings !== context.symbolBindings.size || answers.nameBindings !== context.nameBindings.size) {
    answers = { lexicon, symbolBindings: context.symbolBindings.size, nameBindings: context.nameBindings.size, bySymbol: new Map() };
    answersOf.set(context, answers);
  }
  let answer = answers.bySymbol.get(written);
  if (answer === undefined) answers.bySymbol.set(written, (answer = resolveAfresh(written, lexicon, context)));
  return answer;
}

function resolveAfresh(written: string, lexicon: Lexicon, context: PageContext): ResolvedSymbol | null {
  const holders = coinsForSymbol(lexicon, written, context.date);
  const chosen = context.pins[written] ?? context.symbolBindings.get(written) ?? context.nameBindings.get(written) ?? holders[0]?.id;
  if (chosen === undefined) return null;
  const symbol = lexicon.coins.get(chosen)?.symbol ?? written;
  // One array of the exact size (a pushed one reserves 17 slots), not a map and a filter, and
  // none for a ticker no other coin holds: asked for every ticker on the page.
  let others = 0;
  for (let k = 0; k < holders.length; k++) if ((holders[k] as LexiconCoin).id !== chosen) others++;
  if (others === 0) return { coinId: chosen, symbol, alternatives: NONE_FOUND } // one coin holds the ticker (most): the shared frozen array, never stored in a mention;
  const alternatives = new Array<string>(others);
  others = 0;
  for (let k = 0; k < holders.length; k++) {
    const id = (holders[k] as LexiconCoin).id;
    if (id !== chosen) alternatives[others++] = id;
  }
  return { coinId: chosen, symbol, alternatives };
}
