/** The popup: every token on the page against its primary sector, and the watched sectors. */
import type { MarketErrorInfo, SectorSummary, TokenView, Window } from '../lib/messaging/views';
import { errorText } from '../lib/error-text';
import { SectorChart } from './sector-chart';
import { primarySector, TokenRow } from './token-row';

export interface PageToken {
  coinId: string;
  symbol: string;
  count: number;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'not-enabled'; host: string | null }
  | { status: 'ready'; tokens: PageToken[]; views: TokenView[]; sectors: SectorSummary[]; window: Window; error?: MarketErrorInfo };

export type SortKey = 'outperformance' | 'move' | 'mentions';

export interface PopupViewProps {
  state: PopupState;
  sort: SortKey;
  selected: string | null;
  now?: number;
  onSort: (sort: SortKey) => void;
  onWindow: (window: Window) => void;
  onSelect: (coinId: string) => void;
  onEnableSite?: () => void;
  onOpenOptions: () => void;
}

function sortTokens(tokens: PageToken[], views: Map<string, TokenView>, sort: SortKey): PageToken[] {
  const key = (token: PageToken): number => {
    const view = views.get(token.coinId);
    if (sort === 'mentions') return token.count;
    if (sort === 'move') return view?.move ?? -Infinity;
    return primarySector(view)?.outperformance ?? -Infinity;
  };
  return [...tokens].sort((a, b) => key(b) - key(a) || b.count - a.count);
}

export function PopupView({ state, sort, selected, now = Date.now(), onSort, onWindow, onSelect, onEnableSite, onOpenOptions }: PopupViewProps) {
  if (state.status === 'loading') return <main class="popup"><p class="muted">Reading this page…</p></main>;
  if (state.status === 'not-enabled') {
    return (
      <main class="popup">
        <h1>Sector Lens</h1>
        <p>Sector Lens is not running on {state.host ?? 'this page'}.</p>
        {onEnableSite && state.host ? <button type="button" class="primary" onClick={onEnableSite}>Enable on this site</button> : null}
        <p><button type="button" class="link" onClick={onOpenOptions}>Options</button></p>
      </main>
    );
  }
  const views = new Map(state.views.map((view) => [view.coinId, view]));
  const rows = sortTokens(state.tokens, views, sort);
  const selectedView = selected ? views.get(selected) : undefined;
  const marker = selectedView && selectedView.move !== null ? { label: selectedView.symbol, value: selectedView.move } : undefined;
  const problem = state.error ? errorText(state.error, now) : null;
  return (
    <main class="popup">
      <header class="bar">
        <h1>Sector Lens</h1>
        <div class="segmented" role="radiogroup" aria-label="Window">
          {(['1h', '24h', '7d'] as const).map((w) => (
            <button type="button" role="radio" aria-checked={state.window === w} class={state.window === w ? 'on' : ''} onClick={() => onWindow(w)} key={w}>
              {w}
            </button>
          ))}
        </div>
      </header>
      {problem ? (
        <div class={`note note-${state.error?.kind}`} role="status">
          <strong>{problem.title}.</strong> {problem.detail}
          {problem.needsOptions ? <button type="button" class="link" onClick={onOpenOptions}>Open options</button> : null}
        </div>
      ) : null}
      <SectorChart sectors={state.sectors} marker={marker} />
      {rows.length === 0 ? (
        <p class="muted empty">No tokens found on this page.</p>
      ) : (
        <>
          <div class="sort" role="group" aria-label="Sort by">
            Sort:
            {(['outperformance', 'move', 'mentions'] as const).map((key) => (
              <button type="button" class={sort === key ? 'on' : ''} aria-pressed={sort === key} onClick={() => onSort(key)} key={key}>
                {key === 'outperformance' ? 'vs sector' : key}
              </button>
            ))}
          </div>
          <ul class="rows" aria-label="Tokens on this page">
            {rows.map((token) => (
              <TokenRow key={token.coinId} coinId={token.coinId} symbol={token.symbol} count={token.count} view={views.get(token.coinId)} selected={token.coinId === selected} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
      <footer class="foot">
        <button type="button" class="link" onClick={onOpenOptions}>Options</button>
        <span class="muted">Data: CoinGecko</span>
      </footer>
    </main>
  );
}
