import type { CompactCoin, CompactLexicon, CompactLongTail } from './compact-format';
import { NAME_NEVER, SYMBOL_IS_WORD } from './compact-flags';
import { namePolicyFor, type IsOrdinaryWord } from './name-policy';
import { RENAMED_ASSETS } from '../tables/renamed-tickers';

/** The fields of a /coins/markets row the lexicon needs. */
export interface MarketRowInput {
  id: string;
  symbol: string;
  name: string;
  market_cap_rank: number | null;
}

/** A /coins/list row. */
export interface ListRowInput {
  id: string;
  symbol: string;
  name: string;
}

export interface BuildLexiconInput {
  /** /coins/markets rows; when several snapshots are given, list the newest first: a coin's
   * rank is taken from the first snapshot that has it. */
  markets: readonly (readonly MarketRowInput[])[];
  list: readonly ListRowInput[];
  /** Unranked ids from `list` to include in the compact lexicon anyway. */
  notableIds: readonly string[];
  isOrdinaryWord: IsOrdinaryWord;
  /** Words too rare to need context but real enough that the lower-case form is not a name. */
  isRareWord?: IsOrdinaryWord;
  dataDate: string;
  sources: readonly string[];
}

export interface BuiltLexicon {
  top: CompactLexicon;
  longTail: CompactLongTail;
}

/** Pure: the background calls it with fresh API rows, lib/cli/build-lexicon.ts with fixtures. */
export function buildLexicon(input: BuildLexiconInput): BuiltLexicon {
  const ranked = new Map<string, MarketRowInput>();
  for (const snapshot of input.markets) {
    for (const row of snapshot) if (!ranked.has(row.id)) ranked.set(row.id, row);
  }
  const listById = new Map(input.list.map((row) => [row.id, row]));

  const top: CompactCoin[] = [];
  const symbolFlagOf = (symbol: string): number => (input.isOrdinaryWord(symbol.toLowerCase()) ? SYMBOL_IS_WORD : 0);
  const toCompact = (id: string, symbol: string, name: string, rank: number | null): CompactCoin => [id, symbol.toUpperCase(), name, rank, namePolicyFor(name, input.isOrdinaryWord, input.isRareWord) | symbolFlagOf(symbol)];
  const byRank = [...ranked.values()].sort((a, b) => (a.market_cap_rank ?? Infinity) - (b.market_cap_rank ?? Infinity));
  // A bridged copy of another chain's coin ("Arbitrum Bridged WETH (Arbitrum One)", "Wrapped
  // Ether (Mantle Bridge)") is never what a reader means by the plain ticker or name: it joins
  // last, unranked and without a name, so the canonical coin wins "WETH" and "Wrapped Ether".
  const bridged: CompactCoin[] = [];
  for (const row of byRank) {
    if (BRIDGED.test(`${row.id} ${row.name}`)) bridged.push([...toCompact(row.id, row.symbol, row.name, null).slice(0, 4), NAME_NEVER | symbolFlagOf(row.symbol)] as CompactCoin);
    else top.push(toCompact(row.id, row.symbol, row.name, positiveOrNull(row.market_cap_rank)));
  }
  // Every coin a renamed ticker or name meant joins too: "UST" in a 2022 text must find TerraUSD.
  const renameTargets = RENAMED_ASSETS.flatMap((row) => row.eras.map((era) => era.coinId)).filter((id) => id !== '');
  for (const id of new Set([...input.notableIds, ...renameTargets])) {
    const row = listById.get(id);
    if (row && !ranked.has(id)) top.push(toCompact(row.id, row.symbol, row.name, null));
  }
  top.push(...bridged);

  const longTail = input.list.map((row): [string, string, string, number | null] => [
    row.id,
    row.symbol.toUpperCase(),
    row.name,
    positiveOrNull(ranked.get(row.id)?.market_cap_rank ?? null),
  ]);

  return {
    top: { format: 'sector-lens/lexicon@1', dataDate: input.dataDate, sources: [...input.sources], coins: top },
    longTail: { format: 'sector-lens/long-tail@1', dataDate: input.dataDate, coins: longTail },
  };
}

const BRIDGED = /\bbridged?\b/i;

function positiveOrNull(rank: number | null): number | null {
  return rank !== null && Number.isInteger(rank) && rank > 0 ? rank : null;
}
