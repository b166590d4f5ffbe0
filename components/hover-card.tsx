/**
 * The hover card: one token against each of its sectors. Receives data, renders, never fetches.
 * Every string from the page or the API is rendered as text by Preact, never as markup.
 *
 * A non-modal dialog (DESIGN.md "Stable hooks"): named after the token, described by its figures
 * as one spoken sentence (lib/i18n/speech). Opened from the keyboard it holds focus, and that same
 * sentence becomes a polite live region, so the figures are read once when a loading card fills
 * in; opened by the pointer it stays silent.
 */
import type { ComponentChildren } from 'preact';
import { errorText } from '../lib/error-text';
import { formatAge, formatPercent, formatPrice } from '../lib/format';
import { moveGapText, windowLabel } from '../lib/gap-text';
import { formatDateTime, t } from '../lib/i18n';
import { tokenSummary } from '../lib/i18n/speech';
import { CardAlternatives } from './card-alternatives';
import { CardNote } from './card-note';
import { CardPending } from './card-pending';
import { CardSectors } from './card-sectors';
import { CardSince } from './card-since';
import type { Alternative, CardState } from '../lib/page/card-state';
import { coinPageUrl } from './coin-page-url';
import { Sparkline } from './sparkline';


export interface HoverCardProps {
  state: CardState;
  alternatives?: readonly Alternative[];
  now?: number;
  /** Opened from the keyboard: the card holds focus and announces its figures when they arrive. */
  focused?: boolean;
  onPick?: (coinId: string) => void;
  onOpenOptions?: () => void;
}

const SUMMARY_ID = 'sl-summary';

function CardFrame({ state, focused, summary, children }: { state: CardState; focused: boolean; summary: string; children: ComponentChildren }) {
  const symbol = state.status === 'ready' ? state.view.symbol : state.symbol;
  const coinId = state.status === 'ready' ? state.view.coinId : state.coinId;
  return (
    <div
      class="sl-card"
      role="dialog"
      aria-label={t('card_label', symbol)}
      aria-describedby={SUMMARY_ID}
      tabIndex={-1}
      data-sl-state={state.status}
      data-sl-coin={coinId}
      data-sl-stale={state.status === 'ready' && state.view.stale ? '' : undefined}
      aria-busy={state.status === 'loading'}
    >
      {children}
      <p id={SUMMARY_ID} class="sl-visually-hidden" aria-live={focused ? 'polite' : 'off'}>
        {summary}
      </p>
    </div>
  );
}

export function HoverCard({ state, alternatives = [], now = Date.now(), focused = false, onPick, onOpenOptions }: HoverCardProps) {
  if (state.status !== 'ready') {
    // Words that stay put while the card counts down to its next try (no re-reading every second).
    const summary = state.status === 'loading' ? t('card_loading') : state.status === 'no-data' ? t('card_no_data') : errorText(state.error, now).title;
    return (
      <CardFrame state={state} focused={focused} summary={summary}>
        <CardPending state={state} now={now} onOpenOptions={onOpenOptions} />
        <CardAlternatives symbol={state.symbol} alternatives={alternatives} onPick={onPick} />
      </CardFrame>
    );
  }
  const { view, window, error } = state;
  // Every figure keeps its age: the footer speaks for the oldest one on the card.
  const ages = [view.asOf, ...view.sectors.filter((sector) => sector.watched).map((sector) => sector.asOf)].filter((at): at is number => at !== null);
  const oldest = ages.length > 0 ? Math.min(...ages) : null;
  const stale = view.stale || view.sectors.some((sector) => sector.stale && sector.asOf !== null);
  const tone = view.move === null ? '' : view.move >= 0 ? 'sl-up' : 'sl-down';
  const gap = view.move === null ? moveGapText(view.moveGap, window) : null;
  return (
    <CardFrame state={state} focused={focused} summary={error ? `${tokenSummary(view, window, now)} ${errorText(error, now).title}` : tokenSummary(view, window, now)}>
      <header class="sl-head">
        <span class="sl-symbol">{view.symbol}</span>
        <span class="sl-name">{view.name}</span>
        {view.marketCapRank !== null ? <span class="sl-chip" title={t('card_market_cap_rank')}>#{view.marketCapRank}</span> : null}
        <span class="sl-price">{formatPrice(view.price)}</span>
      </header>
      <div class="sl-move-line">
        {gap ? (
          <span class="sl-move-gap" title={gap.long}>
            {gap.long}
          </span>
        ) : (
          <>
            <span class={`sl-move ${tone}`}>{formatPercent(view.move)}</span>
            <span class="sl-muted sl-window">{windowLabel(window)}</span>
          </>
        )}
        {view.sparkline7d ? <Sparkline points={view.sparkline7d} label={t('card_sparkline')} /> : null}
      </div>
      {error ? <CardNote error={error} now={now} showingOldData={stale} onOpenOptions={onOpenOptions} /> : null}
      <CardSectors sectors={view.sectors} window={window} now={now} />
      {view.since ? <CardSince since={view.since} symbol={view.symbol} now={now} /> : null}
      <footer class="sl-foot">
        <span class={stale ? 'sl-stale' : 'sl-muted'} title={oldest ? formatDateTime(oldest) : undefined} data-sl-age={oldest ?? undefined}>
          {stale ? t('card_stale_age', formatAge(oldest, now)) : t('card_updated', formatAge(oldest, now))}
        </span>
        <a class="sl-link" href={coinPageUrl(view.coinId)} target="_blank" rel="noopener noreferrer">
          {t('card_coingecko_link')}
        </a>
      </footer>
      <CardAlternatives symbol={view.symbol} alternatives={alternatives} onPick={onPick} />
    </CardFrame>
  );
}
