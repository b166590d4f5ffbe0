/**
 * Everything the popup can be showing, as data: the view model of PopupApp (its state holder,
 * built in popup-data.ts), drawn by components/popup-view.tsx, which imports it as a type only.
 */
import type { AveragingMethod, ViewWindow } from '../model';
import type { MarketErrorInfo, SectorSummary, TokenView } from '../messaging/views';

export interface PageToken {
  coinId: string;
  symbol: string;
  count: number;
}

export type PopupState =
  | { status: 'loading' }
  /** A browser page (chrome://, the web store, a PDF viewer …) where extensions cannot run. */
  | { status: 'restricted' }
  /**
   * A page where Sector Lens is not running yet. `host` is null when the browser did not tell us
   * the address (no activeTab grant), so there is no site to offer. `problem` explains a failed attempt.
   */
  | { status: 'not-enabled'; host: string | null; busy?: boolean; problem?: string }
  /** A site the reader switched off in the options. */
  | { status: 'switched-off'; host: string; busy?: boolean; problem?: string }
  /** The extension itself failed to answer (should not happen; said plainly when it does). */
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      host: string | null;
      tokens: PageToken[];
      views: TokenView[];
      /** One per watched sector, in the reader's order, average null when unknown. */
      sectors: SectorSummary[];
      window: ViewWindow;
      /** The page's publication time, when it states one: the popup then offers 'since'. */
      publishedAt?: number;
      averaging: AveragingMethod;
      leaveOneOut: boolean;
      error?: MarketErrorInfo;
      /** Why a token has no figures yet (its own reason), by coin id. */
      missing?: Readonly<Record<string, MarketErrorInfo | undefined>>;
      /** Some figure is on its way: the popup asks again then. */
      retryAt?: number;
      /** The data provider's name. */
      source?: string;
    };

export type SortKey = 'outperformance' | 'move' | 'mentions';
