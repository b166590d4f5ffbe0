/** One token on the page against its primary sector; selected, it also lists its other sectors. */
import type { JSX } from 'preact';
import type { ViewWindow } from '../lib/model';
import type { MarketErrorInfo, SectorView, TokenView } from '../lib/messaging/views';
import { errorSentence, errorText } from '../lib/error-text';
import { formatPercent, formatPp } from '../lib/format';
import { averageGapText, moveGapText } from '../lib/gap-text';
import { formatRelative, t, tn } from '../lib/i18n';
import { rankText } from '../lib/i18n/labels';

export interface TokenRowProps {
  view: TokenView | undefined;
  window: ViewWindow;
  coinId: string;
  symbol: string;
  count: number;
  /** Why there is no view yet (a rate limit with its next try, a failure); absent = no data exists. */
  reason?: MarketErrorInfo | undefined;
  now?: number;
  selected?: boolean;
  onSelect?: (coinId: string) => void;
  /** Enter on the row: open the token's card on the page, with focus in it (the keyboard path). */
  onOpenCard?: (coinId: string) => void;
  onWatch?: (categoryId: string, name: string) => void;
}

/** The sector a token is listed under: the first watched one it belongs to (views list those first). */
export function primarySector(view: TokenView | undefined): SectorView | undefined {
  return view?.sectors.find((sector) => sector.watched) ?? view?.sectors[0];
}

/** Why a token has no figures yet, short enough for its row: the next try, counting down, or what failed. */
function reasonText(reason: MarketErrorInfo, now: number): string {
  if (reason.retryAt !== undefined && reason.kind === 'rate-limited') return t('market_next_try', formatRelative(Math.max(0, Math.ceil((reason.retryAt - now) / 1000))));
  return errorText(reason, now).title;
}

export function tone(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value >= 0 ? 'up' : 'down';
}

/** A sector average, or why there is none (never a bare dash). */
function Average({ sector, window, className = '' }: { sector: SectorView; window: ViewWindow; className?: string }) {
  if (sector.average !== null) {
    return (
      <span class={`num ${className}`} title={tn('card_over', sector.constituents)}>
        {formatPercent(sector.average)}
      </span>
    );
  }
  const gap = averageGapText(sector.averageGap, window);
  return (
    <span class={`num gap ${className}`} title={gap.long}>
      {gap.short}
    </span>
  );
}

function SectorDetail({ sector, window, onWatch }: { sector: SectorView; window: ViewWindow; onWatch?: (categoryId: string, name: string) => void }) {
  return (
    <li class="detail-row">
      <span class="sector-name">{sector.name}</span>
      <Average sector={sector} window={window} />
      <span class={`num ${tone(sector.outperformance)}`}>{formatPp(sector.outperformance)}</span>
      <span class="muted rank">{rankText(sector.rank, sector.rankedAmong)}</span>
      {!sector.watched && onWatch ? (
        <button type="button" class="link" onClick={() => onWatch(sector.categoryId, sector.name)}>
          <span aria-hidden="true">{t('row_watch')}</span>
          <span class="sr-only">{t('row_watch_named', sector.name)}</span>
        </button>
      ) : null}
    </li>
  );
}

export function TokenRow({ view, window, coinId, symbol, count, reason, now = Date.now(), selected = false, onSelect, onOpenCard, onWatch }: TokenRowProps) {
  const primary = primarySector(view);
  const detailId = `detail-${coinId}`;
  // Enter on the row (or its button) opens the card on the page; Space and clicks still expand
  // the row. The row itself can take focus (tabIndex -1, no extra tab stop) so that "Enter on the
  // row" works whichever of the two holds focus.
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLLIElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !onOpenCard || (target !== event.currentTarget && !target.classList.contains('row-button'))) return;
    event.preventDefault();
    onOpenCard(coinId);
  };
  return (
    <li data-sl-coin={coinId} tabIndex={-1} onKeyDown={onKeyDown} class={`row${selected ? ' selected' : ''}${view?.stale ? ' stale' : ''}`}>
      <button type="button" class="row-button" aria-expanded={selected} aria-controls={selected ? detailId : undefined} onClick={() => onSelect?.(coinId)}>
        <span class="token">
          <strong>{view?.symbol ?? symbol}</strong>
          <span class="name" data-sl-reason={!view && reason ? reason.kind : undefined} title={!view && reason ? errorSentence(errorText(reason, now)) : undefined}>
            {view?.name ?? (reason ? reasonText(reason, now) : t('row_no_market_data'))}
          </span>
        </span>
        {view && view.move === null ? (
          <span class="num move gap" title={moveGapText(view.moveGap, window).long}>
            {moveGapText(view.moveGap, window).short}
          </span>
        ) : (
          <span class={`num move ${tone(view?.move)}`}>{formatPercent(view?.move)}</span>
        )}
        <span class="sector">
          {primary ? (
            <>
              <span class="sector-name">{primary.name}</span>
              <Average sector={primary} window={window} className="sector-avg" />
            </>
          ) : (
            <span class="muted">{view ? t('row_no_sector') : ''}</span>
          )}
        </span>
        <span class={`num outperf ${tone(primary?.outperformance)}`}>{formatPp(primary?.outperformance)}</span>
        <span class="num count">
          <span aria-hidden="true">×{count}</span>
          <span class="sr-only">{tn('mentions', count)}</span>
        </span>
      </button>
      {selected ? (
        <div class="detail" id={detailId}>
          {view && view.sectors.length > 0 ? (
            <ul aria-label={t('row_sectors', view.symbol)}>
              {view.sectors.map((sector) => (
                <SectorDetail sector={sector} window={window} onWatch={onWatch} key={sector.categoryId} />
              ))}
            </ul>
          ) : (
            <p class="muted">{view ? t('row_no_sector_listed') : t('row_no_market_data_long')}</p>
          )}
          {view?.stale ? <p class="muted">{t('row_stale')}</p> : null}
        </div>
      ) : null}
    </li>
  );
}
