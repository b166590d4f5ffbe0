/**
 * The daily lexicon rebuild against the fake API: five governed requests, the result stored and
 * preferred over the shipped snapshot, nothing asked again within the day, and long-tail lookups
 * answered from the rebuilt list.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseLexicon } from '../../lib/detect';
import { createLexiconService } from '../../lib/background/lexicon';
import { REFRESH_EVERY_MS, type StoredLexicon } from '../../lib/background/lexicon-refresh';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { marketHarness } from '../support/market-harness';

const shippedJson = JSON.parse(readFileSync(new URL('../../public/data/lexicon-top.json', import.meta.url), 'utf8')) as unknown;

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function harness(start: number) {
  let clock = start;
  let stored: StoredLexicon | null = null;
  // A Demo key: keyless, the five rebuild requests are background work spread over minutes.
  const { service } = marketHarness(server, { credentials: { plan: 'demo', key: 'CG-test' }, timeoutMs: 3000 });
  const lexicon = createLexiconService({
    readAsset: async (path) => {
      if (path === 'data/lexicon-top.json') return shippedJson;
      throw new Error(`the long tail should come from the rebuild, not ${path}`);
    },
    loadStored: async () => stored,
    saveStored: async (value) => {
      stored = value;
    },
    fetchSources: () => service.lexiconSources(),
    now: () => clock,
  });
  return { lexicon, advance: (ms: number) => (clock += ms), stored: () => stored };
}

describe('daily lexicon rebuild', () => {
  it('rebuilds from /coins/markets pages and /coins/list, then serves the newer lexicon', async () => {
    const start = Date.parse('2027-01-15T08:00:00Z');
    const { lexicon, advance, stored } = harness(start);
    expect(await lexicon.refreshIfDue()).toBe(true);
    const paths = server.requests.map((request) => `${request.path}${request.query.page ? ` page ${request.query.page}` : ''}`);
    expect(paths).toEqual(['/coins/markets page 1', '/coins/markets page 2', '/coins/markets page 3', '/coins/markets page 4', '/coins/list']);
    expect(stored()?.top.dataDate).toBe('2027-01-15');

    const served = parseLexicon((await lexicon.getLexicon()).lexicon);
    expect(served.dataDate).toBe('2027-01-15');
    expect(served.coins.get('bitcoin')?.rank).toBe(1);

    // Long-tail lookups use the rebuilt /coins/list.
    const { coins } = await lexicon.resolve({ candidates: [{ symbol: 'AGIX', nameHint: 'SingularityNET', form: 'name-symbol' }] });
    expect(coins[0]?.coinId).toBe('singularitynet');

    server.requests.length = 0;
    advance(REFRESH_EVERY_MS / 2);
    expect(await lexicon.refreshIfDue()).toBe(false);
    expect(server.requests).toHaveLength(0);
    advance(REFRESH_EVERY_MS / 2);
    expect(await lexicon.refreshIfDue()).toBe(true);
  });

  it('keeps the shipped snapshot when the rebuild fails, and says so to the caller', async () => {
    server.setScenario('server-error');
    const { lexicon, stored } = harness(Date.parse('2027-01-15T08:00:00Z'));
    await expect(lexicon.refreshIfDue()).rejects.toMatchObject({ kind: 'server' });
    expect(stored()).toBeNull();
    const served = parseLexicon((await lexicon.getLexicon()).lexicon);
    expect(served.dataDate).toBe((shippedJson as { dataDate: string }).dataDate);
  });
});
