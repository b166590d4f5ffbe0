/**
 * The background cache across a service-worker restart: a new service instance over the same
 * storage.local (fakeBrowser) answers from storage without a request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionCacheStore } from '../../lib/market/cache-store';
import { fakeClock } from '../support/fake-clock';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { marketHarness } from '../support/market-harness';

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  fakeBrowser.reset();
});

const REQUEST = { coinIds: ['aethir', 'bitcoin'] };
const SETTINGS = { watchedSectors: ['artificial-intelligence', 'depin'] };

describe('service-worker restart', () => {
  it('a new service over the same storage answers without a request', async () => {
    const clock = fakeClock();
    const before = await marketHarness(server, { settings: SETTINGS, store: extensionCacheStore(), clock }).service.getViews(REQUEST);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((key) => key.startsWith('market-cache:'))).toBe(true);

    server.requests.length = 0;
    clock.advance(30_000);
    const restarted = marketHarness(server, { settings: SETTINGS, store: extensionCacheStore(), clock });
    const after = await restarted.service.getViews(REQUEST);
    expect(server.requests).toHaveLength(0);
    expect(after.views).toEqual(before.views);
    expect(after.error).toBeUndefined();
  });

  it('after a restart past the TTL, stored data is served marked stale when the network is down', async () => {
    const clock = fakeClock();
    const before = await marketHarness(server, { settings: SETTINGS, store: extensionCacheStore(), clock }).service.getViews(REQUEST);
    clock.advance(10 * 60_000);
    server.setScenario('server-error');
    const after = await marketHarness(server, { settings: SETTINGS, store: extensionCacheStore(), clock }).service.getViews(REQUEST);
    expect(after.error).toMatchObject({ kind: 'server' });
    expect(after.views.map((view) => [view.coinId, view.move, view.stale])).toEqual(before.views.map((view) => [view.coinId, view.move, true]));
  });

  it('a corrupt stored entry is ignored (fetched again), never trusted', async () => {
    await fakeBrowser.storage.local.set({ 'market-cache:sector:depin': { source: server.apiBase, fetchedAt: Date.now(), value: { rows: [{ id: 42 }], series: false } } });
    const response = await marketHarness(server, { settings: { watchedSectors: ['depin'] }, store: extensionCacheStore() }).service.getViews({ coinIds: ['aethir'] });
    expect(response.views[0]!.sectors[0]!.average).not.toBeNull();
    expect(server.requests.some((request) => request.query.category === 'depin')).toBe(true);
  });
});
