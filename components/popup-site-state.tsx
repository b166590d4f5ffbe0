/** The popup when there is nothing to list yet: why, and the one thing that would change it. */
import { t } from '../lib/i18n';
import type { PopupState } from '../lib/ui/popup-state';
import { FillSlot, SLOT } from './fill-slot';

type SiteState = Extract<PopupState, { status: 'restricted' | 'not-enabled' | 'switched-off' | 'failed' }>;

export interface PopupSiteStateProps {
  state: SiteState;
  onEnableSite: () => void;
  onOpenOptions: () => void;
}

function Explanation({ state, onEnableSite }: { state: SiteState; onEnableSite: () => void }) {
  switch (state.status) {
    case 'restricted':
      return <p>{t('popup_restricted')}</p>;
    case 'failed':
      return <p>{t('popup_failed', state.message)}</p>;
    case 'not-enabled':
    case 'switched-off':
      if (state.host === null) return <p>{t('popup_not_running_here')}</p>;
      return (
        <>
          <p>
            <FillSlot text={t(state.status === 'not-enabled' ? 'popup_not_running_on' : 'popup_switched_off_on', SLOT)}>
              <strong>{state.host}</strong>
            </FillSlot>
          </p>
          <p class="muted">{state.status === 'not-enabled' ? t('popup_enable_hint') : t('popup_turn_on_hint')}</p>
          <button type="button" class="primary" onClick={onEnableSite} disabled={state.busy} aria-busy={state.busy}>
            {state.busy ? t('popup_starting') : state.status === 'not-enabled' ? t('popup_enable') : t('popup_turn_on')}
          </button>
          {state.problem ? (
            <p class="problem" role="alert">
              {state.problem}
            </p>
          ) : null}
        </>
      );
  }
}

export function PopupSiteState({ state, onEnableSite, onOpenOptions }: PopupSiteStateProps) {
  return (
    <main class="popup gate" data-sl-state={state.status}>
      <h1>{t('ext_name')}</h1>
      <Explanation state={state} onEnableSite={onEnableSite} />
      <footer class="foot">
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('options_link')}
        </button>
      </footer>
    </main>
  );
}
