/**
 * The hover card as a reader meets it: it opens when the pointer rests on a mention, stays while
 * the pointer moves onto it, closes on Escape and when the pointer leaves, stays inside the
 * viewport at the edges, says when CoinGecko rate-limits us, and "not this one?" pins a coin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LoadedExtension } from './support/launch';
import { cardTooltip, restPointerOn } from './support/page-helpers';
import { storedSettings } from './support/page-lab';

const VIEWPORT = { width: 1100, height: 800 };

async function restOn(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x - 30, box.y - 20);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
}

describe('hover card', () => {
  let ext: LoadedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openPage('page-lab.html');
    await page.waitForFunction(() => (CSS.highlights.get('sector-lens')?.size ?? 0) > 0, null, { timeout: 15_000 });
  });
  afterAll(async () => {
    await ext?.admin('reset');
    await ext?.close();
  });

  it('opens as a dialog when the pointer rests on a mention and closes on Escape', async () => {
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('ready');
    expect(await card.getAttribute('role')).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 2_000 }).toBe(0);
  });

  it('stays while the pointer moves onto it, and closes when the pointer leaves', async () => {
    await page.mouse.move(5, 400);
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('ready');
    const box = await card.boundingBox();
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(700);
    expect(await card.count()).toBe(1);
    const away = { x: box.x + box.width + 150, y: box.y + box.height + 60 };
    await page.mouse.move(away.x, away.y, { steps: 4 });
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, away);
    await expect.poll(() => card.count(), { timeout: 3_000, message: `pointer left to ${JSON.stringify(away)} over ${under}` }).toBe(0);
  });

  it.each(['#bottom-right', '#top-right'])('stays inside the viewport for a mention at %s', async (selector) => {
    await page.mouse.move(5, 400);
    await restOn(page, selector);
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('ready');
    const box = await card.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    await page.keyboard.press('Escape');
  });

  it('pins another coin for a shared symbol when the reader says "not this one"', async () => {
    await page.mouse.move(5, 400);
    // The first "$ATH" is a bare cashtag: the symbol is shared, so the card offers alternatives.
    await restPointerOn(page, '\\$ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await card.getByText('Not this one?').click();
    await card.getByRole('button', { name: /AthenaDAO/ }).click();
    await expect.poll(async () => (await storedSettings(ext)).pins, { timeout: 5_000 }).toEqual({ ATH: 'athenadao-token' });
    await expect.poll(() => card.getAttribute('data-sl-coin'), { timeout: 10_000 }).toBe('athenadao-token');
    // The page re-resolved: "$ATH" now means AthenaDAO, "Aethir (ATH)" still means Aethir.
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe('3');
  });

  it('says CoinGecko is rate limiting and when it will retry', async () => {
    await ext.admin('scenario?name=rate-limited&retryAfter=30');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);
    // A coin in no watched sector that nobody asked for yet: the background has nothing cached for it.
    await page.evaluate(() => (window as unknown as { appendPosts(texts: string[]): void }).appendPosts(['Monero (XMR) saw outflows.']));
    await page.waitForFunction(() => [...(CSS.highlights.get('sector-lens') as unknown as Iterable<AbstractRange>)].some((range) => range.startContainer.textContent?.includes('Monero')));
    await restPointerOn(page, 'XMR');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('error');
    const text = await card.innerText();
    expect(text).toMatch(/rate limit/i);
    expect(text).toMatch(/Retrying in \d+ s/);
  });
});
