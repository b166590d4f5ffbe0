/** The popup: every token on the page against its primary sector, and the watched sectors. */
import type { AveragingMethod, ViewWindow } from '../lib/model';
import type { TokenView } from '../lib/messaging/views';
import { errorText } from '../lib/error-text';
import { formatAge } from '../lib/format';
import { PopupHeader } from './popup-header';
import { PopupSiteState } from './popup-site-state';
import type { PopupState, SortKey } from '../lib/ui/popup-state';
import { SectorChart } from './sector-chart';
import { TokenList } from './token-list';
import { primarySector } from './token-row';
import { t } from '../lib/i18n';
import { FillSlot, SLOT } from './fill-slot';


export interface PopupViewProps {
  state: PopupState;
  sort: SortKey;
  selected: string | null;
  now?: number;
  onSort: (sort: SortKey) => void;
  onWindow: (window: ViewWindow) => void;
  onAveraging: (method: AveragingMethod) => void;
  onSelect: (coinId: string) => void;
  onOpenCard?: (coinId: string) => void;
  onWatch?: (categoryId: string, name: string) => void;
  onEnableSite: () => void;
  onOpenOptions: () => void;
}

/** The oldest figure on screen (tokens and their watched sectors) decides what the footer says. */
function dataAge(views: readonly TokenView[], now: number): { text: string; stale: boolean } | null {
  const sectors = views.flatMap((view) => view.sectors.filter((sector) => sector.watched));
  const times = [...views.map((view) => view.asOf), ...sectors.map((sector) => sector.asOf)].filter((t): t is number => t !== null);
  if (times.length === 0) return null;
  const stale = views.some((view) => view.stale) || sectors.some((sector) => sector.stale && sector.asOf !== null);
  return { text: formatAge(Math.min(...times), now), stale };
}

export function PopupView(props: PopupViewProps) {
  const { state, sort, selected, now = Date.now(), onSort, onWindow, onAveraging, onSelect, onOpenCard, onWatch, onEnableSite, onOpenOptions } = props;
  if (state.status === 'loading') {
    return (
      <main class="popup" aria-busy="true" data-sl-state="loading">
        <h1>{t('ext_name')}</h1>
        <p class="muted">{t('popup_reading')}</p>
      </main>
    );
  }
  if (state.status !== 'ready') return <PopupSiteState state={state} onEnableSite={onEnableSite} onOpenOptions={onOpenOptions} />;

  const views = new Map(state.views.map((view) => [view.coinId, view]));
  const selectedView = selected ? views.get(selected) : undefined;
  const marker = selectedView && selectedView.move !== null ? { label: selectedView.symbol, value: selectedView.move } : undefined;
  const problem = state.error ? errorText(state.error, now) : null;
  const age = dataAge(state.views, now);
  return (
    <main class="popup" data-sl-state={state.error ? state.error.kind : 'ready'}>
      <PopupHeader window={state.window} publishedAt={state.publishedAt} now={now} averaging={state.averaging} leaveOneOut={state.leaveOneOut} onWindow={onWindow} onAveraging={onAveraging} />
      {problem ? (
        <div class={`note note-${state.error?.kind}`}>
          {/* Only the title is live: the detail counts down every second and must not be re-read. */}
          <FillSlot text={t('error_sentence', SLOT, problem.detail)}>
            <strong role="status">{problem.title}</strong>
          </FillSlot>
          {problem.needsOptions ? (
            <>
              {' '}
              <button type="button" class="link" onClick={onOpenOptions}>
                {t('popup_open_options')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <SectorChart sectors={state.sectors} window={state.window} marker={marker} highlight={primarySector(selectedView)?.categoryId} leaveOneOut={state.leaveOneOut} />
      {state.tokens.length === 0 ? (
        <p class="muted empty">{state.host ? t('popup_no_tokens_on', state.host) : t('popup_no_tokens')}</p>
      ) : (
        <TokenList tokens={state.tokens} views={views} window={state.window} missing={state.missing} now={now} sort={sort} selected={selected} onSort={onSort} onSelect={onSelect} onOpenCard={onOpenCard} leaveOneOut={state.leaveOneOut} onWatch={onWatch} />
      )}
      <footer class="foot">
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('options_link')}
        </button>
        <span class={age?.stale ? 'stale-text' : 'muted'}>
          {age ? t(age.stale ? 'popup_data_old' : 'popup_data_age', state.source ?? 'CoinGecko', age.text) : t('popup_data', state.source ?? 'CoinGecko')}
        </span>
      </footer>
    </main>
  );
}
