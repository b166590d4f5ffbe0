/**
 * "Since published" in the browser: the fake CoinGecko serves the recorded hourly series
 * (dataset 'hourly-series': markets-all-sparkline-1h.json, last_updated shifted to now; see
 * test/support/fake-coingecko.ts), a local article is dated relative to the served data's
 * last_updated, and the card's and popup's numbers are compared with test/support/since-expected.ts
 * computed from the very rows the server sends.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPercent, formatPp } from '../../lib/format';
import { expectedMoveSince, expectedSectorSince, type ServedRow } from '../support/since-expected';
import { useExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

const HOUR = 3_600_000;
const SECTORS = ['artificial-intelligence', 'depin'] as const;
const SIGNED_PERCENT = /[+-]\d+\.\d{2}%/;

async function admin(path: string): Promise<void> {
  await fetch(`${inject('apiOrigin')}/__admin/${path}`, { method: 'POST' });
}

/** The category's rows exactly as the server answers the extension (same parameters). */
async function served(categoryId: string): Promise<ServedRow[]> {
  const url = `${inject('apiOrigin')}/api/v3/coins/markets?vs_currency=usd&per_page=250&price_change_percentage=1h,24h,7d&sparkline=true&category=${categoryId}`;
  return (await (await fetch(url)).json()) as ServedRow[];
}

describe('since published', () => {
  // Before the browser starts: every answer it gets comes from the hourly-series rows.
  beforeAll(() => admin('dataset?name=hourly-series'));
  afterAll(() => admin('reset'));
  const extension = useExtension();

  async function openCard(published: number | null) {
    const ext = extension();
    const query = published === null ? '' : `?published=${new Date(published).toISOString()}`;
    const page = await ext.openPage(`since-article.html${query}`);
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    return { page, card };
  }

  it('50 h after publication: the token, each sector (leave-one-out), outperformance and rank equal a computation from the served series', async () => {
    const rows = new Map(SECTORS.map((id) => [id, [] as ServedRow[]]));
    for (const id of SECTORS) rows.set(id, await served(id));
    const aethir = rows.get('depin')!.find((row) => row.id === 'aethir')!;
    const publishedAt = Date.parse(aethir.last_updated!) - 50 * HOUR;
    const { page, card } = await openCard(publishedAt);

    const block = card.locator('[data-sl-since]');
    await expect.poll(() => block.count(), { timeout: 10_000 }).toBe(1);
    const text = await block.innerText();
    const tokenMove = expectedMoveSince(aethir, publishedAt)!;
    expect(SIGNED_PERCENT.exec(text)?.[0]).toBe(formatPercent(tokenMove));
    expect(text).toContain('50 hours ago');

    for (const categoryId of SECTORS) {
      const expected = expectedSectorSince(rows.get(categoryId)!, 'aethir', publishedAt);
      const row = block.locator(`[data-sl-sector="${categoryId}"]`);
      expect(await row.count()).toBe(1);
      const rowText = await row.innerText();
      expect(rowText).toContain(formatPercent(expected.average));
      expect(rowText).toContain(formatPp(tokenMove - expected.average));
      expect(rowText).toContain(`#${expected.rank} of ${expected.among}`);
      expect(rowText).toContain(`over ${expected.over}`);
    }
    await page.close();
  });

  it('10 days after publication (older than the series): says so, and no percentage at all', async () => {
    const aethir = (await served('depin')).find((row) => row.id === 'aethir')!;
    const { page, card } = await openCard(Date.parse(aethir.last_updated!) - 10 * 24 * HOUR);
    const block = card.locator('[data-sl-since]');
    await expect.poll(() => block.count(), { timeout: 10_000 }).toBe(1);
    const text = await block.innerText();
    expect(text).not.toMatch(/%/);
    expect(text).toContain('the hourly data covers 7 days');
    await page.close();
  });

  it('an undated article: no block', async () => {
    const { page, card } = await openCard(null);
    // The card is ready with its sectors, and there is no since block in it.
    await expect.poll(() => card.locator('[data-sl-sector]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await card.locator('[data-sl-since]').count()).toBe(0);
    await page.close();
  });

  it('popup: a "since published" window on a dated page; rows and chart follow it', async () => {
    const ext = extension();
    const depin = await served('depin');
    const aethir = depin.find((row) => row.id === 'aethir')!;
    const publishedAt = Date.parse(aethir.last_updated!) - 50 * HOUR;
    const page = await ext.openPage(`since-article.html?published=${new Date(publishedAt).toISOString()}`);
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const sinceButton = popup.getByRole('radio', { name: 'since published' });
    await sinceButton.waitFor({ timeout: 15_000 });
    await sinceButton.click();
    await expect.poll(() => popup.locator('[data-sl-since-window]').count(), { timeout: 15_000 }).toBe(1);
    const row = popup.locator('[data-sl-coin="aethir"] .move');
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toBe(formatPercent(expectedMoveSince(aethir, publishedAt)));
    // The chart's DePIN bar: the sector since publication over every constituent with a point at T.
    const all = expectedSectorSince(depin, 'aethir', publishedAt).all;
    const full = all.reduce((s, m) => s + m.cap * m.move, 0) / all.reduce((s, m) => s + m.cap, 0);
    expect(await popup.locator('[data-sl-chart] [data-sl-sector="depin"] .chart-value').innerText()).toBe(formatPercent(full));

    // An undated page offers no such window.
    const undated = await ext.openPage('since-article.html');
    await expect.poll(() => highlightCount(undated), { timeout: 15_000 }).toBeGreaterThan(0);
    const plain = await ext.openPopup(await ext.tabIdOf(undated));
    await plain.getByRole('radio', { name: '1h' }).waitFor({ timeout: 15_000 });
    expect(await plain.getByRole('radio', { name: 'since published' }).count()).toBe(0);
    await Promise.all([popup.close(), plain.close(), page.close(), undated.close()]);
  });

  it('the detector reads the page\u2019s date too: MATIC on a 2021 page is the old coin, on an undated (today\u2019s) page POL', async () => {
    const ext = extension();
    for (const [query, coinId] of [['?published=2021-06-01T09:00:00Z', 'matic-network'], ['', 'polygon-ecosystem-token']] as const) {
      const page = await ext.openPage(`since-article.html${query}`);
      await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
      const popup = await ext.openPopup(await ext.tabIdOf(page));
      await expect.poll(() => popup.locator(`[data-sl-coin="${coinId}"]`).count(), { timeout: 15_000 }).toBe(1);
      await Promise.all([popup.close(), page.close()]);
    }
  });
});
