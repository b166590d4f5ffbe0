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
  if (mentions.length < LIST_COINS) return [];
  const page: Page = { text, mentions, candidates };
  let seen: Set<Mention> | undefined;
  let found: Map<number, UnresolvedCandidate> | undefined;
  for (const mention of mentions) {
    if (seen?.has(mention) || !unknownNeighbour(page, mention)) continue;
    seen ??= new Set();
    found ??= new Map();
    const items = listAround(page, mention);
    let coins = 0;
    let tickers = 0;
    for (const item of items) {
      if (item.mention === null) continue;
      seen.add(item.mention);
      coins++;
      if (item.mention.form !== 'name') tickers++;
    }
    if (coins < LIST_COINS || tickers === 0) continue;
    for (const item of items) {
      if (item.mention === null && !found.has(item.start)) found.set(item.start, { symbol: item.symbol, start: item.start, end: item.end, form: 'symbol' });
    }
  }
  return found ? [...found.values()] : [];
}

interface Page {
  readonly text: string;
  /** In text order, as are the candidates. */
  readonly mentions: readonly Mention[];
  readonly candidates: readonly Candidate[];
}

/** Whether an upper-case word no form matched is listed right next to `mention`: only then is
 * the list worth collecting. Most mentions sit in running text, where one character test each
 * side says so. */
function unknownNeighbour(page: Page, mention: Mention): boolean {
  const { text } = page;
  if (jointMayFollow(text, mention.end)) {
    GAP_AFTER.lastIndex = mention.end;
    if (GAP_AFTER.test(text) && isTickerStart(text.charCodeAt(GAP_AFTER.lastIndex))) {
      const next = itemAt(page, GAP_AFTER.lastIndex);
      if (next && next.mention === null) return true;
    }
  }
  if (jointMayPrecede(text, mention.start)) {
    const gap = GAP_BEFORE.exec(text.slice(Math.max(0, mention.start - 12), mention.start));
    const previous = gap && isTickerEnd(text.charCodeAt(mention.start - gap[0].length - 1)) ? itemBefore(page, mention.start - gap[0].length) : null;
    if (previous && previous.mention === null) return true;
  }
  return false;
}

const isTickerStart = (code: number): boolean => (code >= 65 && code <= 90) || code === 36;
const isTickerEnd = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** ", " or " and " / " or " / " & " may start at `at`. */
function jointMayFollow(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 44) return true;
  if (code !== 32 && code !== 9) return false;
  const next = text.charCodeAt(at + 1);
  return next === 97 /* a */ || next === 111 /* o */ || next === 38 /* & */;
}

/** ", " or " and " / " or " / " & " may end at `at`. */
function jointMayPrecede(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code !== 32 && code !== 9) return false;
  const before = text.charCodeAt(at - 2);
  return before === 44 || before === 100 /* and */ || before === 114 /* or */ || before === 38;
}

/** The list items joined to `mention` by list gaps, left to right. */
function listAround(page: Page, mention: Mention): Item[] {
  const { text } = page;
  const self: Item = { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  const after: Item[] = [];
  for (let at = mention.end; after.length < 40; ) {
    GAP_AFTER.lastIndex = at;
    if (!GAP_AFTER.test(text)) break;
    const next = itemAt(page, GAP_AFTER.lastIndex);
    if (!next) break;
    after.push(next);
    at = next.end;
  }
  const before: Item[] = [];
  for (let at = mention.start; before.length < 40; ) {
    const gap = GAP_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (!gap) break;
    const previous = itemBefore(page, at - gap[0].length);
    if (!previous) break;
    before.unshift(previous);
    at = previous.start;
  }
  return [...before, self, ...after];
}

function itemAt(page: Page, at: number): Item | null {
  const mention = mentionAt(page.mentions, at, 'start');
  if (mention) return { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  TICKER_AT.lastIndex = at;
  const match = TICKER_AT.exec(page.text);
  return match ? unknownItem(page, at, at + match[0].length, match[1] ?? '') : null;
}

function itemBefore(page: Page, end: number): Item | null {
  const mention = mentionAt(page.mentions, end, 'end');
  if (mention) return { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  const match = TICKER_BEFORE.exec(page.text.slice(Math.max(0, end - 11), end));
  return match ? unknownItem(page, end - match[0].length, end, match[1] ?? '') : null;
}

/** An upper-case word no form matched: a ticker candidate unless it is an acronym or was judged. */
function unknownItem(page: Page, start: number, end: number, symbol: string): Item | null {
  if (BARE_SYMBOL_STOPLIST.has(symbol) || !/[A-Z].*[A-Z]/.test(symbol) || overlapsCandidate(page.candidates, start, end)) return null;
  return { start, end, mention: null, symbol };
}

/** The mention starting (or ending) exactly at `at`, by binary search over text order. */
function mentionAt(mentions: readonly Mention[], at: number, side: 'start' | 'end'): Mention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.[side] ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  const mention = mentions[low];
  return mention?.[side] === at ? mention : undefined;
}

/** Whether a candidate (in text order, never overlapping) overlaps start..end. */
function overlapsCandidate(candidates: readonly Candidate[], start: number, end: number): boolean {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = candidates[low];
  return candidate !== undefined && candidate.start < end;
}
