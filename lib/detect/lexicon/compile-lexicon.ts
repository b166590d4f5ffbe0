import { CHAIN_NAMES, NAME_ALIASES, PRODUCT_NAMES } from '../tables/name-aliases';
import { RENAMED_ASSETS } from '../tables/renamed-tickers';
import { renamedCoinAt, renamedTickerCoinsEver } from './renamed-eras';
import { HashBits, pairHash } from '../text/hash-bits';
import { Phrase } from '../text/phrase';
import { nameKey, wordHash } from '../text/tokenize';
import type { NamePolicy } from '../types';
import type { CompactLexicon } from './compact-format';
import { NamePrefixTable } from './name-prefix-table';
import { NAME_POLICY_BITS, SYMBOL_IS_WORD } from './compact-flags';


export interface LexiconCoin {
  readonly id: string;
  readonly symbol: string;
  readonly name: string;
  readonly rank: number | null;
  readonly symbolIsWord: boolean;
}

export interface NameEntry {
  readonly coin: LexiconCoin;
  readonly policy: NamePolicy;
  /** The name's lookup key ("shiba inu"). */
  readonly key: string;
}

/** The runtime form of the compact lexicon: hash lookups only, built once per tab. */
export interface Lexicon {
  readonly dataDate: string;
  readonly coins: ReadonlyMap<string, LexiconCoin>;
  /** Upper-case ticker → coins holding it, best rank first. */
  readonly bySymbol: ReadonlyMap<string, readonly LexiconCoin[]>;
  /** The renamed tickers only, each with every coin it ever meant first ("MATIC": POL and
   * matic-network), then bySymbol's holders: what the scanner asks, before bySymbol. Not a full
   * copy of bySymbol with these replaced (a Map of ~600 entries, ~24 KB per tab). */
  readonly renamedEver: ReadonlyMap<string, readonly LexiconCoin[]>;
  /** nameKey → entries, best rank first. */
  readonly byName: ReadonlyMap<string, readonly NameEntry[]>;
  readonly maxNameWords: number;
  /** Every word-prefix of every name key ("shiba", "shiba inu"), by chained word hash: names
   * are matched in the text in place, and a lookup stops at the first word no name goes on with. */
  readonly namePrefixes: NamePrefixTable;
  /** Hashes of name words (`wordHash`), so the scanner passes over most words without making
   * strings of them: first words of names, names of one word, and every word-prefix of two or
   * more words of a longer name ("shiba inu", "cat in a": `pairHash` chained word by word). */
  readonly nameHashes: { readonly first: HashBits; readonly whole: HashBits; readonly prefixes: HashBits };
  /** Hashes of every ticker bySymbol and renamedEver hold (`wordHash`, case-folded): an upper-case word
   * that is no ticker ("SEC", "CEO") is passed over without a string. 4 KB. */
  readonly symbolHashes: HashBits;
}

/** False when no name starts with the word of this hash (`Words.hash`, `wordHash`). */
export function mayStartName(lexicon: Lexicon, hash: number): boolean {
  return lexicon.nameHashes.first.mayHave(hash);
}

/** A name's policy by its flag bits: NAME_ANY_CASE (0), NAME_CAPITALIZED (1), NAME_NEEDS_CONTEXT (2);
 * NAME_NEVER (3) has none. An array, not a record keyed by the constants: fewer bytes in news.js. */
const POLICY_NAMES: readonly NamePolicy[] = ['any-case', 'capitalized', 'needs-context'];

