import { describe, expect, it } from 'vitest';
import { createCategoryList } from '../../lib/background/categories';
import type { CategoryEntry } from '../../lib/market/provider';
import { MarketError } from '../../lib/market/errors';

const recorded: CategoryEntry[] = [
  { id: 'depin', name: 'DePIN' },
  { id: 'artificial-intelligence', name: 'Artificial Intelligence (AI)' },
];

describe('category list for the options page', () => {
  it('maps, sorts by name, and asks the API once a day', async () => {
    let calls = 0;
    let clock = 0;
    const list = createCategoryList(async () => (calls++, recorded), () => clock);
    const [first, second] = await Promise.all([list.list(), list.list()]);
    expect(first).toEqual({ categories: [{ id: 'artificial-intelligence', name: 'Artificial Intelligence (AI)' }, { id: 'depin', name: 'DePIN' }] });
    expect(second).toEqual(first);
    expect(calls).toBe(1);
    clock = 25 * 60 * 60 * 1000;
    await list.list();
    expect(calls).toBe(2);
  });

  it('on failure keeps the last good list and says why', async () => {
    let fail = false;
    let clock = 0;
    const list = createCategoryList(async () => {
      if (fail) throw new MarketError('rate-limited', 'slow down', { retryAt: 5 });
      return recorded;
    }, () => clock);
    await list.list();
    fail = true;
    clock = 25 * 60 * 60 * 1000;
    const result = await list.list();
    expect(result.categories).toHaveLength(2);
    expect(result.error).toMatchObject({ kind: 'rate-limited', retryAt: 5 });
  });
});
