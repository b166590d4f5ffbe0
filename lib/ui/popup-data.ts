/** What the popup needs, gathered: the tab's mentions from its content script, views from the background. */
import { browser } from 'wxt/browser';
import type { PopupState } from './popup-state';
import { MessageError, observeMessages, sendToBackground, sendToTab, type ResponseOf } from '../messaging';
import type { SectorSummary } from '../messaging/views';
import { publishedAtOf, sectorDisplayName, type ViewWindow } from '../model';
import type { Settings } from '../settings/schema';
import { hostOf, siteOriginOf } from '../settings/sites';
import { loadSettings } from '../settings/storage';

export interface TargetTab {
  id: number;
  /** Known for the tab the popup was opened on (activeTab) and for sites Sector Lens may read. */
  url: string | undefined;
}

/** `popup.html?tab=<id>` reports on that tab; otherwise the active tab of the current window. */
export async function targetTab(search: string = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** One chart row per watched sector in the reader's order, whether or not its average arrived. */
export function chartSectors(settings: Pick<Settings, 'watchedSectors' | 'customSectors' | 'averaging'>, summaries: readonly SectorSummary[]): SectorSummary[] {
  const byId = new Map(summaries.map((summary) => [summary.categoryId, summary]));
  return settings.watchedSectors.map(
    (categoryId) =>
      byId.get(categoryId) ?? { categoryId, name: sectorDisplayName(categoryId, settings.customSectors), average: null, method: settings.averaging, constituents: 0, asOf: null, stale: false },
  );
}

/** Why no content script answered, told apart so the popup can offer the right fix. */
export function absentState(url: string | undefined, settings: Pick<Settings, 'disabledSites'>): PopupState {
  if (url === undefined) return { status: 'not-enabled', host: null };
  const origin = siteOriginOf(url);
  if (!origin) return { status: 'restricted' };
  const host = hostOf(origin);
  return settings.disabledSites.includes(host) ? { status: 'switched-off', host } : { status: 'not-enabled', host };
}

export async function readPage(tabId: number): Promise<ResponseOf<'getPageMentions'> | null> {
  try {
    return await sendToTab(tabId, 'getPageMentions', {});
  } catch (error) {
    if (error instanceof MessageError && error.kind === 'no-receiver') return null;
    throw error;
  }
}

/**
 * Resolves once the tab's content script reports its page (it does after every first scan, with or
 * without tokens), after `timeoutMs` if it never does, or when `cancel` aborts. Call it before
 * starting the script, so the report cannot pass unseen: the popup learns the page has answered
 * from the event, not by asking again and again.
 */
export function pageReported(tabId: number, timeoutMs: number, cancel?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const timer = setTimeout(() => done.abort(), timeoutMs);
    cancel?.addEventListener('abort', () => done.abort(), { once: true, signal: done.signal });
    done.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    observeMessages({ reportPage: (_report, sender) => sender.tab?.id === tabId && done.abort() }, done.signal);
  });
}

/** `window`: the popup's own choice ('since' needs a dated page); otherwise the reader's setting. */
export async function loadPopupState(tab: TargetTab, window?: ViewWindow): Promise<PopupState> {
  const [{ settings }, page] = await Promise.all([loadSettings(), readPage(tab.id)]);
  if (!page) return absentState(tab.url, settings);
  const origin = siteOriginOf(page.url) ?? siteOriginOf(tab.url);
  // The content script stays in a switched-off tab (idle, so it can start again when the site is
  // switched back on); it answers with no tokens, which must not read as "no tokens on this page".
  if (origin && settings.disabledSites.includes(hostOf(origin))) return { status: 'switched-off', host: hostOf(origin) };
  // The page sends its publication-time candidates unparsed (lib/model/page-date.ts).
  const { publishedAt } = publishedAtOf(page.published, Date.now());
  const chosen = window === 'since' && publishedAt === undefined ? settings.window : (window ?? settings.window);
  const response = await sendToBackground('getViews', {
    coinIds: page.tokens.map((token) => token.coinId),
    window: chosen,
    need: 'popup',
    ...(chosen === 'since' && publishedAt !== undefined ? { publishedAt } : {}),
  });
  return {
    status: 'ready',
    host: origin ? hostOf(origin) : null,
    tokens: page.tokens,
    views: response.views,
    sectors: chartSectors(settings, response.sectors),
    window: response.window,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    averaging: settings.averaging,
    leaveOneOut: settings.leaveOneOut,
    ...(response.error ? { error: response.error } : {}),
    ...(response.missing ? { missing: Object.fromEntries(response.missing.map((entry) => [entry.coinId, entry.error])) } : {}),
    ...(response.retryAt !== undefined ? { retryAt: response.retryAt } : {}),
    ...(response.source ? { source: response.source } : {}),
  };
}
