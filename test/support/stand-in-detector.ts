/**
 * A stand-in detector for page-layer tests and the in-page benchmark harness: `$SYM` cashtags and
 * `Name (SYM)` for a handful of coins, behind the same PageDetector interface as the real one.
 * Symbols shared by several coins resolve to the first listed unless the reader pinned another.
 */
import type { PageDetector, PageMention } from '../../lib/page/types';

interface Coin {
  id: string;
  name: string;
}

const COINS: Record<string, readonly Coin[]> = {
  ATH: [
    { id: 'aethir', name: 'Aethir' },
    { id: 'athenadao-token', name: 'AthenaDAO' },
    { id: 'all-time-high-degen', name: 'All Time High Degen' },
  ],
  BTC: [{ id: 'bitcoin', name: 'Bitcoin' }],
  ETH: [{ id: 'ethereum', name: 'Ethereum' }],
  TAO: [
    { id: 'bittensor', name: 'Bittensor' },
    { id: 'fusotao', name: 'Fusotao' },
  ],
  RENDER: [{ id: 'render-token', name: 'Render' }],
  FET: [{ id: 'fetch-ai', name: 'Artificial Superintelligence Alliance' }],
  FIL: [{ id: 'filecoin', name: 'Filecoin' }],
  ONDO: [{ id: 'ondo-finance', name: 'Ondo' }],
};

const PATTERN = /\$([A-Z]{2,10})\b|\b([A-Z][A-Za-z]+) \(([A-Z]{2,10})\)/g;

export function createSkeletonDetector(): PageDetector {
  let pins: Readonly<Record<string, string>> = {};
  const choose = (symbol: string, coins: readonly Coin[]) => coins.find((coin) => coin.id === pins[symbol]) ?? coins[0];
  return {
    maxMentionLength: 64,
    learn: () => undefined,
    setPins(next) {
      pins = next;
    },
    detect(text) {
      const mentions: PageMention[] = [];
      for (const match of text.matchAll(PATTERN)) {
        const symbol = match[1] ?? match[3] ?? '';
        const coins = COINS[symbol];
        if (!coins) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (match[1]) {
          const coin = choose(symbol, coins);
          if (!coin) continue;
          const alternatives = coins.filter((other) => other !== coin).map((other) => other.id);
          mentions.push({ coinId: coin.id, symbol, start, end, form: 'cashtag', ...(alternatives.length ? { alternatives } : {}) });
        } else {
          // A name binds the symbol to that coin, whatever the pins say.
          const coin = coins.find((candidate) => candidate.name === match[2]);
          if (coin) mentions.push({ coinId: coin.id, symbol, start, end, form: 'name-symbol' });
        }
      }
      return mentions;
    },
    label(coinId) {
      for (const [symbol, coins] of Object.entries(COINS)) {
        const coin = coins.find((candidate) => candidate.id === coinId);
        if (coin) return `${coin.name} (${symbol})`;
      }
      return undefined;
    },
  };
}
