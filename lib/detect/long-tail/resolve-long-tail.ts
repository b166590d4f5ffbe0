import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { COMPANY_NAMES, TOKENLESS_NETWORKS } from '../tables/company-names';
import { GENERIC_TERM_NAMES, GENERIC_TOKEN_WORDS, PROJECT_NAME_SUFFIXES } from '../tables/context-words';
import { nameKey } from '../text/tokenize';
import { isScriptHint } from '../text/word-shape';
import type { Mention, UnresolvedCandidate } from '../types';
import type { LongTailCoin, LongTailIndex } from './long-tail-index';
import { FORMER_LISTED_TICKERS, LISTED_HOLDER_ERAS, LISTED_HOLDERS } from './listed-holders';

/**
 * Resolves strong-form candidates the compact lexicon did not know against all of /coins/list.
 * Pure; the background calls it for the content script, the CLI calls it directly.
 * /coins/list has no market caps and 2,366 tickers are shared, so a candidate resolves only when
 * one coin is clearly meant: its name matches the words written before "(SYM)", or it is the
 * only (or only ranked) non-derivative holder of a cashtag/pair ticker. Otherwise: no mention.
 * `date` (YYYY-MM-DD, the text's; default today) picks a ticker's listed holder of that time.
 */
export function resolveLongTail(candidates: readonly UnresolvedCandidate[], index: LongTailIndex, date?: string): Mention[] {
  const mentions: Mention[] = [];
  for (const written of candidates) {
    let candidate = written;
    let coin = pick(candidate, index, date);
    // "The Kleros token jumped": the scan's run of capitalised words took the sentence's article.
    // The name without it, when the whole run names no coin ("The Graph" is one when it does).
    // Never a sector word that the article made look like a name ("The Native token of …").
    if (!coin && candidate.form === 'name' && candidate.symbol === null && candidate.nameHint?.startsWith('The ') && !GENERIC_TOKEN_WORDS.has(candidate.nameHint.slice(4))) {
      candidate = { ...candidate, nameHint: candidate.nameHint.slice(4), start: candidate.start + 4 };
      coin = pick(candidate, index, date);
    }
    if (!coin) coin = nameTailHolder(candidate, index);
    if (!coin) continue;
    const confidence = candidate.form === 'name-symbol' ? 0.9 : candidate.form === 'symbol' ? 0.7 : 0.8;
    mentions.push({ coinId: coin.id, symbol: coin.symbol, start: candidate.start, end: candidate.end, form: candidate.form, confidence });
  }
  return mentions;
}

/**
 * "TE-FOOD (TONE)" in a delisting notice: the scan read the capitalised tail of a hyphenated name
 * as a ticker and the real ticker in brackets as its name ("FOOD (TONE)"). When that reading names
 * no coin, the bracket's ticker whose holder's name of two or more words ends in the written word.
 */
function nameTailHolder(candidate: UnresolvedCandidate, index: LongTailIndex): LongTailCoin | null {
  const ticker = candidate.nameHint;
  if (candidate.form !== 'name-symbol' || candidate.symbol === null || ticker === undefined || !/^[A-Z][A-Z0-9]{1,9}$/.test(ticker)) return null;
  const tail = ` ${candidate.symbol.toLowerCase()}`;
  return sole((index.bySymbol.get(ticker) ?? []).filter((coin) => !coin.derivative && !coin.share && coin.nameKey.endsWith(tail)));
}

