/**
 * Request budget, counted on the fake server: a page of 20 tokens across 3 watched sectors costs
 * at most (watched sectors + 2) requests cold, 0 warm, and 10 tabs asking at once cost as much
 * as one. The counts are printed so they can be quoted (npm run test:unit -- market-budget).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { describeRequests, marketHarness } from '../support/market-harness';

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const WATCHED = ['artificial-intelligence', 'depin', 'meme-token'];
// 14 coins inside the watched sectors, 6 outside all of them.
const PAGE = [
  'aethir', 'bittensor', 'render-token', 'fetch-ai', 'near', 'filecoin', 'helium', 'akash-network',
  'dogecoin', 'pepe', 'bonk', 'shiba-inu', 'official-trump', 'dogwifcoin',
  'bitcoin', 'ethereum', 'solana', 'chainlink', 'uniswap', 'aave',
];
const BUDGET = WATCHED.length + 2;
// What is counted here is requests, not speed: the harness's 300 ms client timeout, meant for the
// failure tests, fired on a loaded machine (load 10) and turned a slow answer into a retry.
const SETTINGS = { settings: { watchedSectors: WATCHED }, timeoutMs: 10_000 };

describe('request budget', () => {
  it(`20 tokens, 3 watched sectors: ≤ ${BUDGET} requests cold, 0 warm`, async () => {
    const { service } = marketHarness(server, SETTINGS);
    const cold = await service.getViews({ coinIds: PAGE });
    const coldRequests = describeRequests(server);
    expect(cold.views).toHaveLength(20);
    expect(coldRequests.length).toBeLessThanOrEqual(BUDGET);
    expect(coldRequests.filter((line) => line.startsWith('/coins/markets') && line.includes('bitcoin'))).toHaveLength(1);

    server.requests.length = 0;
    const warm = await service.getViews({ coinIds: PAGE });
    expect(server.requests).toHaveLength(0);
    expect(warm.views).toEqual(cold.views);
    console.info(`[request budget] cold page (20 tokens, 3 sectors): ${coldRequests.length} requests — ${coldRequests.join(' | ')}`);
    console.info('[request budget] warm page: 0 requests');
  });

  it('10 tabs asking at once cost the same as one', async () => {
    await marketHarness(server, SETTINGS).service.getViews({ coinIds: PAGE });
    const oneTab = server.requests.length;
    server.requests.length = 0;
    const { service } = marketHarness(server, SETTINGS);
    const responses = await Promise.all(Array.from({ length: 10 }, () => service.getViews({ coinIds: PAGE })));
    expect(responses.every((response) => response.views.length === 20)).toBe(true);
    expect(server.requests.length).toBe(oneTab);
    console.info(`[request budget] 10 concurrent tabs, cold: ${server.requests.length} requests`);
  });

  it('after the sectors\' freshness limit (keyless: 5 min) only the market calls repeat; the 15-minute category index does not', async () => {
    const { service, clock } = marketHarness(server, SETTINGS);
    await service.getViews({ coinIds: PAGE });
    server.requests.length = 0;
    clock.advance(5 * 60_000 + 1_000);
    await service.getViews({ coinIds: PAGE });
    expect(describeRequests(server).sort()).toEqual(
      ['/coins/markets artificial-intelligence', '/coins/markets depin', '/coins/markets meme-token', `/coins/markets ${['bitcoin', 'ethereum', 'solana', 'chainlink', 'uniswap', 'aave'].sort().join(',')}`].sort(),
    );
    console.info(`[request budget] refresh after 61 s: ${server.requests.length} requests`);
  });
});
