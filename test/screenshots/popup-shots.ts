/** The popup in each of its states, for one colour scheme. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionAt, type LoadedExtension } from '../e2e/support/extension';
import { highlightCount } from '../e2e/support/page-helpers';
import { popupShimScript, type PopupShim } from './popup-shims';

export interface ShotContext {
  extensionDir: string;
  apiOrigin: string;
  out: string;
  scheme: 'light' | 'dark';
  until: (check: () => Promise<boolean>, what: string) => Promise<void>;
}

async function openPopup(ext: LoadedExtension, tabId: number, shim: PopupShim = {}): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript(popupShimScript(shim));
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function shoot(popup: Page, ctx: ShotContext, name: string): Promise<void> {
  // The popup is as tall as its content (up to the browser's 600 px): shoot just that.
  await popup.locator('main').screenshot({ path: join(ctx.out, `popup-${name}-${ctx.scheme}.png`) });
}

async function articleTab(ext: LoadedExtension, ctx: ShotContext, page = 'demo-article.html'): Promise<number> {
  const tab = await ext.openPage(page);
  if (page === 'demo-article.html') await ctx.until(async () => (await highlightCount(tab)) > 0, 'highlights');
  return ext.tabIdOf(tab);
}

const state = (popup: Page) => popup.locator('main').getAttribute('data-sl-state');

export async function popupShots(ctx: ShotContext): Promise<void> {
  const launch = () => launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme });
  // Error states first, each in a fresh browser so nothing is cached yet.
  for (const scenario of ['rate-limited', 'unauthorized'] as const) {
    const ext = await launch();
    await ext.admin(`scenario?name=${scenario}&retryAfter=40`);
    const popup = await openPopup(ext, await articleTab(ext, ctx));
    await ctx.until(async () => (await state(popup)) === scenario, scenario);
    await shoot(popup, ctx, scenario);
    await ext.admin('reset');
    await ext.close();
  }

  const ext = await launch();
  const tabId = await articleTab(ext, ctx);
  const popup = await openPopup(ext, tabId);
  await ctx.until(async () => (await popup.locator('[data-sl-coin]').count()) > 0, 'popup rows');
  await shoot(popup, ctx, 'tokens');
  await popup.locator('[data-sl-coin] .row-button').first().click();
  await shoot(popup, ctx, 'selected');

  const offline = await openPopup(ext, tabId, { offline: true });
  await ctx.until(async () => (await state(offline)) === 'offline', 'offline');
  await shoot(offline, ctx, 'offline');

  const loading = await openPopup(ext, tabId, { pageNeverAnswers: true });
  await shoot(loading, ctx, 'loading');

  const notEnabled = await openPopup(ext, tabId, { noContentScript: true, tabUrl: 'https://news.example.com/markets/story' });
  await ctx.until(async () => (await state(notEnabled)) === 'not-enabled', 'not-enabled');
  await shoot(notEnabled, ctx, 'not-enabled');

  const restricted = await openPopup(ext, tabId, { noContentScript: true, tabUrl: 'chrome://newtab/' });
  await ctx.until(async () => (await state(restricted)) === 'restricted', 'restricted');
  await shoot(restricted, ctx, 'restricted');

  const empty = await openPopup(ext, await articleTab(ext, ctx, 'no-tokens.html'));
  await ctx.until(async () => (await state(empty)) === 'ready', 'no tokens');
  await shoot(empty, ctx, 'no-tokens');

  await ext.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, disabledSites: ['127.0.0.1'] } }));
  // A URL no other tab has, so tabIdOf finds the new tab (whose script stayed off).
  const switchedOff = await openPopup(ext, await articleTab(ext, ctx, 'no-tokens.html?switched-off'));
  await ctx.until(async () => (await state(switchedOff)) === 'switched-off', 'switched-off');
  await shoot(switchedOff, ctx, 'switched-off');
  await ext.close();
}
