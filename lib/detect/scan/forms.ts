import type { Lexicon } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../tables/cashtag-non-crypto';
import { Phrase } from '../text/phrase';
import type { MentionForm, UnresolvedCandidate } from '../types';
import type { Candidate } from './candidates';
import { datedNameCoin, datedTickerCoin, witnessedNameCoin } from './dated-coin';
import type { PageContext } from './page-context';
import { isLowerAt } from './name-match';
import { ACRONYM_OWN_PHRASE } from './name-senses';
import { coinsForSymbol } from '../lexicon/compile-lexicon';
import { judgeName, judgeNameSymbol, judgeSymbol, judgeTicker, plusVariantEnd, unresolvedLongTail, unresolvedTicker, type Verdict } from './verdicts';

/**
 * The detection forms as one ordered table, strongest first: the order in which the scanner
 * (scan-text.ts) tries them at each word, what each reports, what it binds for the page
 * (collectBindings) and how the verdict judges it (findMentions). Adding a form: a Candidate
 * variant (candidates.ts), a row here (the compiler asks for it: FORM_ROWS is a mapped type
 * over every kind), and the scanner's case for it. What the scanner looks for is each row's comment
 * (a comment, not a field: this table ships in every tab's content script).
 */
export type CandidateKind = Candidate['kind'];
type Of<K extends CandidateKind> = Extract<Candidate, { kind: K }>;

export interface FormRow<K extends CandidateKind> {
  bind(context: PageContext, candidate: Of<K>, lexicon: Lexicon, text: string): void;
  judge(candidate: Of<K>, text: string, lexicon: Lexicon, context: PageContext): Verdict;
  /** A strong form the per-tab lexicon could not resolve, for the background's long tail. */
  unresolved(candidate: Of<K>, text: string, lexicon: Lexicon, context: PageContext): UnresolvedCandidate | null;
}

const never = (): null => null;

export const FORM_ROWS: { readonly [K in CandidateKind]: FormRow<K> } = {
  'name-symbol': {
    // Scans for "Aethir (ATH)": the words right before a parenthesised ticker name one of its coins
    bind(context, candidate, lexicon, text) {
      const coin = datedTickerCoin(lexicon, candidate.symbol, candidate.coin, context.date);
      // A name an era witness may date ("Luna (LUNA)") leaves its ticker to the witness or the date.
      if (!context.symbolBindings.has(candidate.symbol) && !witnessedNameCoin(lexicon, text, candidate.start, candidate.end)) context.symbolBindings.set(candidate.symbol, coin.id);
      bindCoin(context, coin.id, true);
    },
    judge: judgeNameSymbol,
    unresolved: never,
  },
  acronym: {
    // Scans for "all-time high (ATH)": the words before the parenthesis spell the ticker out
    bind(context, candidate) {
      context.acronyms.add(candidate.symbol);
    },
    judge: never,
    unresolved: never,
  },
  cashtag: {
    // Scans for "$SOL", "$sol": a dollar sign glued to a ticker (stock and fiat cashtags excepted)
    bind: bindTicker,
    judge: judgeTicker,
    unresolved: unresolvedTicker,
  },
  pair: {
    // Scans for "SOL/USDT", "ETH-USD", "SOLUSDT": a ticker with a quote currency
    bind: bindTicker,
    judge: judgeTicker,
    unresolved: unresolvedTicker,
  },
  name: {
    // Scans for "Bittensor", "Shiba Inu", "render": a lexicon name in a case its policy allows
    bind(context, candidate, lexicon, text) {
      const entry = candidate.entries[0];
      if (!entry) return;
      // A distinctive name in lower case ("chainlink") is no strong form: the page must bind its coin otherwise.
      const distinctive = entry.policy === 'any-case' || (entry.policy === 'capitalized' && !isLowerAt(text, candidate.start));
      const coin = datedNameCoin(lexicon, entry, context.date);
      if (!coin) return;
      if (distinctive && !context.nameBindings.has(coin.symbol)) context.nameBindings.set(coin.symbol, coin.id);
      if (distinctive || candidate.evidence.cryptoNounAfter) bindCoin(context, coin.id, distinctive);
    },
    judge: judgeName,
    unresolved: never,
  },
  symbol: {
    // Scans for "BTC", "stETH", "BSC-USD": a bare upper-case (or usual mixed-case) ticker
    bind(context, candidate, lexicon, text) {
      // "hosting SWELL (its first ever conference)": the bracket defines the letters for the page, as
      // "all-time high (ATH)" does; a char test first, since every bare ticker passes here.
      if (text.charCodeAt(candidate.end + 1) === 40 && EVENT_GLOSS_AFTER.testAt(text, candidate.end)) context.acronyms.add(candidate.symbol);
      // "ETH Zurich", "the state DOT": the acronym's own phrase, for the page (no binding of the coin).
      if (ACRONYM_OWN_PHRASE.testAt(text, candidate.start)) return void context.phraseAcronyms.add(candidate.symbol);
      const coin = coinsForSymbol(lexicon, candidate.symbol, context.date)[0];
      const clean = candidate.symbol.length >= 3 && !BARE_SYMBOL_STOPLIST.has(candidate.symbol) && !(coin?.symbolIsWord && candidate.shouting);
      if (coin && clean) bindCoin(context, coin.id, false);
    },
    judge: judgeSymbol,
    unresolved: plusVariant,
  },
  'long-tail': {
    // Scans for "Nosana token", "Ocean Protocol", "Hivemapper (HONEY)", listed "Aragon": a strong form the per-tab lexicon lacks
    bind(context, candidate) {
      // "ZClassic (ZCL)": later bare "ZCL" on the page asks the long tail for the same coin.
      if (candidate.form === 'name-symbol' && candidate.symbol !== null) bindLongTailTicker(context, candidate.symbol, candidate.nameHint);
    },
    judge: never,
    unresolved: unresolvedLongTail,
  },
};