function pick(candidate: UnresolvedCandidate, index: LongTailIndex, date: string | undefined): LongTailCoin | null {
  // "Spark" on a page that wrote "Spark’s SPK": the holder of the ticker carrying exactly the name.
  if (candidate.form === 'name' && candidate.symbol !== null) {
    const key = nameKey(candidate.nameHint ?? '');
    return sole((index.bySymbol.get(candidate.symbol) ?? []).filter((coin) => !coin.derivative && coin.nameKey === key));
  }
  if (candidate.form === 'name') {
    const key = nameKey(candidate.nameHint ?? '');
    // "Liquid Staking Token", "Move": a term, not the small coin named after it; "Celsius Network"
    // alone is the lender (its CEL counts by ticker), "Base" the tokenless network.
    if (isNotACoin(key)) return null;
    // The exact name, else the one coin whose name the written words begin ("Powerpool").
    // Never a token of a company's share by the company's name alone ("Citigroup, Nasdaq, Visa,
    // Khosla Ventures": not "Visa xStock"); its cashtag and pairs still resolve.
    const exact = (index.byName.get(key) ?? []).filter((coin) => !coin.derivative && !STOCK_TOKEN.test(coin.name));
    if (exact.length > 0) return sole(exact);
    const prefixed = current((index.byNamePrefix.get(key) ?? []).filter((coin) => !coin.derivative && !STOCK_TOKEN.test(coin.name)));
    if (prefixed.length === 1) return prefixed[0] ?? null;
    // "Vesper" → "Vesper Finance", not "Vesper V-Dollar": the name plus a project suffix.
    const projects = prefixed.filter((coin) => PROJECT_SUFFIX_KEYS.has(coin.nameKey.slice(key.length + 1)));
    if (projects.length === 1) return projects[0] ?? null;
    // "Cream Finance" → "Cream": the project written with a suffix its coin's name lacks.
    const suffix = key.lastIndexOf(' ');
    // Never a firm or a tokenless network with its suffix: "Base Chain" is Coinbase's L2, no coin.
    if (suffix > 0 && PROJECT_SUFFIX_KEYS.has(key.slice(suffix + 1)) && !isNotACoin(key.slice(0, suffix))) {
      const bare = (index.byName.get(key.slice(0, suffix)) ?? []).filter((coin) => !coin.derivative);
      if (bare.length > 0) return sole(bare);
    }
    return null;
  }
  const holders = index.bySymbol.get(candidate.symbol ?? '') ?? [];
  // "루프네트워크(LOOM)": a name in a script /coins/list does not use cannot be matched; the
  // ticker alone decides, as for a pair. Only a name in such a script: "05:00 (CET)" and
  // "Nov 30, 2018 (CET)" give digits before the bracket, and a time zone is no coin.
  // Never an acronym the bare-ticker stop-list holds: "증권거래위원회(SEC)" is the regulator.
  if (candidate.nameHint !== undefined && isScriptHint(candidate.nameHint)) return BARE_SYMBOL_STOPLIST.has(candidate.symbol ?? '') ? null : symbolHolder(candidate.symbol ?? '', holders, index, date);
  if (candidate.nameHint !== undefined) {
    const hintKey = nameKey(candidate.nameHint);
    // "the LSD (Liquid Staking Derivative) trade": a ticker glossed by the term its letters abbreviate,
    // never the small coin named after the term ("Ouroboros (ORX)" still names its coin).
    if (GENERIC_TERM_NAMES.has(hintKey) && hintKey.split(' ').map((word) => word[0]).join('').toUpperCase() === candidate.symbol) return null;
    // Never a share's token (long-tail-index.ts): "Galaxy Digital (GLXY)" is the equity.
    const matching = holders.filter((coin) => !coin.share && namesMatch(hintKey.split(' '), coin.nameKey));
    // "Mobius (MOBI)": "Mobius" and "Mobius Money" both fit; the one named exactly as written wins.
    const exact = matching.filter((coin) => coin.nameKey === hintKey);
    const named = exact.length === 1 ? (exact[0] ?? null) : sole(matching);
    if (named) return named;
    // "Moons ($MOON)": the listed holder's name without its qualifier ("r/CryptoCurrency Moons").
    // Never a firm's stock ticker ("Circle (CRCL)" is no "Just a Circle").
    const listed = COMPANY_NAMES.has(hintKey) ? null : listedHolder(candidate.symbol ?? '', index);
    if (listed?.nameKey.endsWith(` ${hintKey}`)) return listed;
    // "Loom Network (LOOM)" fits "Loom" and "Loom Network (NEW)": the name narrows, the listing
    // decides.
    if (listed && matching.includes(listed)) return listed;
    // "Donotfomoew (MOEW)": no coin carries the written name, but the one coin holding the
    // ticker is spelled inside it, and that coin has no name of its own to disagree with (it is
    // named after its ticker, "MOEW"). "Rifampicin (RIF)" is not "Rootstock Infrastructure
    // Framework", the one RIF the long tail holds: a memecoin it lacks, so no mention rather than
    // the wrong coin. Never a firm's stock ticker ("Robinhood (HOOD)").
    const only = holders.filter((coin) => !coin.derivative);
    const symbolKey = (candidate.symbol ?? '').toLowerCase();
    const spelled = hintKey.replace(/ /g, '').includes(symbolKey);
    return only.length === 1 && spelled && only[0]?.nameKey === symbolKey && !COMPANY_NAMES.has(hintKey) ? (only[0] ?? null) : null;
  }
  return symbolHolder(candidate.symbol ?? '', holders, index, date);
}

