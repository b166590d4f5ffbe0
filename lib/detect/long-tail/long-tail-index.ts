import type { CompactLongTail } from '../lexicon/compact-format';
import { nameKey } from '../text/tokenize';

export interface LongTailCoin {
  readonly id: string;
  readonly symbol: string;
  readonly name: string;
  readonly nameKey: string;
  readonly rank: number | null;
  /** Bridged, wrapped or pegged copies of another chain's coin, or of a company's share: never the one a reader means. */
  readonly derivative: boolean;
  /** A token that mirrors a company's share under the share's own ticker ("Galaxy Digital Inc.
   * Class A Common Stock", GLXY): "Galaxy Digital (GLXY)" in news is the equity, in any form. */
  readonly share: boolean;
}

/** Hash indexes over all of /coins/list. Lives in the background (and the CLI), not in tabs. */
export interface LongTailIndex {
  readonly bySymbol: ReadonlyMap<string, readonly LongTailCoin[]>;
  readonly byName: ReadonlyMap<string, readonly LongTailCoin[]>;
  /** Proper word-prefixes of names ("powerpool" for "PowerPool Concentrated Voting Power"). */
  readonly byNamePrefix: ReadonlyMap<string, readonly LongTailCoin[]>;
}

const DERIVATIVE = /bridged|wrapped|binance-peg|\bpeg\b|wormhole|\[old\]|\biou\b|osmosis all|\bon (?:base|sol|eth|bsc)\b/i;
const SHARE = /\bcommon stock\b/i;

export function buildLongTailIndex(compact: CompactLongTail): LongTailIndex {
  const bySymbol = new Map<string, LongTailCoin[]>();
  const byName = new Map<string, LongTailCoin[]>();
  const byNamePrefix = new Map<string, LongTailCoin[]>();
  for (const [id, symbol, name, rank] of compact.coins) {
    const share = SHARE.test(name);
    const coin: LongTailCoin = { id, symbol, name, nameKey: nameKey(name), rank, derivative: share || DERIVATIVE.test(`${id} ${name}`), share };
    push(bySymbol, symbol, coin);
    if (coin.nameKey === '') continue;
    push(byName, coin.nameKey, coin);
    for (let space = coin.nameKey.indexOf(' '); space !== -1; space = coin.nameKey.indexOf(' ', space + 1)) {
      push(byNamePrefix, coin.nameKey.slice(0, space), coin);
    }
  }
  return { bySymbol, byName, byNamePrefix };
}

function push(map: Map<string, LongTailCoin[]>, key: string, coin: LongTailCoin): void {
  const list = map.get(key);
  if (list) list.push(coin);
  else map.set(key, [coin]);
}
