/** The popup when there is nothing to list yet: why, and the one thing that would change it. */
import type { PopupState } from '../lib/ui/popup-state';

type SiteState = Extract<PopupState, { status: 'restricted' | 'not-enabled' | 'switched-off' | 'failed' }>;

export interface PopupSiteStateProps {
  state: SiteState;
  onEnableSite: () => void;
  onOpenOptions: () => void;
}

function Explanation({ state, onEnableSite }: { state: SiteState; onEnableSite: () => void }) {
  switch (state.status) {
    case 'restricted':
      return <p>Browsers do not let extensions read this kind of page. Open a news article to see its tokens.</p>;
    case 'failed':
      return <p>Sector Lens could not read this page: {state.message}</p>;
    case 'not-enabled':
    case 'switched-off':
      if (state.host === null) return <p>Sector Lens is not running on this page. Open the popup from the toolbar on the page itself to enable it there.</p>;
      return (
        <>
          <p>
            {state.status === 'not-enabled' ? 'Sector Lens is not running on ' : 'You switched Sector Lens off on '}
            <strong>{state.host}</strong>.
          </p>
          <p class="muted">
            {state.status === 'not-enabled'
              ? 'It runs on well-known crypto news sites. Enable it here and your browser will ask to let it read this site; nothing leaves your machine except coin ids.'
              : 'Turn it back on to find the tokens on this page.'}
          </p>
          <button type="button" class="primary" onClick={onEnableSite} disabled={state.busy} aria-busy={state.busy}>
            {state.busy ? 'Starting…' : state.status === 'not-enabled' ? 'Enable on this site' : 'Turn on for this site'}
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
      <h1>Sector Lens</h1>
      <Explanation state={state} onEnableSite={onEnableSite} />
      <footer class="foot">
        <button type="button" class="link" onClick={onOpenOptions}>
          Options
        </button>
      </footer>
    </main>
  );
}
