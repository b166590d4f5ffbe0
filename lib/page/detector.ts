/**
 * Walking-skeleton detector: `$SYM` cashtags and `Name (SYM)` for a handful of coins. It exists
 * only until lib/detect lands; the page layer talks to it through the PageDetector interface.
 */
import type { PageDetector, PageMention } from './types';

const COINS: Record<string, { id: string; name: string }> = {
  ATH: { id: 'aethir', name: 'Aethir' },
  BTC: { id: 'bitcoin', name: 'Bitcoin' },
  ETH: { id: 'ethereum', name: 'Ethereum' },
  TAO: { id: 'bittensor', name: 'Bittensor' },
  RENDER: { id: 'render-token', name: 'Render' },
  FET: { id: 'fetch-ai', name: 'Artificial Superintelligence Alliance' },
  FIL: { id: 'filecoin', name: 'Filecoin' },
  ONDO: { id: 'ondo-finance', name: 'Ondo' },
};

const PATTERN = /\$([A-Z]{2,10})\b|\b([A-Z][A-Za-z]+) \(([A-Z]{2,10})\)/g;

export function createSkeletonDetector(): PageDetector {
  return {
    learn: () => undefined,
    detect(text) {
      const mentions: PageMention[] = [];
      for (const match of text.matchAll(PATTERN)) {
        const symbol = match[1] ?? match[3] ?? '';
        const coin = COINS[symbol];
        if (!coin) continue;
        if (match[1]) {
          mentions.push({ coinId: coin.id, symbol, start: match.index, end: match.index + match[0].length, form: 'cashtag' });
        } else if (match[2] === coin.name) {
          mentions.push({ coinId: coin.id, symbol, start: match.index, end: match.index + match[0].length, form: 'name-symbol' });
        }
      }
      return mentions;
    },
    label(coinId) {
      const entry = Object.entries(COINS).find(([, coin]) => coin.id === coinId);
      return entry ? `${entry[1].name} (${entry[0]})` : undefined;
    },
  };
}
