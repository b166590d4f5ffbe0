/** The client against the fake CoinGecko: headers per plan and every failure → its typed error. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CoinGeckoClient } from '../../../../lib/market/providers/coingecko/client';
import { MarketError } from '../../../../lib/market/errors';
import { startFakeCoinGecko, type FakeCoinGecko, type Scenario } from '../../../support/fake-coingecko';

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (plan: 'keyless' | 'demo' | 'pro' = 'keyless', key = '', now = () => 1_000_000) =>
  new CoinGeckoClient({ baseUrl: server.apiBase, plan, key, timeoutMs: 2000, now });

async function failure(promise: Promise<unknown>): Promise<MarketError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(MarketError);
  return error as MarketError;
}

describe('CoinGecko client', () => {
  it('asks for a category with all windows and, when asked, the sparkline, and parses the rows', async () => {
    const rows = await client().marketsByCategory('depin', true);
    expect(rows.map((row) => row.id)).toContain('aethir');
    expect(server.requests[0]!.query).toMatchObject({ category: 'depin', vs_currency: 'usd', per_page: '250', price_change_percentage: '1h,24h,7d', sparkline: 'true' });
  });

  it.each([
    ['keyless', '', undefined, undefined],
    ['demo', 'CG-demo', 'CG-demo', undefined],
    ['pro', 'CG-pro', undefined, 'CG-pro'],
  ] as const)('%s sends the right key header', async (plan, key, demoHeader, proHeader) => {
    await client(plan, key).ping();
    expect(server.requests[0]!.headers['x-cg-demo-api-key']).toBe(demoHeader);
    expect(server.requests[0]!.headers['x-cg-pro-api-key']).toBe(proHeader);
  });

  it.each<[Scenario, string, number | undefined]>([
    ['server-error', 'server', 500],
    ['html-error', 'server', 503],
    ['bad-schema', 'bad-response', 200],
    ['hang', 'timeout', undefined],
  ])('%s → %s', async (scenario, kind, status) => {
    server.setScenario(scenario);
    const error = await failure(client().marketsByCategory('depin'));
    expect(error.kind).toBe(kind);
    expect(error.details.status).toBe(status);
  });

  it('429 with Retry-After → rate-limited, retryAt from the header', async () => {
    server.setScenario('rate-limited', { retryAfterSeconds: 7 });
    const error = await failure(client().marketsByCategory('depin'));
    expect(error.toInfo()).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: 1_000_000 + 7_000 });
  });

  it('429 without Retry-After → rate-limited, retryAt a minute on', async () => {
    server.setScenario('rate-limited-no-retry-after');
    const error = await failure(client().marketsByCategory('depin'));
    expect(error.toInfo()).toMatchObject({ kind: 'rate-limited', retryAt: 1_000_000 + 60_000 });
  });

  it('401 without a key says a key is needed; with a key, that the key was refused', async () => {
    server.setScenario('unauthorized');
    const keyless = await failure(client().marketsByCategory('depin'));
    expect(keyless.kind).toBe('unauthorized');
    expect(keyless.message).toMatch(/Demo key/);
    const keyed = await failure(client('demo', 'bad').marketsByCategory('depin'));
    expect(keyed.message).toMatch(/refused the API key: API Key Missing/);
  });

  it('unknown coin → not-found; unreachable host → offline', async () => {
    expect((await failure(client().coinDetail('no-such-coin'))).kind).toBe('not-found');
    const closed = new CoinGeckoClient({ baseUrl: 'http://127.0.0.1:9/api/v3', plan: 'keyless', key: '', timeoutMs: 2000 });
    expect((await failure(closed.ping())).kind).toBe('offline');
  });

  it('an empty category is an empty list, not an error', async () => {
    server.setScenario('empty-category');
    await expect(client().marketsByCategory('depin')).resolves.toEqual([]);
  });
});
