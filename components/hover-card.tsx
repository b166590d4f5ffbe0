/**
 * The hover card: one token against each of its sectors. Receives data, renders, never fetches.
 * Every string from the page or the API is rendered as text by Preact, never as markup.
 */
import { formatAge, formatPercent, formatPrice } from '../lib/format';
import { CardAlternatives } from './card-alternatives';
import { CardNote } from './card-note';
import { CardPending } from './card-pending';
import { CardSectors } from './card-sectors';
import type { Alternative, CardState } from '../lib/page/card-state';
import { coinPageUrl } from './coin-page-url';
import { Sparkline } from './sparkline';


export interface HoverCardProps {
  state: CardState;
  alternatives?: readonly Alternative[];
  now?: number;
  onPick?: (coinId: string) => void;
  onOpenOptions?: () => void;
}

export function HoverCard({ state, alternatives = [], now = Date.now(), onPick, onOpenOptions }: HoverCardProps) {
  if (state.status !== 'ready') {
    return (
      <div class="sl-card" role="tooltip" data-sl-state={state.status} data-sl-coin={state.coinId} aria-busy={state.status === 'loading'}>
        <CardPending state={state} now={now} onOpenOptions={onOpenOptions} />
        <CardAlternatives symbol={state.symbol} alternatives={alternatives} onPick={onPick} />
      </div>
    );
  }
  const { view, window, error } = state;
  // Every figure keeps its age: the footer speaks for the oldest one on the card.
  const ages = [view.asOf, ...view.sectors.filter((sector) => sector.watched).map((sector) => sector.asOf)].filter((at): at is number => at !== null);
  const oldest = ages.length > 0 ? Math.min(...ages) : null;
  const stale = view.stale || view.sectors.some((sector) => sector.stale && sector.asOf !== null);
  const tone = view.move === null ? '' : view.move >= 0 ? 'sl-up' : 'sl-down';
  return (
    <div class="sl-card" role="tooltip" data-sl-state="ready" data-sl-coin={view.coinId} data-sl-stale={view.stale ? '' : undefined}>
      <header class="sl-head">
        <span class="sl-symbol">{view.symbol}</span>
        <span class="sl-name">{view.name}</span>
        {view.marketCapRank !== null ? <span class="sl-chip" title="Market-cap rank">#{view.marketCapRank}</span> : null}
        <span class="sl-price">{formatPrice(view.price)}</span>
      </header>
      <div class="sl-move-line">
        <span class={`sl-move ${tone}`}>{formatPercent(view.move)}</span>
        <span class="sl-muted sl-window">{window}</span>
        {view.sparkline7d ? <Sparkline points={view.sparkline7d} label="Price over the last 7 days" /> : null}
      </div>
      {error ? <CardNote error={error} now={now} showingOldData={stale} onOpenOptions={onOpenOptions} /> : null}
      <CardSectors sectors={view.sectors} window={window} now={now} />
      <footer class="sl-foot">
        <span class={stale ? 'sl-stale' : 'sl-muted'} title={oldest ? new Date(oldest).toLocaleString() : undefined} data-sl-age={oldest ?? undefined}>
          {stale ? 'Stale · ' : 'Updated '}
          {formatAge(oldest, now)}
        </span>
        <a class="sl-link" href={coinPageUrl(view.coinId)} target="_blank" rel="noopener noreferrer">
          CoinGecko ↗
        </a>
      </footer>
      <CardAlternatives symbol={view.symbol} alternatives={alternatives} onPick={onPick} />
    </div>
  );
}
