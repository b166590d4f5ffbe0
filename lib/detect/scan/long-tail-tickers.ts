import { isSentenceStart } from '../text/context';
import type { UnresolvedCandidate } from '../types';
import { overlapsCandidate, type Candidate } from './candidates';
import type { PageContext } from './page-context';

/**
 * "ZClassic (ZCL) lost 99% … ZCL has seen similar patterns": once the page binds a ticker the
 * per-tab lexicon lacks with "Name (SYM)", its later bare occurrences are that coin too. They go
 * to the long tail with the same name hint, so the background resolves them exactly as the
 * bracket (same lookup key, one answer); those of "COTI/USDT" or "$COTI" go by symbol, as the
 * pair does. Upper case only, whole words, outside every candidate.
 */
export function longTailBoundTickers(text: string, candidates: readonly Candidate[], context: PageContext): UnresolvedCandidate[] {
  if (context.longTailSymbols.size === 0) return [];
  const found: UnresolvedCandidate[] = [];
  for (const [symbol, nameHint] of context.longTailSymbols) {
    for (let at = text.indexOf(symbol); at !== -1; at = text.indexOf(symbol, at + symbol.length)) {
      const end = at + symbol.length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end)) || overlapsCandidate(candidates, at, end)) continue;
      found.push({ symbol, nameHint, start: at, end, form: 'symbol' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Letters, digits, "_" and "$" glue a ticker to a word ("ZCLX", "$ZCL" is a cashtag's). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}

/**
 * "Spark’s SPK … Spark is the fourth biggest lender": once the page binds a name to a ticker only
 * the long tail knows, the name's other uses ask the long tail for the holder of that ticker
 * carrying exactly that name (so "Falcon’s USDF" never makes "Falcon" the stablecoin "Falcon
 * USD"). Case as written, whole words, outside every candidate, and not inside a longer proper
 * noun ("Apache Spark", "Spark Capital").
 */
export function longTailBoundNames(text: string, candidates: readonly Candidate[], context: PageContext): UnresolvedCandidate[] {
  if (context.longTailNames.size === 0) return [];
  const found: UnresolvedCandidate[] = [];
  for (const [name, symbol] of context.longTailNames) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end)) || overlapsCandidate(candidates, at, end)) continue;
      if (isCapital(text.charCodeAt(end + 1)) && text.charCodeAt(end) === 32) continue;
      // A capitalised word before, unless it opens the sentence ("Later Spark fell").
      let word = at - 1;
      while (word > 0 && isWordChar(text.charCodeAt(word - 1))) word--;
      if (text.charCodeAt(at - 1) === 32 && word < at - 1 && isCapital(text.charCodeAt(word)) && !isSentenceStart(text, word)) continue;
      found.push({ symbol, nameHint: name, start: at, end, form: 'name' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const isCapital = (code: number): boolean => code >= 65 && code <= 90;
