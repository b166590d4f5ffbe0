/**
 * The walking skeleton, end to end in Debian's Chromium: the worker starts, a local news page gets
 * its tokens painted and counted on the badge, resting the pointer on the visible word "ATH"
 * opens the card with numbers served by the fake CoinGecko, and the popup lists the page's tokens.
 */
import { describe, expect, it } from 'vitest';
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

  it('paints the mentions, counts them on the badge and shows the card on hover', async () => {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);

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
