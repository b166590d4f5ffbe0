/**
 * The keyboard path to the card (DESIGN.md "Stable hooks", Keyboard): in the popup, Enter on a
 * token's row opens its card on the page with focus inside it; Tab and Shift+Tab stay inside the
 * card; Escape closes it and gives focus back to where it was. The card is a dialog named after
 * the token whose figures are read as a sentence once they arrive.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/launch';
import { cardTooltip, highlightCount } from './support/page-helpers';

/** What has focus on the page: the top-level element, and inside the card's shadow root. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    return {
      outer: active?.tagName.toLowerCase() ?? null,
      label: active?.getAttribute('aria-label') ?? null,
      inner: inner ? `${inner.tagName.toLowerCase()}${inner.getAttribute('role') ? `[role=${inner.getAttribute('role')}]` : ''}:${(inner.textContent ?? '').trim().slice(0, 24)}` : null,
    };
  });

describe('keyboard path', () => {
  const extension = useExtension();

  async function articleAndPopup() {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // Where the reader's focus was on the page before: the note field in the article.
    await page.locator('input[aria-label="note"]').focus();
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.locator('[data-sl-coin="aethir"]').waitFor({ timeout: 15_000 });
    return { page, popup };
  }

  it('popup row → Enter → card focused; Tab stays inside; Escape closes and focus returns', async () => {
    const { page, popup } = await articleAndPopup();
    await popup.locator('[data-sl-coin="aethir"] .row-button').focus();
    await popup.keyboard.press('Enter');

    const card = cardTooltip(page);
    await expect.poll(() => focusOf(page), { timeout: 10_000 }).toMatchObject({ outer: 'sector-lens-card', inner: expect.stringMatching(/^div\[role=dialog\]/) });
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('ready');
    expect(await card.getAttribute('aria-label')).toBe('ATH against its sectors');
    // The card was scrolled into view beside the mention.
    const box = await card.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);

    // Tab visits the card's controls and wraps around without leaving the card.
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusOf(page);
      expect(focus.outer, `after ${i + 1} Tab presses`).toBe('sector-lens-card');
      expect(focus.inner).not.toBeNull();
      seen.push(focus.inner as string);
    }
    const stops = [...new Set(seen)];
    expect(stops.length).toBeGreaterThanOrEqual(2);
    expect(seen.slice(stops.length, 2 * stops.length)).toEqual(seen.slice(0, stops.length));
    await page.keyboard.press('Shift+Tab');
    expect((await focusOf(page)).outer).toBe('sector-lens-card');

    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 3_000 }).toBe(0);
    expect(await focusOf(page)).toMatchObject({ outer: 'input', label: 'note' });
    await Promise.all([page.close(), popup.close()]);
  });

  it('Enter on the row element itself works too, and the card reads its figures as a sentence', async () => {
    const { page, popup } = await articleAndPopup();
    await popup.locator('[data-sl-coin="aethir"]').press('Enter');
    const card = cardTooltip(page);
    await expect.poll(() => focusOf(page), { timeout: 10_000 }).toMatchObject({ outer: 'sector-lens-card' });
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 10_000 }).toBe('ready');
    const summary = card.locator('[aria-live="polite"]');
    expect(await summary.textContent()).toMatch(/^ATH is (up|down) \d+\.\d\d% over 24 hours, \d+\.\d\d percentage points (ahead of|behind) \S/);
    expect(await card.getAttribute('aria-describedby')).toBe(await summary.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count(), { timeout: 3_000 }).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });

  it('the "open card" shortcut opens the card of the mention nearest the middle of the viewport, focused', async () => {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await ext.tabIdOf(page);
    // What the background does for the `open-card` command (lib/background/commands.ts).
    await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'sector-lens', name: 'page.openNearestCard', data: {} }), tabId);
    await expect.poll(() => focusOf(page), { timeout: 10_000 }).toMatchObject({ outer: 'sector-lens-card' });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTooltip(page).count(), { timeout: 3_000 }).toBe(0);
    expect((await focusOf(page)).outer).not.toBe('sector-lens-card');
    await page.close();
  });
});
