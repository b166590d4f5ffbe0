import { describe, expect, it } from 'vitest';
import { HOUR_MS, moveSince, pointIndexAt, seriesStart, type HourlySeries } from '../../../lib/sectors/since-published';
import { readRecorded } from '../../support/recorded';

const LAST = Date.UTC(2025, 7, 28, 6, 37, 31);
// Four hourly points ending at LAST: point k at LAST − (3 − k) h.
const FOUR: HourlySeries = { prices: [10, 12, 8, 16], lastAt: LAST };

describe('hourly series positions', () => {
  it('point 0 is (n − 1) hours before the last point', () => {
    expect(seriesStart(FOUR)).toBe(LAST - 3 * HOUR_MS);
    expect(seriesStart({ prices: [], lastAt: LAST })).toBeNull();
  });

  it.each([
    ['exactly on point 0', -3 * HOUR_MS, 0],
    ['a minute after point 0', -3 * HOUR_MS + 60_000, 0],
    ['a millisecond before point 1', -2 * HOUR_MS - 1, 0],
    ['exactly on point 1', -2 * HOUR_MS, 1],
    ['between points 2 and 3', -30 * 60_000, 2],
    ['on the last point', 0, 3],
    ['after the last point (the data is older than T)', 5 * HOUR_MS, 3],
    ['a millisecond before point 0', -3 * HOUR_MS - 1, -1],
    ['ten days before', -240 * HOUR_MS, -1],
  ])('T %s → point %i', (_label, offset, expected) => {
    expect(pointIndexAt(FOUR, LAST + offset)).toBe(expected);
  });
});

describe('move since publication', () => {
  it.each([
    // current 15 against p(T): (15 / 10 − 1) × 100 = 50; (15 / 12 − 1) × 100 = 25; (15 / 8 − 1) × 100 = 87.5; (15 / 16 − 1) × 100 = −6.25
    [-3 * HOUR_MS, 50],
    [-2 * HOUR_MS + 1, 25],
    [-HOUR_MS, 87.5],
    [0, -6.25],
  ])('T = last %i ms → %d %%', (offset, expected) => {
    const result = moveSince(15, FOUR, LAST + offset);
    expect(result.move).toBeCloseTo(expected, 12);
  });

  it('says which point it used', () => {
    // 90 min before the last point lies between point 1 (−2 h) and point 2 (−1 h): point 1, price 12.
    expect(moveSince(15, FOUR, LAST - 90 * 60_000)).toEqual({ move: 25, priceAt: 12, pointAt: LAST - 2 * HOUR_MS });
  });

  it.each([
    ['T before the series', 15, FOUR, LAST - 4 * HOUR_MS, 'before-series'],
    ['no series', 15, null, LAST, 'no-series'],
    ['an empty series', 15, { prices: [], lastAt: LAST }, LAST, 'no-series'],
    ['a series without a time', 15, { prices: [1, 2], lastAt: Number.NaN }, LAST, 'no-series'],
    ['no current price', null, FOUR, LAST, 'no-price'],
    ['a zero price at T', 15, { prices: [0, 1], lastAt: LAST }, LAST - HOUR_MS, 'no-price'],
  ] as const)('%s: no figure, and why', (_label, price, series, at, gap) => {
    expect(moveSince(price, series, at)).toEqual({ move: null, gap });
  });
});

describe('on recorded rows (markets-all-sparkline-1h.json)', () => {
  type Row = { id: string; current_price: number; last_updated: string; sparkline_in_7d: { price: number[] } };
  const rows = new Map((readRecorded('markets-all-sparkline-1h.json') as Row[]).map((row) => [row.id, row]));
  const seriesOf = (row: Row): HourlySeries => ({ prices: row.sparkline_in_7d.price, lastAt: Date.parse(row.last_updated) });

  it('bitcoin 50 h before its last update: point 117 of 168, p = 109,901.69, r = (112,979 / 109,901.69… − 1) × 100 = +2.8001…%', () => {
    const row = rows.get('bitcoin')!;
    // The row as recorded: 168 points, last_updated 2025-08-28T06:37:31.324Z, current_price 112979.
    expect(row.sparkline_in_7d.price).toHaveLength(168);
    const at = Date.parse('2025-08-26T04:37:31.324Z');
    const result = moveSince(row.current_price, seriesOf(row), at);
    expect(row.sparkline_in_7d.price[117]).toBeCloseTo(109901.68999609181, 6);
    expect(result).toMatchObject({ priceAt: row.sparkline_in_7d.price[117], pointAt: at });
    expect(result.move).toBeCloseTo((112979 / 109901.68999609181 - 1) * 100, 10);
    expect(result.move).toBeCloseTo(2.80009, 4);
  });

  it('one minute earlier the point before counts (the last point at or before T)', () => {
    const row = rows.get('bitcoin')!;
    const result = moveSince(row.current_price, seriesOf(row), Date.parse('2025-08-26T04:36:31.324Z'));
    expect(result).toMatchObject({ priceAt: row.sparkline_in_7d.price[116] });
  });

  it('each row is placed by its own last_updated and length: hashnote-usyc has 60 points ending 2025-08-26T07:35:50Z', () => {
    const row = rows.get('hashnote-usyc')!;
    expect(row.sparkline_in_7d.price).toHaveLength(60);
    const series = seriesOf(row);
    // Point 0 at 07:35:50.846 on Aug 26 − 59 h = 20:35:50.846 on Aug 23.
    expect(seriesStart(series)).toBe(Date.parse('2025-08-23T20:35:50.846Z'));
    expect(moveSince(row.current_price, series, Date.parse('2025-08-23T20:35:00Z'))).toEqual({ move: null, gap: 'before-series' });
    // 50 h before bitcoin's last update is after this row's last point: its last point counts.
    expect(moveSince(row.current_price, series, Date.parse('2025-08-26T08:00:00Z'))).toMatchObject({ priceAt: row.sparkline_in_7d.price[59] });
  });

  it('every recorded row gives a finite move 50 h back, and none 10 days back', () => {
    const at50h = Date.parse('2025-08-26T04:37:31.324Z');
    const at10d = Date.parse('2025-08-18T06:37:31.324Z');
    for (const row of rows.values()) {
      expect(Number.isFinite(moveSince(row.current_price, seriesOf(row), at50h).move), row.id).toBe(true);
      expect(moveSince(row.current_price, seriesOf(row), at10d), row.id).toEqual({ move: null, gap: 'before-series' });
    }
  });
});
