/** The page's tokens, sortable; arrow keys move between rows, Enter opens a row's card on the page. */
import type { JSX } from 'preact';
import type { ViewWindow } from '../lib/model';
import type { MarketErrorInfo, TokenView } from '../lib/messaging/views';
import type { PageToken, SortKey } from '../lib/ui/popup-state';
import { primarySector, TokenRow } from './token-row';
import { t, type MessageKey } from '../lib/i18n';

/** In the order the buttons appear; the first is the popup's default (lib/ui/popup-app.tsx). */
const SORT_LABELS: Record<SortKey, MessageKey> = { mentions: 'sort_mentions', outperformance: 'sort_outperformance', move: 'sort_move' };

export function sortTokens(tokens: readonly PageToken[], views: ReadonlyMap<string, TokenView>, sort: SortKey): PageToken[] {
  const key = (token: PageToken): number => {
    const view = views.get(token.coinId);
    if (sort === 'mentions') return token.count;
    if (sort === 'move') return view?.move ?? -Infinity;
    return primarySector(view)?.outperformance ?? -Infinity;
  };
  // Unknown values sink to the bottom; ties fall back to mentions, then symbol, so the order is
  // stable — except equally mentioned tokens, which keep the page's order (the tally is first-seen).
  return [...tokens].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return kb === -Infinity ? -1 : ka === -Infinity ? 1 : kb - ka;
    if (sort === 'mentions') return 0;
    return b.count - a.count || a.symbol.localeCompare(b.symbol);
  });
}

function moveFocus(event: JSX.TargetedKeyboardEvent<HTMLUListElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.row-button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
}

export interface TokenListProps {
  tokens: readonly PageToken[];
  views: ReadonlyMap<string, TokenView>;
  window: ViewWindow;
  /** Why a token has no figures yet, by coin id. */
  missing?: Readonly<Record<string, MarketErrorInfo | undefined>>;
  now?: number;
  sort: SortKey;
  selected: string | null;
  onSort: (sort: SortKey) => void;
  onSelect: (coinId: string) => void;
  onOpenCard?: (coinId: string) => void;
  /** Rows then show each sector's average without the row's token (the chart's bars include it). */
  leaveOneOut?: boolean;
  onWatch?: (categoryId: string, name: string) => void;
}

export function TokenList({ tokens, views, window, missing, now, sort, selected, onSort, onSelect, onOpenCard, leaveOneOut = false, onWatch }: TokenListProps) {
  const rows = sortTokens(tokens, views, sort);
  return (
    <section class="tokens" aria-label={t('tokens_region')}>
      <div class="sort" role="group" aria-label={t('sort_group')}>
        <span>{t('sort_label')}</span>
        {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
          <button type="button" class={sort === key ? 'on' : ''} aria-pressed={sort === key} onClick={() => onSort(key)} key={key}>
            {t(SORT_LABELS[key])}
          </button>
        ))}
      </div>
      <div class="cols muted" aria-hidden="true">
        <span>{t('col_token')}</span>
        <span>{t('col_move')}</span>
        <span>{t(leaveOneOut ? 'col_sector_without' : 'col_sector')}</span>
        <span>{t('col_versus')}</span>
        <span>{t('col_seen')}</span>
      </div>
      <ul class="rows" onKeyDown={moveFocus}>
        {rows.map((token) => (
          <TokenRow key={token.coinId} coinId={token.coinId} symbol={token.symbol} count={token.count} view={views.get(token.coinId)} window={window} reason={missing?.[token.coinId]} now={now} selected={token.coinId === selected} onSelect={onSelect} onOpenCard={onOpenCard} onWatch={onWatch} />
        ))}
      </ul>
    </section>
  );
}
