/** CoinGecko passes the provider contract against the recorded-data stand-in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoinGeckoProvider, quoteRow } from '../../../../lib/market/providers/coingecko/provider';
import { MarketsResponseSchema } from '../../../../lib/market/providers/coingecko/schemas';
import { startFakeCoinGecko, type FakeCoinGecko } from '../../../support/fake-coingecko';
import { readRecorded } from '../../../support/recorded';
import { describeProviderContract } from '../provider-contract';

let server: FakeCoinGecko;
beforeAll(async () => {
  server = await startFakeCoinGecko();
});
afterAll(() => server.close());

describeProviderContract('CoinGecko', () => ({
  provider: () => createCoinGeckoProvider({ baseUrl: server.apiBase, plan: 'keyless', key: '', timeoutMs: 2_000 }),
  stage: (failure) => server.setScenario(failure),
  requestCount: () => server.requests.length,
}));

describe('CoinGecko rows → quote rows', () => {
  it('keeps every figure as recorded: moves by window, the 24h fallback, series and its time', () => {
    const rows = MarketsResponseSchema.parse(readRecorded('markets-all-sparkline-1h.json'));
    const withSeries = rows.find((row) => row.sparkline_in_7d?.price.length)!;
    const quote = quoteRow(withSeries);
    expect(quote.hourly7d).toEqual(withSeries.sparkline_in_7d!.price);
    expect(quote.updatedAt).toBe(Date.parse(withSeries.last_updated!));
    expect(quote.moves['1h']).toBe(withSeries.price_change_percentage_1h_in_currency ?? null);
    const plain = MarketsResponseSchema.parse(readRecorded('markets-all.json'))[0]!;
    expect(quoteRow(plain).moves['24h']).toBe(plain.price_change_percentage_24h_in_currency ?? plain.price_change_percentage_24h ?? null);
    expect(quoteRow(plain)).toMatchObject({ id: plain.id, price: plain.current_price, marketCap: plain.market_cap, marketCapRank: plain.market_cap_rank });
  });
});
