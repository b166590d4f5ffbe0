import type { Lexicon, LexiconCoin, NameEntry } from '../lexicon/compile-lexicon';
import { NAME_RENAME_TARGETS, renamedCoinAt } from '../tables/renamed-tickers';

/** "Polygon (MATIC)" in 2021: the coin the written ticker meant on the text's date. */
export function datedTickerCoin(lexicon: Lexicon, symbol: string, coin: LexiconCoin, date: string): LexiconCoin {
  const dated = renamedCoinAt('ticker', symbol, date);
  return (dated && lexicon.coins.get(dated)) || coin;
}

/** "Polygon" in 2021 is MATIC's coin, in 2025 POL's; "Terra" before May 2022 is LUNC's. */
export function datedNameCoin(lexicon: Lexicon, entry: NameEntry, date: string): LexiconCoin {
  if (!NAME_RENAME_TARGETS.has(entry.coin.id)) return entry.coin;
  const dated = renamedCoinAt('name', entry.key, date);
  return (dated && lexicon.coins.get(dated)) || entry.coin;
}
