/** The card before or without market data: loading, error and no-data, each designed, never blank. */
import type { CardState } from '../lib/page/card-state';
import { coinPageUrl } from './coin-page-url';
import { CardNote } from './card-note';
import { t } from '../lib/i18n';

type PendingState = Exclude<CardState, { status: 'ready' }>;

export function CardPending({ state, now, onOpenOptions }: { state: PendingState; now: number; onOpenOptions?: () => void }) {
  return (
    <>
      <header class="sl-head">
        <span class="sl-symbol">{state.symbol}</span>
        {/* The label reads "Aethir (ATH)"; the symbol is already on the line. */}
        {state.label ? <span class="sl-name">{state.label.replace(` (${state.symbol})`, '')}</span> : null}
      </header>
      {state.status === 'loading' ? (
        <div class="sl-skeleton" aria-hidden="true">
          <span class="sl-bone sl-bone-wide" />
          <span class="sl-bone" />
          <span class="sl-bone" />
        </div>
      ) : null}
      {state.status === 'no-data' ? (
        <p class="sl-muted">
          {t('card_no_data')}{' '}
          <a class="sl-link" href={coinPageUrl(state.coinId)} target="_blank" rel="noopener noreferrer">
            {t('card_look_up')}
          </a>
        </p>
      ) : null}
      {state.status === 'error' ? <CardNote error={state.error} now={now} onOpenOptions={onOpenOptions} /> : null}
    </>
  );
}
