import { describe, expect, it } from 'vitest';
import { formatAge, formatIn, formatPercent, formatPp, formatPrice } from '../../lib/format';

describe('number formats (DESIGN.md stable hooks)', () => {
  it.each([
    [3.41, '+3.41%'],
    [-7.8951, '-7.90%'],
    [0, '+0.00%'],
    [-0.004, '+0.00%'],
    [12.345, '+12.35%'],
    [null, '—'],
  ])('percent %s → %s', (value, expected) => expect(formatPercent(value)).toBe(expected));

  it.each([
    [8.89, '+8.89 pp'],
    [-1.5, '-1.50 pp'],
    [null, '—'],
  ])('pp %s → %s', (value, expected) => expect(formatPp(value)).toBe(expected));

  it.each([
    [112979, '$112,979'],
    [1.0004, '$1.00'],
    [0.03219121, '$0.0322'],
    [0.00588891, '$0.00588891'],
    [null, '—'],
  ])('price %s → %s', (value, expected) => expect(formatPrice(value)).toBe(expected));

  it('ages and countdowns', () => {
    const now = 1_000_000_000;
    expect(formatAge(now - 10_000, now)).toBe('just now');
    expect(formatAge(now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatAge(now - 5 * 3_600_000, now)).toBe('5 hours ago');
    expect(formatAge(null, now)).toBe('no data');
    expect(formatIn(now + 40_000, now)).toBe('in 40 seconds');
    expect(formatIn(now + 5 * 60_000, now)).toBe('in 5 minutes');
  });
});
