/**
 * The numbers a reader sees, checked against an independent computation from the data the fake
 * API served: for Aethir on the demo page, the AI and DePIN rows of the card show the cap-weighted,
 * leave-one-out sector average and the outperformance that DESIGN.md defines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPp } from '../../lib/format';
import { KNOWN_DERIVATIVES, KNOWN_STABLECOINS } from '../../lib/sectors/excluded-coins';
import { loadMarketRows } from '../support/fake-coingecko';
import { useExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

const members = (JSON.parse(readFileSync(new URL('../fixtures/coingecko/category-members.json', import.meta.url), 'utf8')) as { members: Record<string, string[]> }).members;
const rows = loadMarketRows();

function move24h(id: string): number | null {
  const row = rows.get(id);
  const value = row?.price_change_percentage_24h_in_currency ?? row?.price_change_percentage_24h;
  return typeof value === 'number' ? value : null;
}

/** The sector's members with a move and a positive cap, without stablecoins or derivatives. */
function eligible(categoryId: string): { id: string; cap: number; move: number }[] {
  const out: { id: string; cap: number; move: number }[] = [];
  for (const id of members[categoryId] ?? []) {
    if (KNOWN_STABLECOINS.has(id) || KNOWN_DERIVATIVES.has(id)) continue;
    const cap = rows.get(id)?.market_cap;
    const move = move24h(id);
    if (typeof cap !== 'number' || cap <= 0 || move === null) continue;
    out.push({ id, cap, move });
  }
  return out;
}

/** Σ mcap·r / Σ mcap over the eligible members, without the token itself. */
function expectedAverage(categoryId: string, tokenId: string): number {
  const others = eligible(categoryId).filter((member) => member.id !== tokenId);
  return others.reduce((sum, m) => sum + m.cap * m.move, 0) / others.reduce((sum, m) => sum + m.cap, 0);
}

/** "#r of n": 1 + members that moved more, among every eligible member, the token included. */
function expectedRank(categoryId: string, tokenId: string): string {
  const all = eligible(categoryId);
  const token = all.find((member) => member.id === tokenId)?.move ?? NaN;
  return `#${1 + all.filter((member) => member.move > token).length} of ${all.length}`;
}

describe('sector numbers on the card', () => {
  const extension = useExtension();

  it.each(['artificial-intelligence', 'depin'])('%s: average and outperformance match the served data', async (categoryId) => {
    const ext = extension();
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    const row = card.locator(`[data-sl-sector="${categoryId}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const text = await row.innerText();
    const average = expectedAverage(categoryId, 'aethir');
    const token = move24h('aethir') as number;
    expect(text).toContain(formatPercent(average));
    expect(text).toContain(formatPp(token - average));
    expect(text).toContain(expectedRank(categoryId, 'aethir'));
    await page.close();
  });
});
