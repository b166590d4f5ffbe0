import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import type { Mention, UnresolvedCandidate } from '../types';
import { NONE_FOUND, overlapsCandidate, type Candidate } from './candidates';
import { Phrase } from '../text/phrase';
import { textBefore } from '../text/context';

/** Coins a list must already hold before its unknown upper-case items count as tickers. */
const LIST_COINS = 2;

// ", ", ", and ", " and ", " or ", " & ": the joints of a list ("/" is a pair, never a list here).
const GAP_AFTER = new Phrase('listGapAfter');
const GAP_BEFORE = new Phrase('listGapBefore');
// An upper-case ticker shape, cashtag allowed: "KP3R", "$REEF", "USD1". Not glued to a word.
const TICKER_AT = new Phrase('tickerAt');
const TICKER_BEFORE = new Phrase('tickerBefore');
const TWO_CAPITALS = new Phrase('twoCapitals');

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
  const count = mentions.length;
  if (count < LIST_COINS) return NONE_FOUND;
  const page: Page = { text, mentions, candidates };
  let seen: Set<Mention> | undefined;
  let found: Map<number, UnresolvedCandidate> | undefined;
  for (let index = 0; index < count; index++) {
    const mention = mentions[index];
    if (mention === undefined || seen?.has(mention) || !unknownNeighbour(page, index, mention)) continue;
    seen ??= new Set();
    found ??= new Map();
    const items = listAround(page, { start: mention.start, end: mention.end, mention, symbol: mention.symbol });
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
  return found ? [...found.values()] : NONE_FOUND;
}

interface Page {
  readonly text: string;
  /** In text order, as are the candidates. */
  readonly mentions: readonly Mention[];
  readonly candidates: readonly Candidate[];
}

/** Whether an upper-case word no form matched is listed right next to `mention` (at `index`):
 * only then is the list worth collecting. Most mentions sit in running text, where a few character
 * tests each side say so; in a list of known coins the neighbouring mention is the next item. */
function unknownNeighbour(page: Page, index: number, mention: Mention): boolean {
  const { text, mentions } = page;
  const at = itemStartAfter(text, mention.end);
  // Mentions are in text order and never overlap: one starting at `at` is the next one.
  if (at > 0 && mentions[index + 1]?.start !== at && isTickerStart(text.charCodeAt(at))) {
    const next = itemAt(page, at);
    if (next && next.mention === null) return true;
  }
  const end = itemEndBefore(text, mention.start);
  if (end > 0 && mentions[index - 1]?.end !== end) {
    const previous = itemBefore(page, end);
    if (previous && previous.mention === null) return true;
  }
  return false;
}

const isTickerStart = (code: number): boolean => (code >= 65 && code <= 90) || code === 36;
const isTickerEnd = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

const isJointSpace = (code: number): boolean => code === 32 || code === 9;

/** Where an item listed after `at` would start: the end of the ", " or " and " / " or " / " & "
 * GAP_AFTER finds at `at`, or -1. Read from the joint's own characters, so "Bitcoin, Ethereum",
 * "Bitcoin and Ethereum" or "Bitcoin at" cost no regex; a longer joint (", and ") is left to it. */
function itemStartAfter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 44 /* , */) {
    // "," and at most one space, then neither more space nor an "and" / "or".
    const start = isJointSpace(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
    if (!isJointSpaceOr(text.charCodeAt(start))) return start;
  } else {
    if (!isJointSpace(code)) return -1;
    // The space, then the joint's word, then at least one more space.
    const word = text.charCodeAt(at + 1);
    let end: number;
    if (word === 38 /* & */) end = at + 2;
    else if (word === 97 /* a */ && text.startsWith('nd', at + 2)) end = at + 4;
    else if (word === 111 /* o */ && text.charCodeAt(at + 2) === 114 /* r */) end = at + 3;
    else return -1;
    if (!isJointSpace(text.charCodeAt(end))) return -1;
    if (!isJointSpace(text.charCodeAt(end + 1))) return end + 1;
  }
  return GAP_AFTER.testAt(text, at) ? GAP_AFTER.pattern.lastIndex : -1;
}

/** A space or tab, or the "a" / "o" an "and" or "or" after a comma starts with. */
const isJointSpaceOr = (code: number): boolean => isJointSpace(code) || code === 97 || code === 111;

/** Where an upper-case word listed before `at` would end: the start of the ", " or " and " /
 * " or " / " & " (after one space or tab) GAP_BEFORE finds there, or -1 when there is none or a
 * character no ticker ends with stands before it. Read from the joint's own characters, so "said
 * Bitcoin" or "Bitcoin, Ethereum" cost no regex; a longer joint (", and ") is left to the regex. */
