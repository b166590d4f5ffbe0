/** One token on the page against its primary sector; selected, it also lists its other sectors. */
import type { MarketErrorInfo, SectorView, TokenView } from '../lib/messaging/views';
import { errorText } from '../lib/error-text';
import { formatRelative, t } from '../lib/i18n';
import { formatPercent, formatPp } from '../lib/format';

export interface TokenRowProps {
  view: TokenView | undefined;
  coinId: string;
  symbol: string;
  count: number;
  /** Why there is no view yet (a rate limit with its next try, a failure); absent = no data exists. */
  reason?: MarketErrorInfo | undefined;
  now?: number;
  selected?: boolean;
  onSelect?: (coinId: string) => void;
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

function SectorDetail({ sector, onWatch }: { sector: SectorView; onWatch?: (categoryId: string, name: string) => void }) {
  return (
    <li class="detail-row">
      <span class="sector-name">{sector.name}</span>
      <span class="num">{formatPercent(sector.average)}</span>
      <span class={`num ${tone(sector.outperformance)}`}>{formatPp(sector.outperformance)}</span>
      <span class="muted rank">{sector.rank !== null ? `#${sector.rank} of ${sector.rankedAmong}` : ''}</span>
      {!sector.watched && onWatch ? (
        <button type="button" class="link" onClick={() => onWatch(sector.categoryId, sector.name)}>
          Watch
        </button>
      ) : null}
    </li>
  );
}

export function TokenRow({ view, coinId, symbol, count, reason, now = Date.now(), selected = false, onSelect, onWatch }: TokenRowProps) {
  const primary = primarySector(view);
  const detailId = `detail-${coinId}`;
  return (
    <li data-sl-coin={coinId} class={`row${selected ? ' selected' : ''}${view?.stale ? ' stale' : ''}`}>
      <button type="button" class="row-button" aria-expanded={selected} aria-controls={selected ? detailId : undefined} onClick={() => onSelect?.(coinId)}>
        <span class="token">
          <strong>{view?.symbol ?? symbol}</strong>
          <span class="name" data-sl-reason={!view && reason ? reason.kind : undefined} title={!view && reason ? `${errorText(reason, now).title}. ${errorText(reason, now).detail}` : undefined}>
            {view?.name ?? (reason ? reasonText(reason, now) : 'no market data')}
          </span>
        </span>
        <span class={`num move ${tone(view?.move)}`}>{formatPercent(view?.move)}</span>
        <span class="sector">
          {primary ? (
            <>
              <span class="sector-name">{primary.name}</span>
              <span class="num sector-avg">{formatPercent(primary.average)}</span>
            </>
          ) : (
            <span class="muted">{view ? 'no sector' : ''}</span>
          )}
        </span>
        <span class={`num outperf ${tone(primary?.outperformance)}`}>{formatPp(primary?.outperformance)}</span>
        <span class="num count" aria-label={`${count} mentions`}>
          ×{count}
        </span>
      </button>
      {selected ? (
        <div class="detail" id={detailId}>
          {view && view.sectors.length > 0 ? (
            <ul aria-label={`${view.symbol} in each sector`}>
              {view.sectors.map((sector) => (
                <SectorDetail sector={sector} onWatch={onWatch} key={sector.categoryId} />
              ))}
            </ul>
          ) : (
            <p class="muted">{view ? 'CoinGecko lists no sector for this token.' : 'No market data for this token.'}</p>
          )}
          {view?.stale ? <p class="muted">These figures are old; newer data could not be fetched.</p> : null}
        </div>
      ) : null}
    </li>
  );
}
