import type { SectorView, TokenView } from '../lib/messaging/views';
import { formatPercent, formatPp } from '../lib/format';

export interface TokenRowProps {
  view: TokenView | undefined;
  coinId: string;
  symbol: string;
  count: number;
  selected?: boolean;
  onSelect?: (coinId: string) => void;
}

/** The sector a token is listed under: the first watched one it belongs to. */
export function primarySector(view: TokenView | undefined): SectorView | undefined {
  return view?.sectors.find((sector) => sector.watched) ?? view?.sectors[0];
}

export function TokenRow({ view, coinId, symbol, count, selected = false, onSelect }: TokenRowProps) {
  const primary = primarySector(view);
  const tone = (value: number | null | undefined) => (value === null || value === undefined ? '' : value >= 0 ? 'up' : 'down');
  return (
    <li data-sl-coin={coinId} class={`row${selected ? ' selected' : ''}`}>
      <button type="button" class="row-button" aria-pressed={selected} onClick={() => onSelect?.(coinId)}>
        <span class="token">
          <strong>{view?.symbol ?? symbol}</strong>
          <span class="name">{view?.name ?? ''}</span>
        </span>
        <span class={`num move ${tone(view?.move)}`}>{formatPercent(view?.move)}</span>
        <span class="sector">
          {primary ? (
            <>
              <span class="sector-name">{primary.name}</span> <span class="num">{formatPercent(primary.average)}</span>
            </>
          ) : (
            <span class="muted">no sector</span>
          )}
        </span>
        <span class={`num outperf ${tone(primary?.outperformance)}`}>{formatPp(primary?.outperformance)}</span>
        <span class="num count" title="mentions on this page">×{count}</span>
      </button>
    </li>
  );
}
