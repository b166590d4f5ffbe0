/** getViews end to end against the fake CoinGecko: the numbers, the sectors, the order. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { windowMeasure } from '../../lib/market/measures';
import { constituentsOf } from '../../lib/market/sector-views';
import { MarketsResponseSchema } from '../../lib/market/providers/coingecko/schemas';
import { quoteRow } from '../../lib/market/providers/coingecko/provider';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { describeRequests, marketHarness } from '../support/market-harness';

let server: FakeCoinGecko;
/** Nothing here tests a hang: the stand-in answers within ~1 ms idle, but a loaded machine took over 300 ms. */
const ANSWER_LIMIT = 3_000;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('views for a page', () => {
  it('Aethir against AI and DePIN, watched order, with leave-one-out, ranks and the index figure', { timeout: 20_000 }, async () => {
    // A Demo key, so the chart's other sectors and the index figure (background work) come at once.
    const { service } = marketHarness(server, { credentials: { plan: 'demo', key: 'CG-test' }, timeoutMs: 5_000 });
    // Asked as the popup does, so the provider's index figure comes too (background work).
    // The index figure is background work: the popup gets it on this answer or, on a busy
    // machine, on the next ask (when the first answer's retryAt says).
    let response = await service.getViews({ coinIds: ['aethir'], need: 'popup' });
    for (let ask = 0; ask < 5 && response.retryAt !== undefined; ask++) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, response.retryAt! - Date.now()) + 100));
      response = await service.getViews({ coinIds: ['aethir'], need: 'popup' });
    }
    expect(response.error).toBeUndefined();
    const [aethir] = response.views;
    expect(aethir).toMatchObject({ coinId: 'aethir', symbol: 'ATH', name: 'Aethir', move: -7.89753, stale: false });
    expect(aethir!.sectors.map((sector) => [sector.categoryId, sector.watched])).toEqual([
      ['artificial-intelligence', true],
      ['depin', true],
    ]);

    // Recompute DePIN by hand from the rows the server sent: cap-weighted, Aethir left out.
    const depinRows = MarketsResponseSchema.parse(await (await fetch(`${server.apiBase}/coins/markets?category=depin&vs_currency=usd&per_page=250`)).json());
    const others = constituentsOf(depinRows.map(quoteRow), windowMeasure('24h')).filter((c) => c.id !== 'aethir');
    const expected = others.reduce((sum, c) => sum + c.marketCap * c.move, 0) / others.reduce((sum, c) => sum + c.marketCap, 0);
    const depin = aethir!.sectors[1]!;
    expect(depin.average).toBeCloseTo(expected, 10);
    expect(depin.outperformance).toBeCloseTo(-7.89753 - expected, 10);
    expect(depin).toMatchObject({ name: 'DePIN', method: 'cap-weighted', leaveOneOut: true, constituents: others.length });
    const better = others.filter((c) => c.move > -7.89753).length;
    expect(depin.rank).toBe(better + 1);
    // The rank is among every constituent, Aethir included: never "#10 of 9".
    expect(depin.rankedAmong).toBe(others.length + 1);

    const summary = response.sectors.find((sector) => sector.categoryId === 'depin')!;
    expect(summary.constituents).toBe(others.length + 1);
    expect(summary.coingeckoIndex24h).toBeCloseTo(0.7610512314012657, 12); // categories.json, shown apart
    expect(summary.average).not.toBeCloseTo(summary.coingeckoIndex24h!, 2);
  });

  it('drops staked and wrapped ETH from DeFi, and does not average them', async () => {
    const { service } = marketHarness(server, { settings: { watchedSectors: ['decentralized-finance-defi'] }, timeoutMs: ANSWER_LIMIT });
    const response = await service.getViews({ coinIds: ['uniswap', 'staked-ether'] });
    const steth = response.views.find((view) => view.coinId === 'staked-ether')!;
    // A member of the category, so the sector is listed, but not a constituent: no rank, not left out.
    expect(steth.sectors[0]).toMatchObject({ categoryId: 'decentralized-finance-defi', rank: null, leaveOneOut: false });
    const uniswap = response.views.find((view) => view.coinId === 'uniswap')!;
    expect(uniswap.sectors[0]!.constituents).toBe(response.sectors[0]!.constituents - 1);
  });

  it('follows the averaging, leave-one-out and window settings', async () => {
    const { service, state } = marketHarness(server, { settings: { watchedSectors: ['depin'], averaging: 'median', leaveOneOut: false }, timeoutMs: ANSWER_LIMIT });
    const median = (await service.getViews({ coinIds: ['aethir'] })).views[0]!.sectors[0]!;
    expect(median).toMatchObject({ method: 'median', leaveOneOut: false });
    state.settings = { ...state.settings, averaging: 'equal-weighted' };
    const equal = await service.getViews({ coinIds: ['aethir'], window: '1h' });
    expect(equal.window).toBe('1h');
    // The 2026 rows carry no 1h figure (SOURCES.md), so Aethir has no 1h move: nothing is invented.
    expect(equal.views[0]!.move).toBeNull();
    expect(equal.views[0]!.sectors[0]!.outperformance).toBeNull();
  });

  it('a token in no watched sector: its row via ids, and (hover) its sectors from /coins/{id}', async () => {
    const { service } = marketHarness(server, { settings: { watchedSectors: ['depin', 'meme-token'] }, timeoutMs: ANSWER_LIMIT });
    const response = await service.getViews({ coinIds: ['bitcoin'] });
    expect(describeRequests(server)).toEqual(
      expect.arrayContaining(['/coins/markets bitcoin', '/coins/bitcoin', '/coins/categories/list']),
    );
    const sectors = response.views[0]!.sectors;
    expect(sectors.every((sector) => !sector.watched && sector.average === null)).toBe(true);
    expect(sectors.find((sector) => sector.categoryId === 'layer-1')?.name).toBe('Layer 1');
    expect(sectors.find((sector) => sector.categoryId === 'smart-contract-platform')?.name).toBe('Smart Contract Platform');
  });

  it('page-wide requests skip /coins/{id}; unknown ids are simply absent', async () => {
    const { service } = marketHarness(server, { settings: { watchedSectors: ['depin'] }, timeoutMs: ANSWER_LIMIT });
    const response = await service.getViews({ coinIds: ['bitcoin', 'no-such-coin'] });
    expect(describeRequests(server).some((line) => line.startsWith('/coins/bitcoin'))).toBe(false);
    expect(response.views.map((view) => view.coinId)).toEqual(['bitcoin']);
    expect(response.views[0]!.sectors).toEqual([]);
  });

  it('tests an API key on the host its plan needs', async () => {
    const { service } = marketHarness(server);
    await expect(service.testApiKey({ plan: 'demo', key: 'CG-x' })).resolves.toEqual({ ok: true });
    expect(server.requests.at(-1)?.headers['x-cg-demo-api-key']).toBe('CG-x');
    await expect(service.testApiKey({ plan: 'pro', key: '' })).resolves.toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    server.setScenario('unauthorized');
    await expect(service.testApiKey({ plan: 'demo', key: 'bad' })).resolves.toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
  });
});
