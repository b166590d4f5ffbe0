/**
 * Everything the hover card can be asked to show: the view model of the card controller (its
 * state holder, fed by card-data.ts), drawn by components/hover-card.tsx as a type only.
 */
import type { Window } from '../model';
import type { MarketErrorInfo, TokenView } from '../messaging/views';

export interface Alternative {
  coinId: string;
  label: string;
}

export type CardState =
  | { status: 'loading'; coinId: string; symbol: string; label?: string }
  | { status: 'ready'; view: TokenView; window: Window; error?: MarketErrorInfo }
  | { status: 'error'; coinId: string; symbol: string; label?: string; error: MarketErrorInfo }
  | { status: 'no-data'; coinId: string; symbol: string; label?: string };
