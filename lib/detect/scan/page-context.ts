import type { Lexicon } from '../lexicon/compile-lexicon';
import { ERA_WITNESSES, TICKER_CONTRASTS, type EraWitness } from '../tables/renamed-tickers';
import { TICKER_REDEFINITIONS } from '../tables/ticker-redefinitions';
import type { SymbolPins } from '../types';
import type { Candidate } from './candidates';
import { bindCandidate } from './forms';
import { Phrase } from '../text/phrase';
import { addNameSenses } from './namesakes';
import { bindTickerSentences, bindTokenNounTickers } from './noun-tickers';
import { scanText } from './scan-text';

/**
 * What a page has said so far about its coins. Strong forms anywhere on the page decide how
 * weaker forms elsewhere read: "Aethir (ATH)" in the first paragraph makes a later "ATH" mean
 * Aethir; "NEAR rose 7%" lets "Near" count as the coin; "all-time high (ATH)" makes "ATH" a word.
 */
export interface PageContext {
  readonly pins: SymbolPins;
  /** The text's publication date (YYYY-MM-DD); renamed tickers and names follow it. */
  readonly date: string;
  /** Ticker → coin, from "Name (SYM)". */
  readonly symbolBindings: Map<string, string>;
  /** Ticker → coin, from a distinctive name on the page (for tickers several coins share). */
  readonly nameBindings: Map<string, string>;
  /** Coins the page names unmistakably (strong form, distinctive name, or a clean ticker). */
  readonly boundCoins: Set<string>;
  /** Coins the page binds with a strong form or a distinctive name: enough for acronym tickers. */
  readonly stronglyBoundCoins: Set<string>;
  /** Tickers the page spells out as something else. */
  readonly acronyms: Set<string>;
  /** Tickers the page writes inside their acronym's own phrase ("ETH Zurich", "the state DOT"): its
   * other bare uses need what an acronym ticker needs (a firm binding of the coin, a price, a token
   * noun, a list of coins), so "ETH researchers" there is the university and "$ETH … ETH rose 4%" the coin. */
  readonly phraseAcronyms: Set<string>;
  /** Tickers the page gives to a project /coins/list lacks (LeoFinance's LEO): no coin in any form. */
  readonly projectTickers: Set<string>;
  /** Name keys the page gives their namesake's sense ("Pepe the Frog", "a Shiba Inu puppy", "the
   * Doge meme,", "artist Yayoi Kusama"): per name, so "the Doge meme" leaves "Dogecoin" the coin. */
  readonly otherSenses: Set<string>;
  /** Ticker → the name written before it, from "Name (SYM)" that only the long tail knows
   * (undefined when a pair or cashtag bound it: the long tail then asks by symbol alone). */
  readonly longTailSymbols: Map<string, string | undefined>;
  /** Name → ticker, from "Name (SYM)" or "Name’s SYM" that only the long tail knows: the page's
   * other uses of the name ask the long tail for the coin of that ticker carrying that exact name. */
  readonly longTailNames: Map<string, string>;
  /** Scans done by collectBindings, handed to the findMentions calls for the same text so a
   * page is scanned once (a text repeated on the page, "$BTC" in a hundred links, once in all).
   * `uses` counts the collectBindings calls not yet matched by a findMentions call. */
  readonly pendingScans: Map<string, { candidates: Candidate[]; uses: number }>;
  /** The TICKER_CONTRASTS rows live on `date`, chosen at the context's first text (on the page
   * the tables are filled by then); undefined until then. */
  liveContrasts: ContrastRow[] | undefined;
  /** `boundCoins.size` when the ERA_WITNESSES ticker rows were last asked: their answer changes
   * only when it grows (bindings are never removed). */
  witnessedAt: number;
}

type ContrastRow = (typeof TICKER_CONTRASTS)[number];

export interface PageContextOptions {
  pins?: SymbolPins;
  /** YYYY-MM-DD; without it, today (UTC). */
  date?: string;
}

export function createPageContext(options: PageContextOptions = {}): PageContext {
  return {
    pins: { ...(options.pins ?? {}) },
    date: options.date ?? new Date().toISOString().slice(0, 10),
    symbolBindings: new Map(),
    nameBindings: new Map(),
    boundCoins: new Set(),
    stronglyBoundCoins: new Set(),
    acronyms: new Set(),
    phraseAcronyms: new Set(),
    projectTickers: new Set(),
    otherSenses: new Set(),
    longTailSymbols: new Map(),
    longTailNames: new Map(),
    pendingScans: new Map(),
    liveContrasts: undefined,
    witnessedAt: -1,
  };
}

/** Records what `text` binds for the whole page. Call it on every text node before findMentions. */
export function collectBindings(context: PageContext, text: string, lexicon: Lexicon): void {
  const pending = context.pendingScans.get(text);
  if (pending) {
    // Same text, same candidates: its bindings are in the context already.
    pending.uses++;
    return;
  }
  const candidates = scanText(text, lexicon);
  context.pendingScans.set(text, { candidates, uses: 1 });
  addBindings(context, candidates, lexicon, text);
  addTextBindings(context, text, candidates, lexicon);
}

/** What the words of `text` bind beyond its candidates: redefined tickers ("all-time high (ATH)"),
 * tickers the text calls a token ("its SPK token"), a renamed ticker beside its successor. */
