/**
 * The walking skeleton, end to end in Debian's Chromium: the worker starts, a local news page gets
 * its tokens painted and counted on the badge, resting the pointer on the visible word "ATH"
 * opens the card with numbers served by the fake CoinGecko, and the popup lists the page's tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatPercent } from '../../lib/format';
import { useExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

import { loadMarketRows } from '../support/fake-coingecko';

// The row the fake server serves for Aethir (the newest recording that has it).
const aethir24h = loadMarketRows().get('aethir')?.price_change_percentage_24h as number | null | undefined;

describe('walking skeleton', () => {
  const extension = useExtension();

  it('starts the service worker of the built extension', () => {
    const ext = extension();
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('builds a manifest whose words come from _locales, with a shortcut for the popup', () => {
    const dir = inject('extensionDir');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { commands: Record<string, { suggested_key?: unknown }> };
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_ext_name__');
    expect(manifest.description).toBe('__MSG_ext_description__');
    expect(manifest.commands._execute_action?.suggested_key).toBeTruthy();
    for (const lang of ['en', 'es', 'zh_CN', 'ja', 'ko', 'de']) expect(existsSync(join(dir, '_locales', lang, 'messages.json')), lang).toBe(true);
  });

  it('paints the mentions, counts them on the badge and shows the card on hover', async () => {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const count = await ext.badgeText(tabId);
    // The button's tooltip says it in words (the browser runs in English here).
    expect(await ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(`Sector Lens: ${count} tokens on this page`);

    // The first visible "ATH" is the one inside "Aethir (ATH)".
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    const text = await card.innerText();
    expect(text).toContain('ATH');
    expect(text).toContain('Aethir');
    expect(aethir24h).not.toBeNull();
    expect(text).toContain(formatPercent(aethir24h));
  });

  it('lists the page tokens in the popup for that tab', async () => {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openPopup(tabId);
    await expect.poll(() => popup.locator('[data-sl-coin="aethir"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.locator('[data-sl-chart]').count()).toBe(1);
  });
});
