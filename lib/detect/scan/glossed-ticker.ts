import { coinsForSymbol, type Lexicon } from '../lexicon/compile-lexicon';
import { isGlossAfter } from '../text/context';
import { Phrase } from '../text/phrase';
import { isCapitalAt } from '../text/word-shape';
import type { Words } from '../text/tokenize';
import type { Candidate } from './candidates';
import { longestNameAt } from './name-match';

/**
 * "ONG (Ontology Gas)": the reversed form for a ticker no per-tab coin holds. The brackets name
 * the coin as "Name (SYM)" does, so the ticker and its gloss go to the long tail as one
 * candidate with the gloss as name hint (a holder must carry that name), and bind the ticker for
 * the page like "Name (SYM)". A per-tab name that only begins the gloss ("Ontology" of
 * "Ontology Gas") is not read on its own; a gloss that is a per-tab coin's whole name is left to
 * that name. Returns the index of the gloss's last word, or -1 when word i has no gloss.
 */
const TICKER_GLOSS = new Phrase('tickerGloss');

export function glossedLongTailAt(words: Words, i: number, symbol: string, lexicon: Lexicon, found: Candidate[]): number {
  const text = words.source;
  const end = words.end(i);
  if (!isGlossAfter(text, end)) return -1;
  const open = text.indexOf('(', end) + 1;
  const close = text.indexOf(')', open);
  // "ICON (ICX)": the bracket's per-tab ticker belongs to a coin named as the word before it, so
  // that is "Name (SYM)" ("MAGA (TRUMP)", "UNICORN (UNI)" stay reversed forms).
  const gloss = text.slice(open, close);
  // Nor is a bracket that extends the ticker ("Wrapped NXM (WNXM)"): that is a token made from the
  // coin, named by the words before it; unlike the tail of a hyphenated name ("Arena-Z (A2Z)", below).
  // Nor one that abbreviates the word in capitals before it ("the ASPECTA (ASP)"): that word is the name
  // (a per-tab ticker there is another coin's: "UNICORN (UNI)" stays reversed).
  if (TICKER_GLOSS.pattern.test(gloss) && words.gapAfter(i - 1) !== 45 && (gloss.length > symbol.length ? gloss.includes(symbol) : abbreviates(gloss, symbol) && coinsForSymbol(lexicon, gloss).length === 0)) return -1;
  if (coinsForSymbol(lexicon, gloss).some((coin) => coin.name.toUpperCase() === symbol)) return -1;
  const nameLast = longestNameAt(words, i + 1, lexicon);
  if (nameLast >= 0 && words.end(nameLast) === close) return -1;
  let last = i + 1;
  while (words.has(last + 1) && words.end(last + 1) <= close) last++;
  // "TE-FOOD (TONE)", "Arena-Z (A2Z)": when the gloss is itself a ticker, the ticker shape was the
  // tail of a hyphenated name (the long tail reads it so), which the mention then covers whole;
  // never over a word a candidate already holds ("USDT-ONG (Ontology Gas)", "ETH-PNK (KLEROS)").
  let first = i;
  if (TICKER_GLOSS.pattern.test(gloss)) while (words.gapAfter(first - 1) === 45 && isCapitalAt(text, words.start(first - 1)) && (found.at(-1)?.end ?? 0) <= words.start(first - 1)) first--;
  found.push({ kind: 'long-tail', form: 'name-symbol', start: words.start(first), end: close + 1, symbol, nameHint: gloss });
  return last;
}

/** Whether `short` is `long`'s first letter and then some of its later letters in order ("ASP" of
 * "ASPECTA", "NXM" of "NEXUSMUTUAL"); "OKX" of "OKB" is not. */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short.charCodeAt(0) !== long.charCodeAt(0)) return false;
  let at = 1;
  for (let k = 1; k < short.length; k++) {
    at = long.indexOf(short.charAt(k), at) + 1;
    if (at === 0) return false;
  }
  return true;
}
