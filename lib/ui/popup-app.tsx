/** The popup's state holder: loads, re-loads on window change, forwards clicks to the page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState, type SortKey } from '../../components/popup-view';
import { sendToTab } from '../messaging';
import type { Window } from '../messaging/views';
import { updateSettings } from '../settings/storage';
import { loadPopupState, targetTab } from './popup-data';

export function PopupApp() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [sort, setSort] = useState<SortKey>('outperformance');
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);

  const load = async (window?: Window) => {
    const target = tab ?? (await targetTab());
    if (!target) return setState({ status: 'not-enabled', host: null });
    setTab(target);
    setState(await loadPopupState(target.id, target.url, window));
  };
  useEffect(() => {
    void load().catch(() => setState({ status: 'not-enabled', host: null }));
  }, []);

  return (
    <PopupView
      state={state}
      sort={sort}
      selected={selected}
      onSort={setSort}
      onWindow={(window) => {
        void updateSettings({ window });
        void load(window);
      }}
      onSelect={(coinId) => {
        setSelected(coinId);
        if (tab) void sendToTab(tab.id, 'revealMention', { coinId }).catch(() => undefined);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
