/**
 * Since-publication figures through getViews against the fake CoinGecko serving the recorded
 * hourly series (dataset 'hourly-series'), checked against test/support/since-expected.ts, which
 * computes from the served rows the long way (p(T) by walking the points' times).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MarketsResponseSchema, type MarketRow } from '../../lib/market/providers/coingecko/schemas';
import { KNOWN_STABLECOINS } from '../../lib/sectors/excluded-coins';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { marketHarness } from '../support/market-harness';
import { expectedMoveSince, expectedSectorSince } from '../support/since-expected';

const HOUR = 3_600_000;
let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function served(categoryId: string): Promise<MarketRow[]> {
  const url = `${server.apiBase}/coins/markets?category=${categoryId}&vs_currency=usd&per_page=250&sparkline=true&price_change_percentage=1h`;
  return MarketsResponseSchema.parse(await (await fetch(url)).json());
}

describe('since publication, from the served hourly series', () => {
  it('Aethir 50 h after publication: its move and each sector’s, leave-one-out, rank', async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['artificial-intelligence', 'depin'], window: '1h' } });
    server.setDataset('hourly-series', clock.now());
    const publishedAt = clock.now() - 50 * HOUR;
    const response = await service.getViews({ coinIds: ['aethir'], publishedAt });
    const view = response.views[0]!;
    expect(response.window).toBe('1h');
    const since = view.since!;
    const aethirRow = (await served('depin')).find((row) => row.id === 'aethir')!;
    expect(since.publishedAt).toBe(publishedAt);
    expect(since.move).toBeCloseTo(expectedMoveSince(aethirRow, publishedAt)!, 10);
    expect(since.series).toEqual({ start: Date.parse(aethirRow.last_updated!) - 167 * HOUR, end: Date.parse(aethirRow.last_updated!) });
    for (const [i, categoryId] of ['artificial-intelligence', 'depin'].entries()) {
      const expected = expectedSectorSince(await served(categoryId), 'aethir', publishedAt);
      const sector = since.sectors[i]!;
      expect(sector.categoryId).toBe(categoryId);
      expect(sector.average).toBeCloseTo(expected.average, 10);
      expect(sector.outperformance).toBeCloseTo(since.move! - expected.average, 10);
      expect(sector).toMatchObject({ constituents: expected.over, rank: expected.rank, rankedAmong: expected.among, leaveOneOut: true });
    }
    // The 1h figures are still the main ones; the since figures differ from them.
    expect(view.move).toBe(aethirRow.price_change_percentage_1h_in_currency);
    expect(since.move).not.toBeCloseTo(view.move!, 2);
  });

  it('a page older than the series: no figure anywhere in the since block, and why', async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['artificial-intelligence', 'depin'] } });
    server.setDataset('hourly-series', clock.now());
    const since = (await service.getViews({ coinIds: ['aethir'], publishedAt: clock.now() - 10 * 24 * HOUR })).views[0]!.since!;
    expect(since).toMatchObject({ move: null, moveGap: 'before-series' });
    for (const sector of since.sectors) expect(sector).toMatchObject({ average: null, averageGap: 'no-constituents', outperformance: null, rank: null });
  });

  it('no publication time: no since block', async () => {
    const { service, clock } = marketHarness(server);
    server.setDataset('hourly-series', clock.now());
    expect((await service.getViews({ coinIds: ['aethir'] })).views[0]!.since).toBeUndefined();
  });

  it("window 'since': the main figures and the chart's summaries are the since figures", async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'] } });
    server.setDataset('hourly-series', clock.now());
    const publishedAt = clock.now() - 50 * HOUR;
    const response = await service.getViews({ coinIds: ['aethir', 'helium'], window: 'since', publishedAt });
    expect(response.window).toBe('since');
    const rows = await served('depin');
    const aethir = response.views.find((view) => view.coinId === 'aethir')!;
    expect(aethir.move).toBeCloseTo(expectedMoveSince(rows.find((row) => row.id === 'aethir')!, publishedAt)!, 10);
    expect(aethir.since).toBeUndefined();
    const expected = expectedSectorSince(rows, 'aethir', publishedAt);
    expect(aethir.sectors[0]!.average).toBeCloseTo(expected.average, 10);
    // The chart's DePIN bar: every constituent with a point at T, nobody left out.
    expect(response.sectors[0]!.constituents).toBe(expected.among);
  });

  it("'since' without a publication time falls back to the reader's window", async () => {
    const { service } = marketHarness(server, { settings: { window: '7d' } });
    expect((await service.getViews({ coinIds: ['aethir'], window: 'since' })).window).toBe('7d');
  });

  it('a window the data has no figure for says so (the recorded hourly rows carry no 7d move)', async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'], window: '7d' } });
    server.setDataset('hourly-series', clock.now());
    const view = (await service.getViews({ coinIds: ['aethir'] })).views[0]!;
    expect(view).toMatchObject({ move: null, moveGap: 'no-figure' });
    expect(view.sectors[0]).toMatchObject({ average: null, averageGap: 'no-constituents' });
  });

  it('the capped method averages the same constituents with no weight above 25 %', async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'], averaging: 'capped' } });
    server.setDataset('hourly-series', clock.now());
    const publishedAt = clock.now() - 50 * HOUR;
    const sector = (await service.getViews({ coinIds: ['aethir'], publishedAt })).views[0]!.since!.sectors[0]!;
    const rows = await served('depin');
    const members = rows
      .filter((row) => row.id !== 'aethir' && !KNOWN_STABLECOINS.has(row.id))
      .map((row) => ({ cap: row.market_cap!, move: expectedMoveSince(row, publishedAt)! }));
    // Bittensor is over half of DePIN's cap: capped at 25 %, the rest share 75 % (checked to stay under).
    const total = members.reduce((s, m) => s + m.cap, 0);
    const giant = members.reduce((a, b) => (a.cap > b.cap ? a : b));
    expect(giant.cap / total).toBeGreaterThan(0.25);
    const restCap = total - giant.cap;
    const weights = members.map((m) => (m === giant ? 0.25 : (0.75 * m.cap) / restCap));
    expect(Math.max(...weights)).toBeLessThanOrEqual(0.25 + 1e-12);
    expect(sector.method).toBe('capped');
    expect(sector.average).toBeCloseTo(members.reduce((s, m, i) => s + weights[i]! * m.move, 0), 10);
  });

  it('asks for the hourly series only when a page needs it: dated within 7 days (same request count)', async () => {
    const sparklineOf = () => server.requests.filter((request) => request.path === '/coins/markets').map((request) => request.query.sparkline);
    const cases: [string, number | undefined, string][] = [
      ['undated', undefined, 'false'],
      ['10 days old', 10 * 24 * HOUR, 'false'],
      ['50 h old', 50 * HOUR, 'true'],
    ];
    for (const [, back, expected] of cases) {
      server.reset();
      const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'] } });
      server.setDataset('hourly-series', clock.now());
      await service.getViews({ coinIds: ['aethir'], ...(back !== undefined ? { publishedAt: clock.now() - back } : {}) });
      expect(sparklineOf()).toEqual([expected]);
    }
  });

  it('rows cached without the series are asked again with it when a dated page needs them; with it, they serve an undated page too', async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'] } });
    server.setDataset('hourly-series', clock.now());
    const sparklineOf = () => server.requests.filter((request) => request.path === '/coins/markets').map((request) => request.query.sparkline);
    await service.getViews({ coinIds: ['aethir'] });
    const dated = await service.getViews({ coinIds: ['aethir'], publishedAt: clock.now() - 50 * HOUR });
    expect(dated.views[0]!.since!.move).not.toBeNull();
    await service.getViews({ coinIds: ['aethir'] });
    expect(sparklineOf()).toEqual(['false', 'true']);
  });

  it("a sector whose cached rows came without the series says 'no data yet' for since, not 'no figures'", async () => {
    const { service, clock } = marketHarness(server, { settings: { watchedSectors: ['depin'] } });
    server.setDataset('hourly-series', clock.now());
    await service.getViews({ coinIds: ['aethir'] });
    // Rows cached without the series, and the refetch with it refused: the stale rows answer.
    clock.advance(10 * 60_000);
    server.setScenario('server-error');
    const response = await service.getViews({ coinIds: ['aethir'], publishedAt: clock.now() - 50 * HOUR });
    const sector = response.views[0]?.since?.sectors[0];
    expect(sector).toMatchObject({ average: null, averageGap: 'no-data' });
  });
});

