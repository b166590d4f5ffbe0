/**
 * The element fallback, for browsers without the CSS Custom Highlight API: run in Chromium with
 * `Highlight` deleted before the page layer loads (a content script cannot be made to see that,
 * so the page layer is bundled and run in the page itself, on a page no content script matches).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inlineText } from '../bench/harness-bundle';
import { ROOT } from '../support/build-for-tests';
import { launchExtension, type LoadedExtension } from './support/launch';

/** Evaluate an expression over the bundle's API (window.slFallback, see fallback-entry.ts). */
const call = <T>(page: Page, expression: string) => page.evaluate(`(async (api) => ${expression})(window.slFallback)`) as Promise<T>;

describe('element fallback painter', () => {
  let ext: LoadedExtension;
  let page: Page;
  let original: string;
  beforeAll(async () => {
    const bundle = await build({ entryPoints: [join(ROOT, 'test/e2e/support/fallback-entry.ts')], bundle: true, format: 'iife', write: false, plugins: [inlineText] });
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.setContent(readFileSync(join(ROOT, 'test/fixtures/pages/page-lab.html'), 'utf8'));
    original = await page.evaluate(() => new XMLSerializer().serializeToString(document.body));
    await page.evaluate(() => {
      delete (window as { Highlight?: unknown }).Highlight;
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    await call(page, 'api.scan()');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('wraps each article mention in one marked element, never form fields, editors or code', async () => {
    expect(await call(page, 'api.supportsHighlights()')).toBe(false);
    const marked = await page.evaluate(() => [...document.querySelectorAll('[data-sl-coin]')].map((el) => ({ text: el.textContent, coin: el.getAttribute('data-sl-coin'), inForbidden: !!el.closest('input, textarea, [contenteditable="true"], [role="textbox"], code, pre, svg') })));
    expect(marked.map((m) => m.text)).toEqual(['Aethir (ATH)', '$TAO', '$ATH', '$TAO', '$ATH']);
    expect(marked.filter((m) => m.inForbidden)).toEqual([]);
    // The words read the same: only elements were added around them.
    expect(await page.evaluate(() => document.getElementById('lead')?.textContent)).toBe('Aethir (ATH) rents GPUs; traders watching $TAO said "$ATH looks ready".');
  });

  it('finds the mention under the pointer from the element there', async () => {
    const box = await page.locator('#lead [data-sl-coin="bittensor"]').boundingBox();
    if (!box) throw new Error('no wrapper for $TAO');
    expect(await call(page, `api.hitAt(${box.x + box.width / 2}, ${box.y + box.height / 2})`)).toBe('bittensor');
  });

  it('wraps what the page appends, once, even when asked again', async () => {
    await page.evaluate(() => (window as unknown as { appendPosts(texts: string[]): void }).appendPosts(['Bitcoin (BTC) and $ETH today.']));
    await call(page, 'api.settle()');
    await call(page, 'api.scan()');
    await call(page, 'api.settle()');
    expect(await page.locator('#feed [data-sl-coin]').count()).toBe(2);
    expect(await page.locator('[data-sl-coin] [data-sl-coin]').count()).toBe(0);
  });

  it('puts the page back exactly as it was when stopped', async () => {
    await page.evaluate(() => document.getElementById('feed')?.replaceChildren());
    await call(page, 'api.settle()');
    await call(page, 'api.stop()');
    expect(await page.locator('[data-sl-coin]').count()).toBe(0);
    // Not normalised: the original text nodes themselves hold their words again.
    const restored = await page.evaluate(() => new XMLSerializer().serializeToString(document.body));
    expect(restored).toBe(original);
  });
});
