/**
 * What every MarketProvider must do, as a suite any provider folder runs against its own stand-in
 * (CoinGecko: test/unit/market/coingecko/provider.test.ts). The backend must hold the recorded
 * demo coins (aethir in depin, bitcoin) and be able to stage failures.
 */
import { describe, expect, it } from 'vitest';
import { MarketError } from '../../../lib/market/errors';
import { QuoteRowSchema, type MarketProvider } from '../../../lib/market/provider';

export type StagedFailure = 'rate-limited' | 'rate-limited-no-retry-after' | 'unauthorized' | 'bad-schema' | 'server-error' | 'ok';

export interface ContractBackend {
  provider: () => MarketProvider;
  stage: (failure: StagedFailure) => void | Promise<void>;
  /** Requests the backend received so far (to prove one call = one request). */
  requestCount: () => number;
}

async function failure(promise: Promise<unknown>): Promise<MarketError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(MarketError);
  return caught as MarketError;
}

export function describeProviderContract(name: string, backend: () => ContractBackend) {
  describe(`MarketProvider contract: ${name}`, () => {
    it('category quotes: neutral rows, largest market cap first, within the page size, moves by window', async () => {
      const { provider, requestCount } = backend();
      const before = requestCount();
      const rows = await provider().categoryQuotes('depin');
      expect(requestCount() - before).toBe(1);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.length).toBeLessThanOrEqual(provider().categoryPageSize);
      for (const row of rows) expect(QuoteRowSchema.safeParse(row).success).toBe(true);
      expect(rows.map((row) => row.id)).toContain('aethir');
      const caps = rows.map((row) => row.marketCap ?? 0);
      expect([...caps].sort((a, b) => b - a)).toEqual(caps);
      expect(Object.keys(rows[0]!.moves).sort()).toEqual(['1h', '24h', '7d']);
    });

    it('series only when asked, in the same single request', async () => {
      const { provider, requestCount } = backend();
      const plain = await provider().categoryQuotes('artificial-intelligence');
      expect(plain.every((row) => row.hourly7d === undefined)).toBe(true);
      const before = requestCount();
      const withSeries = await provider().categoryQuotes('artificial-intelligence', { series: true });
      expect(requestCount() - before).toBe(1);
      const series = withSeries.find((row) => row.hourly7d)?.hourly7d;
      expect(series?.length).toBeGreaterThan(24);
      expect(withSeries.find((row) => row.hourly7d)?.updatedAt).not.toBeNull();
    });

    it('quotes by ids: only those asked, unknown ones absent, at most maxIdsPerCall', async () => {
      const { provider } = backend();
      const rows = await provider().quotesByIds(['bitcoin', 'no-such-coin-xyz']);
      expect(rows.map((row) => row.id)).toEqual(['bitcoin']);
      expect(rows[0]!.price).toBeGreaterThan(0);
      const tooMany = Array.from({ length: provider().maxIdsPerCall + 1 }, (_, i) => `coin-${i}`);
      await expect(async () => provider().quotesByIds(tooMany)).rejects.toThrow();
    });

    it('category figures, the category list and a coin\'s category names', async () => {
      const { provider } = backend();
      const figures = await provider().categoryFigures();
      expect(figures.find((figure) => figure.id === 'depin')).toMatchObject({ id: 'depin' });
      const list = await provider().categoryList();
      expect(list.find((entry) => entry.id === 'depin')?.name).toBeTruthy();
      const names = await provider().coinCategoryNames('bitcoin');
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((entry) => typeof entry === 'string' && entry.trim() !== '')).toBe(true);
      expect(provider().coinPageUrl('bitcoin')).toMatch(/^https:\/\//);
      expect(provider().name.length).toBeGreaterThan(0);
    });

    it('failures are typed MarketErrors; a 429 says when to retry', async () => {
      const { provider, stage } = backend();
      await stage('rate-limited');
      const limited = await failure(provider().categoryQuotes('depin'));
      expect(limited.kind).toBe('rate-limited');
      expect(limited.details.retryAt).toBeGreaterThan(Date.now());
      await stage('rate-limited-no-retry-after');
      expect((await failure(provider().categoryQuotes('depin'))).kind).toBe('rate-limited');
      await stage('unauthorized');
      expect((await failure(provider().ping())).kind).toBe('unauthorized');
      await stage('bad-schema');
      expect((await failure(provider().categoryQuotes('depin'))).kind).toBe('bad-response');
      await stage('server-error');
      expect((await failure(provider().categoryFigures())).kind).toBe('server');
      await stage('ok');
      await expect(provider().ping()).resolves.toBeUndefined();
    });
  });
}
