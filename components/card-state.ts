/** Everything the hover card can be asked to show. */
import type { Window } from '../lib/model';
import type { MarketErrorInfo, TokenView } from '../lib/messaging/views';

export interface Alternative {
  coinId: string;
  label: string;
}

export type CardState =
  | { status: 'loading'; coinId: string; symbol: string; label?: string }
  | { status: 'ready'; view: TokenView; window: Window; error?: MarketErrorInfo }
  | { status: 'error'; coinId: string; symbol: string; label?: string; error: MarketErrorInfo }
  | { status: 'no-data'; coinId: string; symbol: string; label?: string };

export function coinPageUrl(coinId: string): string {
  return `https://www.coingecko.com/en/coins/${encodeURIComponent(coinId)}`;
}
