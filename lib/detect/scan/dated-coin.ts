import type { Lexicon, LexiconCoin, NameEntry } from '../lexicon/compile-lexicon';
import { isNameRenameTarget, renamedCoinAt } from '../lexicon/renamed-eras';
import { ERA_WITNESSES } from '../tables/renamed-tickers';

/** "Polygon (MATIC)" in 2021: the coin the written ticker meant on the text's date. */
export function datedTickerCoin(lexicon: Lexicon, symbol: string, coin: LexiconCoin, date: string): LexiconCoin {
  const dated = renamedCoinAt('ticker', symbol, date);
  return (dated && lexicon.coins.get(dated)) || coin;
}

/** "Polygon" in 2021 is MATIC's coin, in 2025 POL's; "Terra" before May 2022 is LUNC's;
 * "Splinterlands" before its token is none (undefined). */
export function datedNameCoin(lexicon: Lexicon, entry: NameEntry, date: string, pageCoins?: ReadonlySet<string>): LexiconCoin | undefined {
  if (!isNameRenameTarget(entry.coin.id)) return entry.coin;
  if (pageCoins) {
    // "Terra's UST" in 2024: a dead asset on the page dates the name to its era.
    for (const { kind, witness, written, coinId } of ERA_WITNESSES) {
      const coin = kind === 'name' && written === entry.key && pageCoins.has(witness) ? lexicon.coins.get(coinId) : undefined;
      if (coin) return coin;
    }
  }
  const dated = renamedCoinAt('name', entry.key, date);
  return dated === '' ? undefined : (dated && lexicon.coins.get(dated)) || entry.coin;
}
