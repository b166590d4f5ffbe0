/** The popup's state holder: loads, follows settings, turns clicks into settings and messages. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import type { PopupState, SortKey } from './popup-state';
import { sendToBackground, sendToTab } from '../messaging';
import { ASK_AGAIN_WITHIN_MS } from '../messaging/views';
import { originMatchPattern, siteOriginOf } from '../settings/sites';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { loadPopupState, pageReported, type TargetTab, targetTab } from './popup-data';
import { addCustomSector } from './sector-order';
import { t } from '../i18n';
import { localizeDocument } from '../i18n/document';

/** Stop asking after this long in one wait; the reader can reopen the popup. */
const MAX_RETRY_WAIT_MS = 5 * 60_000;
/** A script that never reports (a page that will not load) must not leave the popup busy for good. */
const FIRST_REPORT_TIMEOUT_MS = 10_000;

/**
 * The keyboard path: the page opens the token's card holding focus; then the page must get the
 * keyboard. The toolbar popup closes (the browser gives focus back to the page); a popup page
 * opened in a tab or window (`popup.html?tab=`) brings the page's tab to the front instead.
 */
async function openCardOnPage(tabId: number, coinId: string): Promise<void> {
  const { ok } = await sendToTab(tabId, 'revealMention', { coinId, openCard: true });
  if (!ok) return;
  if (new URLSearchParams(location.search).get('tab') === null) return window.close();
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

export function PopupApp() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  // Most-mentioned first: the article's subject (the token it names most) leads the list, and the
  // sort buttons are one click away for "who beat their sector".
  const [sort, setSort] = useState<SortKey>('mentions');
  const [selected, setSelected] = useState<string | null>(null);
  const tab = useRef<TargetTab | null>(null);
  // 'since' is this popup's own choice for this page (a dated page); the 1h/24h/7d choice is a setting.
  const since = useRef(false);

  const load = async () => {
    tab.current ??= await targetTab();
    if (!tab.current) return setState({ status: 'restricted' });
    setState(await loadPopupState(tab.current, since.current ? 'since' : undefined));
  };
  const reload = () => void load().catch((error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));

  useEffect(() => {
    localizeDocument(document, 'ext_name');
    reload();
    // Settings changed anywhere (options page, another popup): the background reads them per
    // request, so asking again is all it takes.
    return watchSettings(() => reload());
  }, []);

  // A figure on its way (or a pause): count down every second, ask again when told, and at least
  // every ASK_AGAIN_WITHIN_MS so the background keeps the popup's queued requests.
  const retryAt = state.status === 'ready' ? (state.retryAt ?? state.error?.retryAt) : undefined;
  const [, setTick] = useState(0);
  useEffect(() => {
    if (retryAt === undefined) return;
    const opened = Date.now();
    const wait = Math.min(Math.max(retryAt - Date.now() + 250, 500), ASK_AGAIN_WITHIN_MS);
    const timer = setTimeout(() => {
      if (Date.now() - opened < MAX_RETRY_WAIT_MS) reload();
    }, wait);
    const ticker = setInterval(() => setTick((tick) => tick + 1), 1_000);
    return () => {
      clearTimeout(timer);
      clearInterval(ticker);
    };
  }, [retryAt, state]);

  const enableSite = () => {
    const target = tab.current;
    const origin = siteOriginOf(target?.url);
    if (!target || !origin || (state.status !== 'not-enabled' && state.status !== 'switched-off')) return;
    const gate = state;
    // permissions.request must be the first thing the click does: browsers only honour it during
    // the user gesture. Already granted (a switched-off default site) resolves true at once.
    void browser.permissions
      .request({ origins: [originMatchPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setState({ ...gate, problem: t('popup_permission_needed') });
        setState({ ...gate, busy: true });
        // Listening before the script starts: its first report is the page's answer.
        const failed = new AbortController();
        const reported = pageReported(target.id, FIRST_REPORT_TIMEOUT_MS, failed.signal);
        const result = await sendToBackground('enableSite', { tabId: target.id, origin }).catch((error: unknown) => {
          failed.abort();
          throw error;
        });
        if (!result.ok) {
          failed.abort();
          return setState({ ...gate, problem: result.reason ?? t('popup_could_not_start') });
        }
        await reported;
        setState(await loadPopupState(target));
      })
      .catch((error: unknown) => setState({ ...gate, problem: error instanceof Error ? error.message : String(error) }));
  };

  return (
    <PopupView
      state={state}
      sort={sort}
      selected={selected}
      onSort={setSort}
      onWindow={(window) => {
        since.current = window === 'since';
        if (window === 'since') return reload();
        // A window equal to the stored one changes no setting, so no change event: ask again here.
        void updateSettings({ window }).then(reload);
      }}
      onAveraging={(averaging) => void updateSettings({ averaging })}
      onSelect={(coinId) => {
        setSelected(coinId);
        if (tab.current) void sendToTab(tab.current.id, 'revealMention', { coinId }).catch(() => undefined);
      }}
      onOpenCard={(coinId) => {
        setSelected(coinId);
        if (tab.current) void openCardOnPage(tab.current.id, coinId).catch(() => undefined);
      }}
      onWatch={(categoryId, name) => void loadSettings().then(({ settings }) => updateSettings(addCustomSector(settings, categoryId, name)))}
      onEnableSite={enableSite}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