function itemEndBefore(text: string, at: number): number {
  if (!isJointSpace(text.charCodeAt(at - 1))) return -1;
  const before = text.charCodeAt(at - 2);
  // The character before the joint's comma, or before the space ahead of its word.
  let outside: number;
  if (before === 44 /* , */) outside = at - 3;
  else if (before === 38 /* & */ && isJointSpace(text.charCodeAt(at - 3))) outside = at - 4;
  else if (before === 100 /* d */ && text.startsWith('an', at - 4) && isJointOrComma(text.charCodeAt(at - 5))) outside = at - 6;
  else if (before === 114 /* r */ && text.charCodeAt(at - 3) === 111 /* o */ && isJointOrComma(text.charCodeAt(at - 4))) outside = at - 5;
  else return -1;
  const code = text.charCodeAt(outside);
  if (isTickerEnd(code)) return outside + 1;
  if (!isJointOrComma(code)) return -1;
  const gap = GAP_BEFORE.pattern.exec(textBefore(text, at, 12));
  return gap && isTickerEnd(text.charCodeAt(at - gap[0].length - 1)) ? at - gap[0].length : -1;
}

const isJointOrComma = (code: number): boolean => isJointSpace(code) || code === 44;

/** The list items joined to `self` by list gaps, left to right. */
function listAround(page: Page, self: Item): Item[] {
  const { text } = page;
  const after: Item[] = [];
  for (let at = self.end; after.length < 40; ) {
    if (!GAP_AFTER.testAt(text, at)) break;
    const next = itemAt(page, GAP_AFTER.pattern.lastIndex);
    if (!next) break;
    after.push(next);
    at = next.end;
  }
  const before: Item[] = [];
  for (let at = self.start; before.length < 40; ) {
    const gap = GAP_BEFORE.pattern.exec(textBefore(text, at, 12));
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
  const match = TICKER_AT.execAt(page.text, at);
  return match ? unknownItem(page, at, at + match[0].length, match[1] ?? '') : null;
}

function itemBefore(page: Page, end: number): Item | null {
  const mention = mentionAt(page.mentions, end, 'end');
  if (mention) return { start: mention.start, end: mention.end, mention, symbol: mention.symbol };
  const match = TICKER_BEFORE.pattern.exec(textBefore(page.text, end, 11));
  return match ? unknownItem(page, end - match[0].length, end, match[1] ?? '') : null;
}

/** An upper-case word no form matched: a ticker candidate unless it is an acronym or was judged. */
function unknownItem(page: Page, start: number, end: number, symbol: string): Item | null {
  if (BARE_SYMBOL_STOPLIST.has(symbol) || !TWO_CAPITALS.pattern.test(symbol) || overlapsCandidate(page.candidates, start, end)) return null;
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

const NOTICE_SENTENCE = new Phrase('noticeSentence');
const TICKER_PAIR = new Phrase('tickerPair');

/** ".", "!", "?" or a line break: where a notice's sentence ends. */
const isSentenceEnd = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;

/**
 * "Binance will delist ABC, DEF, GHI and JKL", "deposits of ABC and DEF will close": an exchange
 * notice's listing verb or noun says that every item of a run of tickers in its sentence is a
 * token there, so the run needs no coin the page already counts. Its upper-case words the
 * per-tab lexicon lacks go to the long tail by symbol, whose listed holder settles a shared
 * ticker (a ticker several unlisted coins share stays out). As in any list, a word the scan
 * judged or a stop-listed acronym ends the run; a stock or fiat code is no token.
 */
export function noticeTickers(text: string, mentions: readonly Mention[], candidates: readonly Candidate[]): UnresolvedCandidate[] {
  let page: Page | undefined;
  let found: UnresolvedCandidate[] | undefined;
  // Two upper-case words joined like list items are rare, so the sentence is read only around one;
  // so is an upper-case word right after "list"/"delist", which names one token alone.
  const pairs = TICKER_PAIR.pattern;
  for (let pair = pairs.exec((pairs.lastIndex = 0, text)); pair; pair = pairs.exec(text)) {
    let start = pair.index;
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    if (!NOTICE_SENTENCE.pattern.test(text.slice(start, pair.index + 400))) continue;
    page ??= { text, mentions, candidates };
    const seed = itemAt(page, pair.index);
    if (!seed) continue;
    const items = listAround(page, seed);
    for (const item of items) if ((items.length > 1 || pair[1] !== undefined) && !item.mention && !CASHTAG_NON_CRYPTO.has(item.symbol)) (found ??= []).push({ symbol: item.symbol, start: item.start, end: item.end, form: 'symbol' });
    pairs.lastIndex = (items.at(-1) as Item).end;
  }
  return found ?? NONE_FOUND;
}
