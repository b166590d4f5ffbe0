/**
 * The popup's states, each driven the way a reader meets it: a page without tokens, an API that
 * rate-limits or wants a key, a site switched off (and turned back on from the popup without a
 * reload), and the keyboard path through the window switch and the token rows.
 * Error states get a browser of their own, so no cache or back-off from another test answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './support/launch';
import { highlightCount } from './support/page-helpers';
import { storedSettings, storeSettings } from './support/settings-helpers';

let ext: LoadedExtension | undefined;
afterEach(async () => {
  await ext?.admin('reset');
  await ext?.close();
  ext = undefined;
});

async function popupFor(extension: LoadedExtension, pageName: string, { waitForHighlights = true } = {}) {
  const page = await extension.openPage(pageName);
  if (waitForHighlights) await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const popup = await extension.openPopup(await extension.tabIdOf(page));
  return { page, popup };
}

describe('popup states', () => {
  it('says so when the page names no token, and still shows the watched sectors', async () => {
    ext = await launchExtension();
    const { popup } = await popupFor(ext, 'no-tokens.html', { waitForHighlights: false });
    await expect.poll(() => popup.locator('main').getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    expect(await popup.getByText(/No tokens found on 127\.0\.0\.1/).count()).toBe(1);
    expect(await popup.locator('[data-sl-chart] [data-sl-sector]').count()).toBe(8);
  });

  it('rate limited: lists the tokens and says when it retries', async () => {
    ext = await launchExtension();
    await ext.admin('scenario?name=rate-limited&retryAfter=40');
    const { popup } = await popupFor(ext, 'demo-article.html');
    // The note's title is its live region; the countdown beside it is not (it changes every second).
    const note = popup.locator('.note', { has: popup.getByRole('status').filter({ hasText: 'rate limit' }) });
    await note.waitFor({ timeout: 15_000 });
    expect(await note.innerText()).toMatch(/Retrying in \d+ s/);
    expect(await popup.locator('[data-sl-coin="aethir"]').count()).toBe(1);
  });

  it('bad or missing API key: says so and leads to the options page', async () => {
    ext = await launchExtension();
    await ext.admin('scenario?name=unauthorized');
    const { popup } = await popupFor(ext, 'demo-article.html');
    const note = popup.locator('.note', { has: popup.getByRole('status').filter({ hasText: 'API key' }) });
    await note.waitFor({ timeout: 15_000 });
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html') });
    await note.getByRole('button', { name: 'Open options' }).click();
    expect((await opened).url()).toContain('options.html');
  });

  it('a switched-off site is turned back on from the popup, without reloading the page', async () => {
    ext = await launchExtension();
    await storeSettings(ext, { version: 2, disabledSites: ['127.0.0.1'] });
    const page = await ext.openPage('demo-article.html');
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.getByText('You switched Sector Lens off on').waitFor({ timeout: 15_000 });
    expect(await highlightCount(page)).toBe(0);
    await popup.getByRole('button', { name: 'Turn on for this site' }).click();
    await popup.locator('[data-sl-coin="aethir"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await storedSettings(ext)).disabledSites).toEqual([]);
    // 127.0.0.1 is in this build's manifest, so it is not registered a second time.
    expect((await storedSettings(ext)).addedSites).toEqual([]);
  });

  it('keyboard: arrows change the window (remembered), Enter on a row scrolls the page to the token', async () => {
    ext = await launchExtension();
    const { page, popup } = await popupFor(ext, 'demo-article.html');
    await popup.locator('[data-sl-coin]').first().waitFor({ timeout: 15_000 });
    await popup.getByRole('radio', { name: '24h' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.getByRole('radio', { name: '7d' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(async () => (await storedSettings(ext!)).window).toBe('7d');

    const firstRow = popup.locator('[data-sl-coin] .row-button').first();
    await firstRow.focus();
    await popup.keyboard.press('ArrowDown');
    const focusedCoin = await popup.evaluate(() => document.activeElement?.closest('[data-sl-coin]')?.getAttribute('data-sl-coin'));
    const secondCoin = await popup.locator('[data-sl-coin]').nth(1).getAttribute('data-sl-coin');
    expect(focusedCoin).toBe(secondCoin);
    await popup.keyboard.press('Enter');
    expect(await popup.locator(`[data-sl-coin="${secondCoin}"] .row-button`).getAttribute('aria-expanded')).toBe('true');
    // revealMention selects the first mention on the page.
    await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0), { timeout: 5_000 }).toBeGreaterThan(0);
  });
});
