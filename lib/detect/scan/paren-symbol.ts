import { coinsForSymbol, type Lexicon, type LexiconCoin, type NameEntry } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { ACRONYM_SKIP } from '../tables/context-words';
import { isCjk, type Words } from '../text/tokenize';
import { joinsName, mayBeName, nameEntriesOf } from './name-match';
import { functionWords } from './name-candidate';
import type { Candidate } from './candidates';
import { Phrase } from '../text/phrase';

const MAX_RUN = 6;
const TOKEN_STANDARD = new Phrase('tokenStandard');
const HEAD_NOUN = new Phrase('acronymHeadNoun');
const FUND_WORD = new Phrase('fundWord');

/**
 * "Aethir (ATH)", "bitcoin (BTC)", "Hivemapper (HONEY)", "all-time high (ATH)": the words
 * written right before a parenthesised ticker name it. Returns the candidate that replaces
 * whatever was found in those words, with the index of the run's first token, or null when the
 * parenthesis carries no name (then the ticker is judged like any bare ticker).
 */
export function nameSymbolAt(words: Words, index: number, symbol: string, lexicon: Lexicon): { candidate: Candidate; runStart: number } | null {
  const text = words.source;
  const runStart = nameRunStart(words, index);
  // "ETH Token (ERC20)", "USDT (TRC-20)": a token standard in the bracket says which chain, not which coin.
  if (runStart === index || TOKEN_STANDARD.pattern.test(symbol)) return null;
  const close = words.end(index) + 1;
  // "Grayscale Bitcoin Trust (GBTC)", "Hashdex Bitcoin Futures ETF (DEFI)": a fund's own ticker after its
  // name, which the page then means by those letters; the coin the fund is named after counts on its own.
  if (FUND_WORD.pattern.test(words.word(index - 1))) return { candidate: { kind: 'acronym', start: close, end: close, symbol }, runStart: index };
  // "Bitcoin (BTCUSD)": a quote widget's glued pair in the bracket still names the coin before it.
  const base = coinsForSymbol(lexicon, symbol).length === 0 ? gluedPairBase(symbol, lexicon) : '';
  if (base !== '') symbol = base;
  const holders = coinsForSymbol(lexicon, symbol);

  // Earliest start first, longest name first: "the Internet Computer (ICP)" → "Internet Computer".
  // A start no lexicon name begins at (by the name hashes) is passed over without strings.
  for (let start = runStart; start < index; start++) {
    if (!mayBeName(words, start, lexicon)) continue;
    for (let last = index - 1; last >= start; last--) {
      const coin = coinNamed(lexicon, words, start, last, holders);
      if (coin) return { candidate: { kind: 'name-symbol', start: words.start(start), end: close, symbol, coin }, runStart: start };
    }
  }
  const spelled = words.wordsFrom(runStart, index - 1);
  // "a medium-term hold portfolio (MTH)": or the words before one small head noun that is no coin's.
  // Unless the words inflect the name of a coin holding the ticker: "Smooth Love Potions (SLP)".
  if (spellsAcronym(spelled, symbol) || (spelled.length > 2 && HEAD_NOUN.pattern.test(spelled.at(-1) as string) && spellsAcronym(spelled.slice(0, -1), symbol))) {
    for (const coin of holders) {
      const name = coin.name.toLowerCase().split(' ');
      const start = index - name.length;
      if (start >= runStart && name.every((word, k) => words.word(start + k).toLowerCase().startsWith(word))) return { candidate: { kind: 'name-symbol', start: words.start(start), end: close, symbol, coin }, runStart: start };
    }
    return { candidate: { kind: 'acronym', start: close, end: close, symbol }, runStart: index };
  }
  // "Bitcoin Diamond (BTCD)", "Fartcoin (FART)": a per-tab coin's whole name before a ticker no
  // per-tab coin holds (an exchange's old ticker, a long-tail namesake's) is still that coin.
  // A bracket that puts letters before the named coin's ticker is a token made from the coin: the
  // bracket's per-tab holder ("liquid-staked Ether (STETH)", "Mantle Staked ETH (mETH)") or the long
  // tail's ("Wrapped TRON (WTRX)"). "XRP Ledger (XRPL)" and "FileCoin (FILE)" stay the coin, and so do
  // an exchange's contract codes, digits or Kraken's X first ("Pepe (1000PEPE)", "Ethereum (XETH)").
  const named = wholeNameBefore(words, runStart, index, lexicon);
  const derived = named !== null && symbol !== named.coin.symbol && symbol.endsWith(named.coin.symbol) && DERIVED_FIRST.pattern.test(symbol);
  if (holders.length > 0) return named && derived ? { candidate: { kind: 'name-symbol', start: words.start(named.start), end: close, symbol, coin: holders[0] as LexiconCoin }, runStart: named.start } : null;
  if (named && !derived) return { candidate: { kind: 'name-symbol', start: words.start(named.start), end: close, symbol: named.coin.symbol, coin: named.coin }, runStart: named.start };
  // "OKB (OKX)": the reversed form, a ticker glossed by a name; the ticker is judged as written.
  const before = words.word(index - 1);
  if (before === before.toUpperCase() && coinsForSymbol(lexicon, before).length > 0) return null;
  // "Bitcoin Exchange-Traded Funds (ETFs)": a stop-listed acronym glosses no long-tail name, and
  // the coins named before it keep their own mentions.
  const hintStart = BARE_SYMBOL_STOPLIST.has(symbol) ? index : capitalisedHintStart(words, runStart, index, symbol);
  if (hintStart === index) return null;
  const hint = text.slice(words.start(hintStart), words.end(index - 1));
  const start = words.start(hintStart);
  return { candidate: { kind: 'long-tail', form: 'name-symbol', start, end: close, symbol, nameHint: hint }, runStart: hintStart };
}

