import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import type { Mention, UnresolvedCandidate } from '../types';
import type { Candidate } from './candidates';

/** Coins a list must already hold before its unknown upper-case items count as tickers. */
const LIST_COINS = 2;

// ", ", ", and ", " and ", " or ", " & ": the joints of a list ("/" is a pair, never a list here).
const GAP_AFTER = /(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)/y;
const GAP_BEFORE = /(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$/;
// An upper-case ticker shape, cashtag allowed: "KP3R", "$REEF", "USD1". Not glued to a word.
const TICKER_AT = /\$?([A-Z][A-Z0-9]{1,9})(?![\p{L}\p{N}_-])/uy;
const TICKER_BEFORE = /(?<![\p{L}\p{N}_$-])\$?([A-Z][A-Z0-9]{1,9})$/u;

interface Item {
  start: number;
  end: number;
  /** The accepted mention at this place, or null for an upper-case word nothing matched. */
  mention: Mention | null;
  symbol: string;
}

/**
 * "ANT, FIRO, KP3R, MDX, XMR and ZEC": upper-case words the per-tab lexicon does not know,
 * listed with coins the page already counts, are tickers too. They go to the background's long
 * tail by symbol, which names a coin only when one non-derivative coin holds the ticker (or one is
 * ranked), so a list item stays unmarked rather than guessed. A list needs two coins the page
 * counts, one of them written as a ticker; stop-listed acronyms, and any word the scan already
 * judged (a rejected "SEC"), end a list.
 */
export function listedUnknownTickers(text: string, mentions: readonly Mention[], candidates: readonly Candidate[]): UnresolvedCandidate[] {
  let tickers = 0;
  for (const mention of mentions) if (mention.form !== 'name') tickers++;
  if (tickers < 1 || mentions.length < LIST_COINS) return [];
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const mention of mentions) {
    byStart.set(mention.start, mention);
    byEnd.set(mention.end, mention);
  }
  const judged = new Set<number>();
  for (const candidate of candidates) {
    judged.add(candidate.start);
    judged.add(candidate.end);
  }
  const seen = new Set<Mention>();
  const found = new Map<number, UnresolvedCandidate>();
  for (const mention of mentions) {
    if (seen.has(mention)) continue;
    const items = listAround(text, mention, byStart, byEnd, judged);
    const coins = items.filter((item) => item.mention !== null);
    for (const item of coins) if (item.mention) seen.add(item.mention);
    if (coins.length < LIST_COINS || !coins.some((item) => item.mention?.form !== 'name')) continue;
    for (const item of items) {
      if (item.mention === null && !found.has(item.start)) found.set(item.start, { symbol: item.symbol, start: item.start, end: item.end, form: 'symbol' });
    }
  }
  return [...found.values()];
}

/** The list items joined to `mention` by list gaps, left to right. */
function listAround(text: string, mention: Mention, byStart: ReadonlyMap<number, Mention>, byEnd: ReadonlyMap<number, Mention>, judged: ReadonlySet<number>): Item[] {
  const self: Item = { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  const after: Item[] = [];
  for (let at = mention.end; after.length < 40; ) {
    GAP_AFTER.lastIndex = at;
    if (!GAP_AFTER.test(text)) break;
    const next = itemAt(text, GAP_AFTER.lastIndex, byStart, judged);
    if (!next) break;
    after.push(next);
    at = next.end;
  }
  const before: Item[] = [];
  for (let at = mention.start; before.length < 40; ) {
    const gap = GAP_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (!gap) break;
    const previous = itemBefore(text, at - gap[0].length, byEnd, judged);
    if (!previous) break;
    before.unshift(previous);
    at = previous.start;
  }
  return [...before, self, ...after];
}

function itemAt(text: string, at: number, byStart: ReadonlyMap<number, Mention>, judged: ReadonlySet<number>): Item | null {
  const mention = byStart.get(at);
  if (mention) return { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  TICKER_AT.lastIndex = at;
  const match = TICKER_AT.exec(text);
  return match ? unknownItem(at, at + match[0].length, match[1] ?? '', judged) : null;
}

function itemBefore(text: string, end: number, byEnd: ReadonlyMap<number, Mention>, judged: ReadonlySet<number>): Item | null {
  const mention = byEnd.get(end);
  if (mention) return { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  const match = TICKER_BEFORE.exec(text.slice(Math.max(0, end - 11), end));
  return match ? unknownItem(end - match[0].length, end, match[1] ?? '', judged) : null;
}

/** An upper-case word no form matched: a ticker candidate unless it is an acronym or was judged. */
function unknownItem(start: number, end: number, symbol: string, judged: ReadonlySet<number>): Item | null {
  if (judged.has(start) || judged.has(end) || BARE_SYMBOL_STOPLIST.has(symbol) || !/[A-Z].*[A-Z]|[A-Z]{2}/.test(symbol)) return null;
  return { start, end, mention: null, symbol };
}
