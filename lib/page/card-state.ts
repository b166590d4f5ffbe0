/**
 * Everything the hover card can be asked to show: the view model of the card controller (its
 * state holder, fed by card-data.ts), drawn by components/hover-card.tsx as a type only.
 */
import type { ViewWindow } from '../model';
import type { MarketErrorInfo, TokenView } from '../messaging/views';

export interface Alternative {
  coinId: string;
  label: string;
}

export type CardState =
  | { status: 'loading'; coinId: string; symbol: string; label?: string }
  /** `retryAt`: some figure is still on its way; the card asks again then (and counts down). */
  | { status: 'ready'; view: TokenView; window: ViewWindow; error?: MarketErrorInfo; retryAt?: number }
  | { status: 'error'; coinId: string; symbol: string; label?: string; error: MarketErrorInfo; retryAt?: number }
  /** The provider lists no market data for the coin (not a failure: there is none). */
  | { status: 'no-data'; coinId: string; symbol: string; label?: string };

/** When the card should ask again, if it should. */
export function retryAtOf(state: CardState): number | undefined {
  return state.status === 'ready' || state.status === 'error' ? (state.retryAt ?? state.error?.retryAt) : undefined;
}