export function addTextBindings(context: PageContext, text: string, candidates: readonly Candidate[], lexicon: Lexicon): void {
  addRedefinitions(context, text);
  // Per context, not per text node: on today's date no contrast row is live, and a witness
  // binds only once `boundCoins` has grown, so most text nodes ask neither table anything.
  const live = (context.liveContrasts ??= liveContrasts(context.date));
  if (live.length > 0) bindContrastedTickers(context, text, candidates, live);
  if (context.witnessedAt !== context.boundCoins.size) bindWitnessedTickers(context);
  bindTokenNounTickers(text, candidates, context, lexicon);
  bindTickerSentences(text, candidates, context, lexicon);
  // "Pepe the frog": the namesake's sense, for the page; "500 Hive": a counted unit (namesakes.ts).
  addNameSenses(context, candidates, text);
  // Again once a counted unit bound its coin ("500 Hive … HBD" in one text): the coin witnesses
  // its siblings' tickers; after the token nouns, which bound theirs first.
  if (context.witnessedAt !== context.boundCoins.size) bindWitnessedTickers(context);
}

/** A loop, not a filter closure: the minifier inlines this, and a closure over `date` would then
 * make addTextBindings allocate a context on every call. */
function liveContrasts(date: string): ContrastRow[] {
  const live: ContrastRow[] = [];
  for (let k = 0; k < TICKER_CONTRASTS.length; k++) if (date < (TICKER_CONTRASTS[k] as ContrastRow)[3]) live.push(TICKER_CONTRASTS[k] as ContrastRow);
  return live;
}

/** The scan collectBindings kept for `text`, released once every call for it has taken it. */
export function takePendingScan(context: PageContext, text: string): Candidate[] | undefined {
  const pending = context.pendingScans.get(text);
  if (!pending) return undefined;
  if (--pending.uses === 0) context.pendingScans.delete(text);
  return pending.candidates;
}

/**
 * "Holders swap FTM for Sonic (S)": a page that names a renamed ticker's successor beside the old
 * ticker contrasts the two generations, so during the migration's first year the old ticker is
 * the old coin there (a binding, as "Name (SYM)" makes); later it is an old name for the new coin
 * ("dashboards still show MATIC"). Only where the old ticker itself is written.
 */
function bindContrastedTickers(context: PageContext, text: string, candidates: readonly Candidate[], live: readonly ContrastRow[]): void {
  // An index loop, no destructuring: asked for every text node, mostly before V8 optimises it, where
  // for-of and a row's destructuring allocate iterators (2.7 of a 1 MB page's 12 MB, measured).
  for (let k = 0; k < live.length; k++) {
    const row = live[k] as ContrastRow;
    if (context.symbolBindings.get(row[0]) !== row[2] && contrasts(text, candidates, row)) context.symbolBindings.set(row[0], row[2]);
  }
}

/** "UST … its sister token, LUNA" in a 2025 retrospective: a dead asset on the page dates a
 * ticker too, like a name (the ERA_WITNESSES rows of kind 'ticker'). Bindings are never removed,
 * so a row that bound (or found its ticker bound) stays answered. */
function bindWitnessedTickers(context: PageContext): void {
  context.witnessedAt = context.boundCoins.size;
  for (let k = 0; k < ERA_WITNESSES.length; k++) {
    const row = ERA_WITNESSES[k] as EraWitness;
    if (row.kind === 'ticker' && context.boundCoins.has(row.witness) && !context.symbolBindings.has(row.written)) context.symbolBindings.set(row.written, row.coinId);
  }
}

/** The old ticker written, and a candidate written as its successor ("Sonic (S)", "$POL",
 * "Vaulta"). A function of its own: closures over the loop's row would make a context per row. */
function contrasts(text: string, candidates: readonly Candidate[], row: ContrastRow): boolean {
  return candidates.some((candidate) => 'symbol' in candidate && candidate.symbol === row[0]) && candidates.some((candidate) => row[1].some((word) => text.startsWith(word, candidate.start + (text.charCodeAt(candidate.start) === 36 ? 1 : 0))));
}

let redefinitionPatterns: RegExp[] = [];
const OWN_ABBREVIATION = new Phrase('ownAbbreviation');
const NOT_LATIN_LETTER = new Phrase('notLatinLetter');

export function addRedefinitions(context: PageContext, text: string): void {
  // An index loop: asked for every text node of a page, mostly before V8 optimises it, where
  // for-of allocates an iterator and a result per row.
  // Compiled once the tables are filled (on the page they arrive with the lexicon, before any text).
  if (redefinitionPatterns.length !== TICKER_REDEFINITIONS.length) redefinitionPatterns = TICKER_REDEFINITIONS.map((row) => new RegExp(row.phrase, 'i'));
  for (let k = 0; k < TICKER_REDEFINITIONS.length; k++) {
    const { symbol, project } = TICKER_REDEFINITIONS[k] as (typeof TICKER_REDEFINITIONS)[number];
    const match = (redefinitionPatterns[k] as RegExp).exec(text);
    if (!match) continue;
    // "Department of Government Efficiency (D.O.G.E)": the page abbreviates the phrase its own
    // way, so its bare "DOGE" is the coin.
    const own = OWN_ABBREVIATION.pattern.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 20))?.[1];
    if (own !== undefined && own.replace(NOT_LATIN_LETTER.pattern, '') === symbol && own !== symbol) continue;
    context.acronyms.add(symbol);
    if (project) context.projectTickers.add(symbol);
  }
}

export function addBindings(context: PageContext, candidates: readonly Candidate[], lexicon: Lexicon, text: string): void {
  // An index loop: a long text's one call runs before V8 optimises it, and for-of there
  // allocates an iterator result per candidate (2.9 MB per 5 MB of text, measured).
  for (let index = 0; index < candidates.length; index++) bindCandidate(context, candidates[index] as Candidate, lexicon, text);
}
