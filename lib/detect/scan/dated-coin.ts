import type { Lexicon, LexiconCoin, NameEntry } from '../lexicon/compile-lexicon';
import { isNameRenameTarget, renamedCoinAt } from '../lexicon/renamed-eras';
import { ERA_WITNESSES } from '../tables/renamed-tickers';
import { nameKey } from '../text/tokenize';

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

/**
 * "Luna (LUNA)" beside "TerraUSD (UST)" in a 2024 look back: the name in a Name (SYM) dates the
 * way it does alone, by a dead asset the page names (ERA_WITNESSES rows of kind 'name'); the
 * successor's own name ("Terra 2.0 (LUNA)") has no row and keeps the ticker's date. The witnessed
 * coin, or undefined (`witnesses` are the page's bound coins; none yet when undefined).
 */
export function witnessedNameCoin(lexicon: Lexicon, text: string, start: number, end: number, witnesses?: ReadonlySet<string>): LexiconCoin | undefined {
  const key = nameKey(text.slice(start, text.lastIndexOf('(', end)));
  for (let k = 0; k < ERA_WITNESSES.length; k++) {
    const row = ERA_WITNESSES[k] as (typeof ERA_WITNESSES)[number];
    if (row.kind === 'name' && row.written === key && (!witnesses || witnesses.has(row.witness))) return lexicon.coins.get(row.coinId);
  }
  return undefined;
}
