import { describe, expect, it } from 'vitest';
import {
  CategoriesListResponseSchema,
  CategoriesResponseSchema,
  CoinDetailSchema,
  ErrorBodySchema,
  errorCode,
  errorMessage,
  MarketsResponseSchema,
} from '../../../../lib/market/providers/coingecko/schemas';
import { MARKET_FILES, readRecorded } from '../../../support/recorded';

describe('schemas accept the real recorded responses', () => {
  it.each(MARKET_FILES)('%s', (file) => {
    const parsed = MarketsResponseSchema.parse(readRecorded(file));
    expect(parsed.length).toBeGreaterThanOrEqual(100);
  });

  it('keeps nulls as nulls (the row with null 24h and 1h moves)', () => {
    const rows = MarketsResponseSchema.parse(readRecorded('markets-all-sparkline-1h.json'));
    expect(rows.some((row) => row.price_change_percentage_24h === null && row.price_change_percentage_1h_in_currency === null)).toBe(true);
    expect(rows[0]!.sparkline_in_7d?.price).toHaveLength(168);
  });

  it('/coins/categories with 275 all-null rows and integer zeros', () => {
    const rows = CategoriesResponseSchema.parse(readRecorded('categories.json'));
    expect(rows).toHaveLength(603);
    expect(rows.filter((row) => row.market_cap === null)).toHaveLength(275);
    expect(rows.some((row) => row.market_cap_change_24h === 0)).toBe(true);
  });

  it('/coins/categories/list and /coins/bitcoin', () => {
    expect(CategoriesListResponseSchema.parse(readRecorded('categories-list.json'))).toHaveLength(680);
    expect(CoinDetailSchema.parse(readRecorded('coin-bitcoin.json')).categories).toContain('Layer 1 (L1)');
  });

  it.each([
    ['recorded 429', readRecorded('error-429.json'), 429, "You've exceeded the Rate Limit"],
    ['10002 (status holds code)', { status: { error_code: 10002, error_message: 'API Key Missing.' } }, 10002, 'API Key Missing'],
    ['10010 (code at top level)', { timestamp: '2025-10-12T11:10:40.873+00:00', error_code: 10010, status: { error_message: 'If you are using Pro API key…' } }, 10010, 'Pro API key'],
    ['flat error', { error: 'coin not found' }, undefined, 'coin not found'],
  ])('error body: %s', (_name, body, code, message) => {
    const parsed = ErrorBodySchema.parse(body);
    expect(errorCode(parsed)).toBe(code);
    expect(errorMessage(parsed)).toContain(message);
  });
});

describe('schemas reject malformed data', () => {
  const good = (MarketsResponseSchema.parse(readRecorded('markets-all.json')))[0]!;
  it.each([
    ['price as a string', { ...good, current_price: '1.0' }],
    ['missing id', { ...good, id: undefined }],
    ['NaN-like market cap', { ...good, market_cap: 'NaN' }],
    ['sparkline with a string', { ...good, sparkline_in_7d: { price: [1, '2'] } }],
  ])('a markets row with %s', (_name, row) => {
    expect(MarketsResponseSchema.safeParse([row]).success).toBe(false);
  });

  it('an object where an array belongs', () => {
    expect(MarketsResponseSchema.safeParse({ data: [] }).success).toBe(false);
    expect(CategoriesResponseSchema.safeParse([{ id: 'x', name: 'X', market_cap: '1', market_cap_change_24h: null, updated_at: null }]).success).toBe(false);
  });
});