export function compileLexicon(compact: CompactLexicon): Lexicon {
  const coins = new Map<string, LexiconCoin>();
  const bySymbol = new Map<string, LexiconCoin[]>();
  const byName = new Map<string, NameEntry[]>();
  let maxNameWords = 1;
  const addName = (name: string, coin: LexiconCoin, policy: NamePolicy): void => {
    const key = nameKey(name);
    if (key === '') return;
    const list = byName.get(key);
    if (list?.some((existing) => existing.coin.id === coin.id)) return;
    // Lists made to size, not grown by push: V8 gives a pushed-to empty array room for 17
    // elements, and ~1,300 lists of one or two (here and in bySymbol) held ~170 KB per tab.
    byName.set(key, list ? [...list, { coin, policy, key }] : [{ coin, policy, key }]);
    maxNameWords = Math.max(maxNameWords, key.split(' ').length);
  };

  for (const [id, symbol, name, rank, flags] of compact.coins) {
    if (coins.has(id)) continue;
    const coin: LexiconCoin = { id, symbol, name, rank, symbolIsWord: (flags & SYMBOL_IS_WORD) !== 0 };
    coins.set(id, coin);
    const holders = bySymbol.get(symbol);
    bySymbol.set(symbol, holders ? [...holders, coin] : [coin]);
    const policy = POLICY_NAMES[flags & NAME_POLICY_BITS];
    for (const variant of nameVariants(name, policy)) if (policy) addName(variant, coin, policy);
  }
  for (const alias of [...NAME_ALIASES, ...CHAIN_NAMES, ...PRODUCT_NAMES]) {
    const coin = coins.get(alias.coinId);
    if (coin) addName(alias.name, coin, alias.policy ?? 'capitalized');
  }
  // A name several coins carry means the biggest one ("Polygon": POL, not the retired MATIC id).
  for (const entries of byName.values()) entries.sort((a, b) => (a.coin.rank ?? Infinity) - (b.coin.rank ?? Infinity));
  const nameHashes = { first: new HashBits(), whole: new HashBits(), prefixes: new HashBits() };
  for (const key of byName.keys()) {
    const [first = '', ...rest] = key.split(' ');
    let hash = wordHash(first);
    nameHashes.first.add(hash);
    if (rest.length === 0) nameHashes.whole.add(hash);
    for (const word of rest) {
      hash = pairHash(hash, wordHash(word));
      nameHashes.prefixes.add(hash);
    }
  }
  const renamedEver = new Map<string, readonly LexiconCoin[]>();
  for (const row of RENAMED_ASSETS) {
    if (row.kind !== 'ticker') continue;
    const first = renamedTickerCoinsEver(row.written).flatMap((id) => coins.get(id) ?? []);
    const holders = bySymbol.get(row.written) ?? [];
    if (first.length > 0) renamedEver.set(row.written, [...first, ...holders.filter((coin) => !first.includes(coin))]);
  }
  const symbolHashes = new HashBits(15);
  for (const symbol of bySymbol.keys()) symbolHashes.add(wordHash(symbol));
  for (const symbol of renamedEver.keys()) symbolHashes.add(wordHash(symbol));
  return { dataDate: compact.dataDate, coins, bySymbol, renamedEver, byName, maxNameWords, namePrefixes: new NamePrefixTable(byName), nameHashes, symbolHashes };
}

/** "EigenCloud (prev. EigenLayer)" → both names; "POL (ex-MATIC)" → "POL";
 * "Binance Bridged USDT (BNB Smart Chain)" → "Binance Bridged USDT". */
const FORMER_NAME = new Phrase('formerName');

/** A name of one word of six letters or more; a bracketed part; a name ending in "coin". */
const LETTERS_ONLY = new Phrase('lettersOnly');
const BRACKETED_PART = new Phrase('bracketedPart');
const COIN_ENDING = new Phrase('coinEnding');

function nameVariants(name: string, policy: NamePolicy | undefined): string[] {
  const previous = FORMER_NAME.pattern.exec(name)?.[1];
  const bare = name.replace(BRACKETED_PART.pattern, ' ').trim();
  const names = previous ? [bare, previous.trim()] : [bare];
  for (const variant of [...names]) {
    // A coin named a coin is counted in the plural too ("10,000 bitcoins", "Dogecoins"); a
    // distinctive name of six letters or more also with an "s" for the possessive whose
    // apostrophe rewritten copy drops ("Ethereums native token").
    if (COIN_ENDING.pattern.test(variant) || (policy === 'any-case' && LETTERS_ONLY.pattern.test(variant))) names.push(`${variant}s`);
    // A name of two words or more written as one ("BitcoinCash", "RocketPool").
    if (policy !== 'needs-context' && variant.includes(' ')) names.push(variant.replaceAll(' ', ''));
  }
  return names;
}

/**
 * Coins a written ticker may mean, best first. With the text's date (YYYY-MM-DD), a renamed
 * ticker's coin of that date comes first ("MATIC" in 2021 is `matic-network`, in 2025 POL);
 * without one, every coin the ticker ever meant is included (the scanner asks only whether a
 * word can be a coin at all).
 */
export function coinsForSymbol(lexicon: Lexicon, symbol: string, date?: string): readonly LexiconCoin[] {
  if (date === undefined) return lexicon.renamedEver.get(symbol) ?? lexicon.bySymbol.get(symbol) ?? NO_COINS;
  const holders = lexicon.bySymbol.get(symbol) ?? NO_COINS;
  const dated = renamedCoinAt('ticker', symbol, date);
  const coin = dated ? lexicon.coins.get(dated) : undefined;
  // '' : the ticker meant no tracked coin then ("MEW" in 2018 is MyEtherWallet).
  if (!coin) return dated === '' ? NO_COINS : holders;
  // Asked for every renamed ticker on a page, all with the page's one date: the list is kept.
  let lists = datedLists.get(lexicon);
  if (!lists) datedLists.set(lexicon, (lists = new Map()));
  const kept = lists.get(symbol);
  if (kept?.date === date) return kept.coins;
  const coins = [coin, ...holders.filter((holder) => holder !== coin)];
  lists.set(symbol, { date, coins });
  return coins;
}

/** The last dated list per renamed ticker ("MATIC" on 2021-06-01 → matic-network first). */
const datedLists = new WeakMap<Lexicon, Map<string, { date: string; coins: readonly LexiconCoin[] }>>();

const NO_COINS: readonly LexiconCoin[] = [];