/** The coin a ticker written without a name means: of the text's time where the listed holder
 * changed, else the sole holder, else the one the exchanges list. */
function symbolHolder(symbol: string, holders: readonly LongTailCoin[], index: LongTailIndex, date: string | undefined): LongTailCoin | null {
  // "FUEL/ETH" in 2019: the holder of the text's time, or none, before the sole holder of today.
  const eras = LISTED_HOLDER_ERAS[symbol];
  if (eras) {
    const era = eras.find((row) => row.until === undefined || (date !== undefined && date < row.until));
    return era && era.id !== '' ? (holders.find((coin) => coin.id === era.id) ?? null) : null;
  }
  return sole(holders.filter((coin) => !coin.derivative)) ?? listedHolder(symbol, index) ?? soleOld(holders);
}

/** "NPXS/BTC" in a 2019 notice: a ticker only a replaced coin ever held ("Pundi X [OLD]"), which the
 * derivative filter set aside with the wrapped copies, is that coin. */
function soleOld(holders: readonly LongTailCoin[]): LongTailCoin | null {
  const old = holders.filter((coin) => OLD_NAME.test(coin.name));
  return old.length === 1 && old.length === holders.length ? (old[0] ?? null) : null;
}

const OLD_NAME = /\[old\]/i;

/** The coin the exchanges list under a ticker the long tail cannot settle (`listed-holders.ts`):
 * shared by several unranked coins (`CITY`), stored with its cashtag (`$MYRO`), or a former
 * ticker (`PLA`, PlayDapp's before PDA). */
function listedHolder(symbol: string, index: LongTailIndex): LongTailCoin | null {
  const former = FORMER_LISTED_TICKERS[symbol];
  const id = former?.id ?? LISTED_HOLDERS[symbol];
  const holders = index.bySymbol.get(former?.symbol ?? symbol);
  if (id === undefined) return holders === undefined ? sole(index.bySymbol.get(`$${symbol}`) ?? []) : null;
  return holders?.find((coin) => coin.id === id) ?? null;
}

const STOCK_TOKEN = /\bxstock\b|\btokeni[sz]ed stock\b/i;

const isNotACoin = (key: string): boolean => COMPANY_NAMES.has(key) || TOKENLESS_NETWORKS.has(key) || GENERIC_TERM_NAMES.has(key);

const PROJECT_SUFFIX_KEYS: ReadonlySet<string> = new Set([...PROJECT_NAME_SUFFIXES].map((word) => word.toLowerCase()));

/** "Kyber Network" → "Kyber Network Crystal", not "… Crystal Legacy": a coin that a newer one
 * of the same name replaced is never the one meant, when the newer one is there too. */
function current(coins: readonly LongTailCoin[]): readonly LongTailCoin[] {
  const live = coins.filter((coin) => !/\blegacy\b/i.test(coin.name));
  return live.length > 0 ? live : coins;
}

/** One coin, or the best-ranked when several are ranked; null when the choice is a guess. */
function sole(coins: readonly LongTailCoin[]): LongTailCoin | null {
  if (coins.length === 1) return coins[0] ?? null;
  const ranked = coins.filter((coin) => coin.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ranked[0] ?? null;
}

/** "Hivemapper" ~ "Hivemapper"; "Kaito AI" ~ "KAITO"; "Ocean" ~ "Ocean Protocol": some tail
 * of the written words starts the coin's name, or the coin's name starts it. */
function namesMatch(hintWords: readonly string[], coinKey: string): boolean {
  for (let start = 0; start < hintWords.length; start++) {
    const written = hintWords.slice(start).join(' ');
    if (written === coinKey || written.startsWith(coinKey + ' ') || coinKey.startsWith(written + ' ')) return true;
  }
  return false;
}
