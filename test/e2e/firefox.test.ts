/**
 * The Firefox build (MV3) in Debian's Firefox ESR, driven over WebDriver BiDi: installed as an
 * add-on, its content script paints the demo article and resting the pointer on "ATH" opens the
 * card with numbers from the local CoinGecko stand-in. (Extension pages cannot be opened there,
 * so the popup and options are covered in Chromium only.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPercent } from '../../lib/format';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { loadMarketRows } from '../support/fake-coingecko';

function firefoxPath(): string {
  const candidate = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(candidate)) {
    throw new Error(`No Firefox at ${candidate}. Install Debian's package (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return candidate;
}

const highlights = (page: Page) => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('sector-lens')?.size ?? 0);

describe('Firefox', () => {
  let browser: Browser;
  beforeAll(async () => {
    const apiOrigin = inject('apiOrigin');
    const dir = buildExtension(`${apiOrigin}/api/v3`, join(ROOT, '.output', 'e2e-firefox'), 'firefox');
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    await browser.installExtension(dir);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('paints the demo article and shows the card on hover', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('apiOrigin')}/pages/demo-article.html`);
    await expect.poll(() => highlights(page), { timeout: 20_000, interval: 250 }).toBeGreaterThan(5);
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('Aethir (ATH)');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 8);
        range.setEnd(node, at + 11);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move((point?.x ?? 0) - 30, (point?.y ?? 0) - 20);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 5 });
    const cardText = () => page.evaluate(() => document.querySelector('sector-lens-card')?.shadowRoot?.querySelector('[role="dialog"][data-sl-state="ready"]')?.textContent ?? '');
    await expect.poll(cardText, { timeout: 20_000, interval: 250 }).toContain('Aethir');
    const move = loadMarketRows().get('aethir')?.price_change_percentage_24h as number;
    expect(await cardText()).toContain(formatPercent(move));
  });
});