/** "BTCUSD" → "BTC" when the base is a coin's ticker and the rest a quote currency, else "". */
function gluedPairBase(symbol: string, lexicon: Lexicon): string {
  for (let k = 0; k < BRACKET_PAIR_QUOTES.length; k++) {
    const quote = BRACKET_PAIR_QUOTES[k] as string;
    if (symbol.length > quote.length + 1 && symbol.endsWith(quote) && coinsForSymbol(lexicon, symbol.slice(0, -quote.length)).length > 0) return symbol.slice(0, -quote.length);
  }
  return '';
}

const BRACKET_PAIR_QUOTES: readonly string[] = ['USDT', 'USDC', 'USD'];

const BRACKET_GAP = new Phrase('bracketGap');
const CAPITAL_OR_DIGIT_FIRST = new Phrase('capitalOrDigitFirst');
const SMALL_FIRST = new Phrase('smallFirst');
const NOT_CAPITAL = new Phrase('notCapital');
const DERIVED_FIRST = new Phrase('derivedFirst');

/** Words before "(" or "[": joined by single spaces or hyphens, within one clause. */
function nameRunStart(words: Words, index: number): number {
  const text = words.source;
  if (!words.has(index) || !words.has(index - 1)) return index;
  // "(", " (" or ", (" between the words ("ZClassic, (ZCL)" as some notices write it), "[" likewise.
  // A slice and a test: asked only for a ticker shape between brackets.
  if (!BRACKET_GAP.pattern.test(text.slice(words.end(index - 1), words.start(index)))) return index;
  let start = index - 1;
  while (start > 0 && index - start < MAX_RUN && joinsName(words.gapAfter(start - 1))) start--;
  return start;
}

function coinNamed(lexicon: Lexicon, words: Words, first: number, last: number, holders: readonly LexiconCoin[]): LexiconCoin | null {
  const entries = nameEntriesOf(words, first, last, lexicon);
  if (!entries) return null;
  for (let k = 0; k < entries.length; k++) {
    const coin = (entries[k] as NameEntry).coin;
    if (holdsCoin(holders, coin.id)) return coin;
  }
  return null;
}

function wholeNameBefore(words: Words, runStart: number, index: number, lexicon: Lexicon): { start: number; coin: LexiconCoin } | null {
  for (let start = runStart; start < index; start++) {
    if (!mayBeName(words, start, lexicon)) continue;
    const entry = nameEntriesOf(words, start, index - 1, lexicon)?.[0];
    if (entry && entry.policy !== 'company') return { start, coin: entry.coin };
  }
  return null;
}

function holdsCoin(holders: readonly LexiconCoin[], id: string): boolean {
  for (let k = 0; k < holders.length; k++) if ((holders[k] as LexiconCoin).id === id) return true;
  return false;
}

/** "total value locked (TVL)", "Securities and Exchange Commission (SEC)". */
export function spellsAcronym(words: readonly string[], symbol: string, exactly = false): boolean {
  if (symbol.length < 2) return false;
  // The initials without the small words an acronym skips, and with them ("Department of
  // Transportation (DOT)" keeps its "of").
  let letters = '';
  let all = '';
  for (const word of words) {
    // The parts of "all-time" and "Fetch.ai".
    for (let from = 0; from <= word.length; ) {
      let to = from;
      while (to < word.length && word.charCodeAt(to) !== 45 && word.charCodeAt(to) !== 46) to++;
      const part = word.slice(from, to);
      const initial = part[0]?.toUpperCase() ?? '';
      all += initial;
      if (!ACRONYM_SKIP.has(part.toLowerCase())) letters += initial;
      from = to + 1;
    }
  }
  const wanted = symbol.replace(NOT_CAPITAL.pattern, '');
  return exactly ? letters === wanted || all === wanted : letters.endsWith(wanted) || all.endsWith(wanted);
}

/** The capitalised words right before "(": "MARA Holdings", "Hivemapper", "지클래식"; or a lower-case
 * name that spells the ticker ("peaq (PEAQ)", "aixbt (AIXBT)", "ai16zeliza (ELIZA)"). */
function capitalisedHintStart(words: Words, runStart: number, index: number, symbol: string): number {
  const last = words.word(index - 1);
  if (last.toUpperCase() === symbol || (SMALL_FIRST.pattern.test(last) && last.toUpperCase().includes(symbol))) return index - 1;
  // Not over a capitalised article or pronoun that opens the sentence ("The Wrapped NXM (WNXM) token").
  let start = index;
  while (start > runStart && CAPITAL_OR_DIGIT_FIRST.pattern.test(words.word(start - 1)) && !functionWords.hasLowerCase(words, start - 1)) start--;
  // A caseless script has no capital to follow back: Korean and Japanese notices glue the name to
  // the bracket ("루프네트워크(LOOM)"), and the words before it are the sentence's ("비트코인 역시 미국
  // 소비자물가지수(CPI)" holds Bitcoin, not a name of four words).
  return start === index && isCjk(last.charCodeAt(0)) ? index - 1 : start;
}