/**
 * What each form reports when it is a mention (null: a candidate that never is one itself), in
 * FORM_ROWS' order. A table of its own, not a field of each row: nothing in the content script
 * reads it, so it stays out of news.js (the rows' kind and reports fields were ~40 B gzip there).
 */
export const FORM_REPORTS: { readonly [K in CandidateKind]: MentionForm | null } = {
  'name-symbol': 'name-symbol',
  acronym: null,
  cashtag: 'cashtag',
  pair: 'pair',
  name: 'name',
  symbol: 'symbol',
  'long-tail': null,
};

// Each function below looks up the row of the candidate's own form: FORM_ROWS is a mapped type,
// so `FORM_ROWS[kind]` is that form's row and the compiler still checks every form has one. A
// lookup rather than a switch per function: the three switches were ~250 B gzip of the content
// script (lib/page/README.md, "What the content script is made of").

/** Records what one candidate tells the page. */
export function bindCandidate<K extends CandidateKind>(context: PageContext, candidate: Of<K>, lexicon: Lexicon, text: string): void {
  FORM_ROWS[candidate.kind as K].bind(context, candidate, lexicon, text);
}

export function judgeCandidate<K extends CandidateKind>(candidate: Of<K>, text: string, lexicon: Lexicon, context: PageContext): Verdict {
  return FORM_ROWS[candidate.kind as K].judge(candidate, text, lexicon, context);
}

export function unresolvedOf<K extends CandidateKind>(candidate: Of<K>, text: string, lexicon: Lexicon, context: PageContext): UnresolvedCandidate | null {
  return FORM_ROWS[candidate.kind as K].unresolved(candidate, text, lexicon, context);
}

/** "USD0++": the variant the pluses write, for the long tail by its whole symbol (`usd0++`). */
function plusVariant(candidate: Of<'symbol'>, text: string): UnresolvedCandidate | null {
  const end = plusVariantEnd(text, candidate.end);
  return end === candidate.end ? null : { symbol: text.slice(candidate.start, end).toUpperCase(), start: candidate.start, end, form: 'symbol' };
}

function bindTicker(context: PageContext, candidate: Of<'cashtag' | 'pair'>, lexicon: Lexicon): void {
  const coin = coinsForSymbol(lexicon, candidate.symbol, context.date)[0];
  if (coin) bindCoin(context, coin.id, true);
  // "COTI/USDT … transfer COTI": a pair or cashtag binds a ticker only the long tail knows as
  // firmly as "Name (SYM)" does, so its later bare occurrences ask the long tail the same question.
  else if (!BARE_SYMBOL_STOPLIST.has(candidate.symbol) && !context.longTailSymbols.has(candidate.symbol)) context.longTailSymbols.set(candidate.symbol, undefined);
}

/** "Spark (SPK)", "Spark’s SPK": later bare "SPK" asks the long tail the same question, and so
 * does a later "Spark" written alone (a capitalised name of up to three words). */
export function bindLongTailTicker(context: PageContext, symbol: string, nameHint: string): void {
  // Never a firm's stock ticker beside its name ("Coinbase (COIN)").
  if (CASHTAG_NON_CRYPTO.has(symbol)) return;
  if (!context.longTailSymbols.has(symbol)) context.longTailSymbols.set(symbol, nameHint);
  if (BOUND_NAME.pattern.test(nameHint) && !context.longTailNames.has(nameHint)) context.longTailNames.set(nameHint, symbol);
}

const BOUND_NAME = new Phrase('boundName');
const EVENT_GLOSS_AFTER = new Phrase('eventGlossAfter');

function bindCoin(context: PageContext, coinId: string, strong: boolean): void {
  context.boundCoins.add(coinId);
  if (strong) context.stronglyBoundCoins.add(coinId);
}
