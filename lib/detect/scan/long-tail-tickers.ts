import { isSentenceStart } from '../text/context';
import { isCapitalAt } from '../text/word-shape';
import type { UnresolvedCandidate } from '../types';
import { NONE_FOUND, overlapsCandidate, type Candidate } from './candidates';
import type { PageContext } from './page-context';

/**
 * "ZClassic (ZCL) lost 99% … ZCL has seen similar patterns": once the page binds a ticker the
 * per-tab lexicon lacks with "Name (SYM)", its later bare occurrences are that coin too. They go
 * to the long tail with the same name hint, so the background resolves them exactly as the
 * bracket (same lookup key, one answer); those of "COTI/USDT" or "$COTI" go by symbol, as the
 * pair does. Upper case only, whole words, outside every candidate.
 *
 * "Spark’s SPK … Spark is the fourth biggest lender": so are the later uses of a name the page
 * bound to such a ticker (`longTailNames`). They ask the long tail for the holder of the ticker
 * carrying exactly that name (so "Falcon’s USDF" never makes "Falcon" the stablecoin "Falcon
 * USD"); not inside a longer proper noun ("Apache Spark", "Spark Capital").
 */
export function longTailBoundTickers(text: string, candidates: readonly Candidate[], context: PageContext): UnresolvedCandidate[] {
  if (context.longTailSymbols.size === 0) return NONE_FOUND;
  // Keys, and no closure or array unless something is found: asked for every text node of a
  // page, mostly before V8 optimises it, where each entry of a for-of over a Map is an array.
  let found: UnresolvedCandidate[] = NONE_FOUND;
  for (const symbol of context.longTailSymbols.keys()) found = addBound(found, text, candidates, symbol, symbol, context.longTailSymbols.get(symbol), 'symbol');
  for (const name of context.longTailNames.keys()) found = addBound(found, text, candidates, name, context.longTailNames.get(name) as string, name, 'name');
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** `found` with the whole-word uses of `written` outside every candidate added (a new array for the first). */
function addBound(found: UnresolvedCandidate[], text: string, candidates: readonly Candidate[], written: string, symbol: string, nameHint: string | undefined, form: 'symbol' | 'name'): UnresolvedCandidate[] {
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
    const end = at + written.length;
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end)) || overlapsCandidate(candidates, at, end) || (form === 'name' && isInProperNoun(text, at, end))) continue;
    if (found === NONE_FOUND) found = [];
    found.push({ symbol, nameHint, start: at, end, form });
  }
  return found;
}

/** A capitalised word right after, or right before unless it opens the sentence ("Later Spark"). */
function isInProperNoun(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end) === 32 && isCapitalAt(text, end + 1)) return true;
  let word = at - 1;
  while (word > 0 && isWordChar(text.charCodeAt(word - 1))) word--;
  return text.charCodeAt(at - 1) === 32 && word < at - 1 && isCapitalAt(text, word) && !isSentenceStart(text, word);
}


/** Letters, digits, "_" and "$" glue a ticker to a word ("ZCLX", "$ZCL" is a cashtag's). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}
