/**
 * The hover card: one token against each of its sectors. Receives data, renders, never fetches.
 * Every string from the page or the API is rendered as text by Preact, never as markup.
 */
import type { MarketErrorInfo, TokenView, Window } from '../lib/messaging/views';
import { errorText } from '../lib/error-text';
import { formatAge, formatPercent, formatPrice } from '../lib/format';
import { SectorRow } from './sector-row';
import { Sparkline } from './sparkline';

export interface Alternative {
  coinId: string;
  label: string;
}

export type CardState =
  | { status: 'loading'; symbol: string }
  | { status: 'ready'; view: TokenView; window: Window; error?: MarketErrorInfo }
  | { status: 'error'; symbol: string; error: MarketErrorInfo }
  | { status: 'no-data'; symbol: string };

export interface HoverCardProps {
  state: CardState;
  alternatives?: readonly Alternative[];
  now?: number;
  onPick?: (coinId: string) => void;
  onOpenOptions?: () => void;
}

function ErrorNote({ error, now, onOpenOptions }: { error: MarketErrorInfo; now: number; onOpenOptions?: () => void }) {
  const text = errorText(error, now);
  return (
    <div class={`sl-note sl-note-${error.kind}`} role="status">
      <strong>{text.title}</strong> <span>{text.detail}</span>
      {text.needsOptions && onOpenOptions ? (
        <button type="button" class="sl-link" onClick={onOpenOptions}>
          Open options
        </button>
      ) : null}
    </div>
  );
}

function Alternatives({ alternatives, onPick }: { alternatives: readonly Alternative[]; onPick?: (coinId: string) => void }) {
  if (alternatives.length === 0 || !onPick) return null;
  return (
    <details class="sl-alts">
      <summary>Not this one?</summary>
      <ul>
        {alternatives.map((alt) => (
          <li key={alt.coinId}>
            <button type="button" class="sl-link" onClick={() => onPick(alt.coinId)}>
              {alt.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function HoverCard({ state, alternatives = [], now = Date.now(), onPick, onOpenOptions }: HoverCardProps) {
  if (state.status !== 'ready') {
    return (
      <div class="sl-card" role="tooltip" data-sl-state={state.status}>
        <header class="sl-head">
          <span class="sl-symbol">{state.symbol}</span>
        </header>
        {state.status === 'loading' ? <p class="sl-muted">Loading market data…</p> : null}
        {state.status === 'no-data' ? <p class="sl-muted">CoinGecko has no market data for this token.</p> : null}
        {state.status === 'error' ? <ErrorNote error={state.error} now={now} onOpenOptions={onOpenOptions} /> : null}
        <Alternatives alternatives={alternatives} onPick={onPick} />
      </div>
    );
  }
  const { view, window, error } = state;
  const tone = view.move === null ? '' : view.move >= 0 ? 'sl-up' : 'sl-down';
  return (
    <div class="sl-card" role="tooltip" data-sl-state="ready" data-sl-coin={view.coinId}>
      <header class="sl-head">
        <span class="sl-symbol">{view.symbol}</span>
        <span class="sl-name">{view.name}</span>
        <span class="sl-price">{formatPrice(view.price)}</span>
      </header>
      <div class="sl-move-line">
        <span class={`sl-move ${tone}`}>{formatPercent(view.move)}</span>
        <span class="sl-muted"> {window}</span>
        {view.sparkline7d ? <Sparkline points={view.sparkline7d} /> : null}
      </div>
      {view.sectors.length > 0 ? (
        <table class="sl-sectors">
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col" class="sl-num">Avg</th>
              <th scope="col" class="sl-num">vs sector</th>
              <th scope="col" />
              <th scope="col" class="sl-num">Rank</th>
            </tr>
          </thead>
          <tbody>
            {view.sectors.map((sector) => (
              <SectorRow key={sector.categoryId} sector={sector} />
            ))}
          </tbody>
        </table>
      ) : (
        <p class="sl-muted">No sector data for this token yet.</p>
      )}
      {error ? <ErrorNote error={error} now={now} onOpenOptions={onOpenOptions} /> : null}
      <footer class="sl-foot">
        <span class={view.stale ? 'sl-stale' : 'sl-muted'}>
          {view.stale ? 'Stale · ' : ''}
          {formatAge(view.asOf, now)}
        </span>
        <a class="sl-link" href={`https://www.coingecko.com/en/coins/${encodeURIComponent(view.coinId)}`} target="_blank" rel="noopener noreferrer">
          CoinGecko ↗
        </a>
      </footer>
      <Alternatives alternatives={alternatives} onPick={onPick} />
    </div>
  );
}
