/**
 * What Sector Lens paints on a page and how it keeps up: never inside form fields, editors or
 * code; a growing feed gets painted and counted on the badge; mutations never paint twice;
 * disabling the site unpaints everything and enabling it paints again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOM_CONSTANTS } from '../../lib/build-page-bundle';
import { launchExtension, type LoadedExtension } from './support/launch';
import { highlightCount } from './support/page-helpers';
import { paintedRanges, patchSettings } from './support/page-lab';

describe('painting the page', () => {
  let ext: LoadedExtension;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openPage('page-lab.html');
    await page.waitForFunction(() => (CSS.highlights.get('sector-lens')?.size ?? 0) > 0, null, { timeout: 15_000 });
    tabId = await ext.tabIdOf(page);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the DOM constants the content script is built with are the browser\'s (build-page-bundle.ts DOM_CONSTANTS)', async () => {
    const names = Object.keys(DOM_CONSTANTS);
    const values = await page.evaluate((read) => read.map((name) => {
      const [owner, key] = name.split('.') as [string, string];
      return String((globalThis as unknown as Record<string, Record<string, unknown>>)[owner]?.[key]);
    }), names);
    expect(values).toEqual(names.map((name) => DOM_CONSTANTS[name]));
  });

  it('paints article text but never form fields, editors, code or SVG', async () => {
    const ranges = await paintedRanges(page);
    expect(ranges.map((range) => range.text)).toEqual(expect.arrayContaining(['Aethir (ATH)', '$TAO', '$ATH']));
    expect(ranges.filter((range) => range.forbiddenAncestor !== null)).toEqual([]);
    // The lead paragraph (3) and the two corner labels: nothing else on the page is article text.
    expect(ranges).toHaveLength(5);
    // Typing a ticker into the editor does not paint it either.
    await page.locator('#editor').click();
    await page.keyboard.type(' and $BTC too');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect((await paintedRanges(page)).filter((range) => range.forbiddenAncestor !== null)).toEqual([]);
  });

  it('paints with the stylesheet the browser added with the content script (no stylesheet added later)', async () => {
    const look = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sector-lens') as unknown as Iterable<AbstractRange>)][0];
      const element = range?.startContainer.parentElement;
      if (!element) return null;
      const style = getComputedStyle(element, '::highlight(sector-lens)');
      return { line: style.textDecorationLine, style: style.textDecorationStyle, adopted: document.adoptedStyleSheets.length };
    });
    expect(look).toEqual({ line: 'underline', style: 'dotted', adopted: 0 });
  });

  it('paints what an infinite feed appends and counts it on the badge', async () => {
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('2');
    await page.evaluate(() => {
      const posts: string[] = [];
      for (let i = 0; i < 200; i++) posts.push(`Post ${i}: Bitcoin (BTC) and $ETH ${i % 2 ? 'rose' : 'fell'} overnight.`);
      (window as unknown as { appendPosts(texts: string[]): void }).appendPosts(posts);
    });
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(5 + 400);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('4');
  });

  it('is idempotent: mutations never paint a mention twice', async () => {
    const before = await highlightCount(page);
    await page.evaluate(() => {
      const lead = document.getElementById('lead') as HTMLElement;
      // Re-insert the same nodes, touch attributes, replace a text with the same words.
      lead.parentElement?.append(lead);
      lead.setAttribute('data-touched', '1');
      const text = lead.firstChild as Text;
      text.data = `${text.data}`;
      const first = document.querySelector('#feed article');
      if (first) first.parentElement?.prepend(first.cloneNode(true));
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
    const ranges = await paintedRanges(page);
    expect(new Set(ranges.map((range) => range.key)).size).toBe(ranges.length);
    // The clone added two real mentions; nothing else changed.
    expect(ranges.length).toBe(before + 2);
    // Removing a post unpaints it.
    await page.evaluate(() => document.querySelector('#feed article')?.remove());
    await expect.poll(() => highlightCount(page), { timeout: 5_000 }).toBe(before);
  });

  it('unpaints everything when the site is disabled, and paints again when enabled', async () => {
    const painted = await highlightCount(page);
    await patchSettings(ext, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('');
    // Disabled means disconnected: new posts stay unpainted.
    await page.evaluate(() => (window as unknown as { appendPosts(texts: string[]): void }).appendPosts(['Late post about $TAO']));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(await highlightCount(page)).toBe(0);
    await patchSettings(ext, { disabledSites: [] });
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(painted + 1);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('4');
  });

  it('paints coins written in the reader\u2019s script, with the tables the background sent', async () => {
    await page.evaluate(() =>
      (window as unknown as { appendPosts(texts: string[]): void }).appendPosts([
        '比特币价格周二上涨5%。',
        'ビットコインの価格が上がった。',
        '비트코인은 3% 올랐다.',
        'Курс биткоина упал.',
      ]),
    );
    await expect.poll(async () => (await paintedRanges(page)).map((range) => range.text).filter((text) => /\P{ASCII}/u.test(text)), { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['比特币', 'ビットコイン', '비트코인', 'биткоина']),
    );
  });
});
