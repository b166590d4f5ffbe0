/**
 * Every failure the fake CoinGecko can stage ends in the right typed error, while the views keep
 * the last good data, marked stale, and the cache keeps it intact.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../support/fake-coingecko';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { marketHarness } from '../support/market-harness';

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const WATCHED = { watchedSectors: ['artificial-intelligence', 'depin'] };
const PAGE = { coinIds: ['aethir', 'render-token', 'bitcoin'] };

/** A warm service whose market data has just gone past its freshness limit (keyless: 5 min for sectors). */
async function warmThenExpired(timeoutMs = 3_000) {
  const harness = marketHarness(server, { settings: WATCHED, timeoutMs });
  const good = await harness.service.getViews(PAGE);
  expect(good.error).toBeUndefined();
  harness.clock.advance(6 * 60_000);
  server.requests.length = 0;
  return { ...harness, good };
}

describe('failures after good data', () => {
  it.each<[Scenario, string, RegExp]>([
    ['server-error', 'server', /HTTP 500/],
    ['html-error', 'server', /HTTP 503/],
    ['hang', 'timeout', /did not answer within 300 ms/],
    ['bad-schema', 'bad-response', /Unexpected data/],
    ['unauthorized', 'unauthorized', /add a free Demo key/],
    ['rate-limited', 'rate-limited', /rate limit/],
    ['rate-limited-no-retry-after', 'rate-limited', /rate limit/],
  ])('%s → %s, last good data kept and marked stale', async (scenario, kind, message) => {
    // Only the hang case waits out the limit; the others get room for a loaded machine.
    const { service, good, store, clock } = await warmThenExpired(scenario === 'hang' ? 300 : 3_000);
    server.setScenario(scenario);
    const response = await service.getViews(PAGE);
    expect(response.error).toMatchObject({ kind });
    expect(response.error!.message).toMatch(message);
    expect(response.views.map((view) => view.coinId)).toEqual(good.views.map((view) => view.coinId));
    for (const [index, view] of response.views.entries()) {
      const before = good.views[index]!;
      expect(view).toMatchObject({ move: before.move, price: before.price, asOf: before.asOf, stale: true });
      expect(view.sectors.map((sector) => [sector.average, sector.stale])).toEqual(before.sectors.map((sector) => [sector.average, true]));
    }
    expect(response.sectors.every((sector) => sector.stale)).toBe(true);

    // The stored copy is intact, and once the server recovers (and any pause ends) all is fresh.
    const stored = (await store.read('sector:depin')) as { value: { rows: unknown[] } };
    expect(stored.value.rows.length).toBeGreaterThan(5);
    server.setScenario('ok');
    // Past any pause, and past the minute in which the keyless budget (5) was spent.
    clock.advance(Math.max(62_000, (response.error!.retryAt ?? 0) - clock.now() + 1));
    const recovered = await service.getViews(PAGE);
    expect(recovered.error).toBeUndefined();
    expect(recovered.views.map((view) => [view.move, view.stale])).toEqual(good.views.map((view) => [view.move, false]));
  });

  it('429 with Retry-After: retryAt from the header, and nothing is sent until then', async () => {
    const { service, clock } = await warmThenExpired();
    server.setScenario('rate-limited', { retryAfterSeconds: 30 });
    const limited = await service.getViews(PAGE);
    expect(limited.error).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(limited.error!.retryAt).toBeGreaterThanOrEqual(clock.now() + 25_000);
    const sent = server.requests.length;
    server.setScenario('ok');
    const again = await service.getViews(PAGE);
    expect(again.error).toMatchObject({ kind: 'rate-limited' });
    expect(again.error!.retryAt).toBeGreaterThanOrEqual(limited.error!.retryAt!);
    expect(server.requests.length).toBe(sent); // failing fast: no storm against a limit
    // Past the pause, and past the minute whose budget the refused requests used (keyless 5, popup 4).
    clock.advance(62_000);
    const recovered = await service.getViews(PAGE);
    expect(recovered.error).toBeUndefined();
    expect(recovered.views.every((view) => !view.stale)).toBe(true);
  });

  it('429 without Retry-After pauses for a minute', async () => {
    const { service, clock } = await warmThenExpired();
    server.setScenario('rate-limited-no-retry-after');
    const limited = await service.getViews(PAGE);
    expect(limited.error!.retryAt).toBeGreaterThanOrEqual(clock.now() + 55_000);
  });

  it('server errors back off: one try per figure, then a pause with its retry time', { timeout: 15_000 }, async () => {
    const { service } = await warmThenExpired();
    server.setScenario('server-error');
    await service.getViews(PAGE);
    // 2 sectors + 1 ids call, once each: the reader's next ask (at retryAt) tries again.
    expect(server.requests.length).toBeLessThanOrEqual(3);
    const response = await service.getViews(PAGE);
    expect(response.error).toMatchObject({ kind: 'server' });
    expect(response.error!.retryAt).toBeDefined();
  });
});

describe('failures with nothing cached', () => {
  it('a cold 401 without a key: no views, and the error says a key is needed', async () => {
    server.setScenario('unauthorized');
    const { service } = marketHarness(server, { settings: WATCHED });
    const response = await service.getViews(PAGE);
    expect(response.views).toEqual([]);
    expect(response.error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(response.sectors.every((sector) => sector.average === null && sector.asOf === null)).toBe(true);
  });

  it('an empty category is not an error: no average, no constituents, tokens still priced', async () => {
    server.setScenario('empty-category');
    const { service } = marketHarness(server, { settings: WATCHED });
    const response = await service.getViews(PAGE);
    expect(response.error).toBeUndefined();
    expect(response.sectors.map((sector) => [sector.average, sector.constituents])).toEqual([[null, 0], [null, 0]]);
    expect(response.views.map((view) => [view.coinId, view.sectors.length])).toEqual([['aethir', 0], ['render-token', 0], ['bitcoin', 0]]);
  });
});

describe('changed settings or credentials', () => {
  it('a new key drops the old pause; a new base URL drops the old cache', async () => {
    const { service, state } = await warmThenExpired();
    server.setScenario('rate-limited', { retryAfterSeconds: 120 });
    await service.getViews(PAGE);
    server.setScenario('ok');
    state.credentials = { plan: 'demo', key: 'CG-new' };
    const withKey = await service.getViews(PAGE);
    expect(withKey.error).toBeUndefined();
    expect(server.requests.at(-1)?.headers['x-cg-demo-api-key']).toBe('CG-new');

    const elsewhere = await startFakeCoinGecko();
    try {
      state.settings = { ...state.settings, apiBaseUrl: elsewhere.apiBase };
      await service.getViews(PAGE);
      expect(elsewhere.requests.length).toBeGreaterThan(0); // fresh data from the new source, not the old cache
    } finally {
      await elsewhere.close();
    }
  });
});
