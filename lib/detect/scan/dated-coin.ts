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
  // "Terra's UST" in 2024: a dead asset on the page dates the name to its era.
  const witnessed = pageCoins && witnessCoin(lexicon, entry.key, pageCoins);
  if (witnessed) return witnessed;
  const dated = renamedCoinAt('name', entry.key, date);
  return dated === '' ? undefined : (dated && lexicon.coins.get(dated)) || entry.coin;
}

/**
 * "Luna (LUNA)" beside "TerraUSD (UST)" in a 2024 look back: the name in a Name (SYM) dates the
 * way it does alone (datedNameCoin); the successor's own name ("Terra 2.0 (LUNA)") has no row and
 * keeps the ticker's date. The witnessed coin, or undefined (`witnesses` are the page's bound
 * coins; without them, whether any row could date the name).
 */
export function witnessedNameCoin(lexicon: Lexicon, text: string, start: number, end: number, witnesses?: ReadonlySet<string>): LexiconCoin | undefined {
  return witnessCoin(lexicon, nameKey(text.slice(start, text.lastIndexOf('(', end))), witnesses);
}

/** The coin an ERA_WITNESSES row of kind 'name' dates the name key to, by a witness among
 * `witnesses` (any witness when they are not given). */
function witnessCoin(lexicon: Lexicon, key: string, witnesses?: ReadonlySet<string>): LexiconCoin | undefined {
  // An index loop, no destructuring: asked for names on every text node, mostly before V8 optimises it.
  for (let k = 0; k < ERA_WITNESSES.length; k++) {
    const row = ERA_WITNESSES[k] as (typeof ERA_WITNESSES)[number];
    const coin = row.kind === 'name' && row.written === key && (!witnesses || witnesses.has(row.witness)) ? lexicon.coins.get(row.coinId) : undefined;
    if (coin) return coin;
  }
  return undefined;
}
