/**
 * Launch Debian's Chromium headless with the built extension loaded, in a fresh (or given)
 * profile, and find the extension's service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  apiOrigin: string;
  profileDir: string;
  /** Open a fixture page (test/fixtures/pages) from the fake server. */
  openPage(name: string): Promise<Page>;
  /** The tab id Chromium gave the page's URL, asked through the extension's own API. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  openPopup(tabId: number): Promise<Page>;
  admin(path: string): Promise<unknown>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  apiOrigin: string;
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium's UI language, e.g. 'es' or 'ja' (what browser.i18n picks a locale by). On Linux it
   * comes from LANGUAGE/LANG and needs Debian's chromium-l10n; --lang alone changes nothing.
   */
  language?: string;
}

/** Usable outside vitest too (screenshots script); tests use launchExtension from ./launch. */
export async function launchExtensionAt(options: LaunchOptions): Promise<LoadedExtension> {
  const { extensionDir, apiOrigin } = options;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'sector-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language.replace('-', '_')}.UTF-8` }, locale: options.language } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const extension: LoadedExtension = {
    context,
    worker,
    extensionId,
    apiOrigin,
    profileDir,
    async openPage(name) {
      const page = await context.newPage();
      await page.goto(`${apiOrigin}/pages/${name}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async admin(path) {
      const response = await fetch(`${apiOrigin}/__admin/${path}`, { method: 'POST' });
      return response.json();
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return extension;
}
