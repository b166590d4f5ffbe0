/**
 * The browser calls lib/background/sites.ts needs, behind a narrow interface so the logic can be
 * tested with an in-memory stand-in (fakeBrowser implements neither `scripting` nor `permissions`).
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { sendToTab } from '../messaging';

export interface SiteScriptingApi {
  /** Ids of the content scripts registered at runtime (any owner). */
  registeredIds(): Promise<string[]>;
  register(scripts: { id: string; matches: string[] }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasHostPermission(pattern: string): Promise<boolean>;
  /** The manifest's own content script already covers this URL (a default site, or a test build's extra match). */
  coveredByManifest(url: string): boolean;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Whether a Sector Lens content script already answers in the tab. */
  hasContentScript(tabId: number): Promise<boolean>;
  injectContentScript(tabId: number): Promise<void>;
}

/** WXT's output names for entrypoints/news.content (the one content script, reused for added
 * sites) and its stylesheet (lib/page/painter.css), which always goes with it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/news.js';
export const CONTENT_STYLE_FILE = '/content-scripts/news.css';

export function browserSiteScripting(): SiteScriptingApi {
  return {
    registeredIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    register: async (scripts) => {
      await browser.scripting.registerContentScripts(
        scripts.map(({ id, matches }) => ({ id, matches, js: [CONTENT_SCRIPT_FILE], css: [CONTENT_STYLE_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true })),
      );
    },
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasHostPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    coveredByManifest: (url) =>
      (browser.runtime.getManifest().content_scripts ?? []).some((script) => (script.matches ?? []).some((pattern) => new MatchPattern(pattern).includes(url))),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    hasContentScript: (tabId) =>
      sendToTab(tabId, 'getPageMentions', {}).then(
        () => true,
        () => false,
      ),
    injectContentScript: async (tabId) => {
      // The style first: the script may paint as soon as it runs.
      await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] });
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
  };
}
