/** What the popup needs, gathered: the tab's mentions from its content script, views from the background. */
import { browser } from 'wxt/browser';
import type { PopupState } from '../../components/popup-view';
import { MessageError, sendToBackground, sendToTab } from '../messaging';
import type { Window } from '../messaging/views';

/** `popup.html?tab=<id>` reports on that tab; otherwise the active tab of the current window. */
export async function targetTab(search: string = location.search): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}

export async function loadPopupState(tabId: number, tabUrl: string | undefined, window?: Window): Promise<PopupState> {
  let mentions;
  try {
    mentions = await sendToTab(tabId, 'getPageMentions', {});
  } catch (error) {
    if (error instanceof MessageError && error.kind === 'no-receiver') return { status: 'not-enabled', host: hostOf(tabUrl) };
    throw error;
  }
  const response = await sendToBackground('getViews', { coinIds: mentions.tokens.map((token) => token.coinId), ...(window ? { window } : {}) });
  return {
    status: 'ready',
    tokens: mentions.tokens,
    views: response.views,
    sectors: response.sectors,
    window: response.window,
    ...(response.error ? { error: response.error } : {}),
  };
}
