import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryCacheStore } from '../../../lib/market/cache-store';
import { MarketError } from '../../../lib/market/errors';
import { MarketCache } from '../../../lib/market/market-cache';
import { fakeClock } from '../../support/fake-clock';

const SPEC = { ttlMs: 60_000, schema: z.array(z.number()) };

function setup(store = memoryCacheStore(), clock = fakeClock(), source = 'https://api.example/v3') {
  const cache = new MarketCache({ store, source, now: clock.now, graceMs: 50 });
  let fetches = 0;
  const fetcher = (value: number[] | MarketError, delayMs = 0) => async () => {
    fetches += 1;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (value instanceof MarketError) throw value;
    return value;
  };
  return { cache, clock, store, fetcher, fetches: () => fetches };
}

describe('market cache', () => {
  it('serves a fresh value without fetching again', async () => {
    const { cache, fetcher, fetches, clock } = setup();
    await cache.read('k', SPEC, fetcher([1]));
    clock.advance(59_000);
    await expect(cache.read('k', SPEC, fetcher([2]))).resolves.toMatchObject({ value: [1], stale: false });
    expect(fetches()).toBe(1);
  });

  it('ten concurrent readers share one request', async () => {
    const { cache, fetcher, fetches } = setup();
    const reads = await Promise.all(Array.from({ length: 10 }, () => cache.read('k', SPEC, fetcher([7], 10))));
    expect(reads.every((read) => read.value[0] === 7)).toBe(true);
    expect(fetches()).toBe(1);
  });

  it('a stale value is refreshed when the refresh is quick', async () => {
    const { cache, fetcher, clock } = setup();
    await cache.read('k', SPEC, fetcher([1]));
    clock.advance(61_000);
    await expect(cache.read('k', SPEC, fetcher([2]))).resolves.toMatchObject({ value: [2], stale: false });
  });

  it('a failed refresh keeps the old value, marked stale, with the error', async () => {
    const { cache, fetcher, clock, store } = setup();
    const first = await cache.read('k', SPEC, fetcher([1]));
    clock.advance(61_000);
    const read = await cache.read('k', SPEC, fetcher(new MarketError('server', '500')));
    expect(read).toMatchObject({ value: [1], fetchedAt: first.fetchedAt, stale: true, error: { kind: 'server' } });
    expect((store.entries.get('k') as { value: unknown }).value).toEqual([1]);
  });

  it('a slow refresh answers stale after the grace period, and lands for the next reader', async () => {
    const { cache, fetcher, clock, fetches } = setup();
    await cache.read('k', SPEC, fetcher([1]));
    clock.advance(61_000);
    await expect(cache.read('k', SPEC, fetcher([2], 200))).resolves.toMatchObject({ value: [1], stale: true });
    await new Promise((resolve) => setTimeout(resolve, 250));
    await expect(cache.read('k', SPEC, fetcher([3]))).resolves.toMatchObject({ value: [2], stale: false });
    expect(fetches()).toBe(2);
  });

  it('with nothing cached, a failure is thrown as the typed error', async () => {
    const { cache, fetcher } = setup();
    await expect(cache.read('k', SPEC, fetcher(new MarketError('offline', 'down')))).rejects.toMatchObject({ kind: 'offline' });
  });

  it('a new cache on the same storage (service-worker restart) answers without fetching', async () => {
    const store = memoryCacheStore();
    const clock = fakeClock();
    await setup(store, clock).cache.read('k', SPEC, setup().fetcher([1]));
    const restarted = setup(store, clock);
    await expect(restarted.cache.read('k', SPEC, restarted.fetcher([2]))).resolves.toMatchObject({ value: [1], stale: false });
    expect(restarted.fetches()).toBe(0);
  });

  it('ignores stored entries from another API source and ones that fail their schema', async () => {
    const store = memoryCacheStore();
    const clock = fakeClock();
    await setup(store, clock, 'https://elsewhere/v3').cache.read('k', SPEC, setup().fetcher([1]));
    const other = setup(store, clock);
    await expect(other.cache.read('k', SPEC, other.fetcher([2]))).resolves.toMatchObject({ value: [2] });
    await store.write([['bad', { source: 'https://api.example/v3', fetchedAt: clock.now(), value: ['not a number'] }]]);
    await expect(other.cache.read('bad', SPEC, other.fetcher([3]))).resolves.toMatchObject({ value: [3] });
  });

  it('readMany fetches only what is missing, in batches', async () => {
    const { cache } = setup();
    const batches: string[][] = [];
    const fetchMany = async (keys: string[]) => {
      batches.push(keys);
      return new Map(keys.map((key) => [key, [key.length]]));
    };
    await cache.readMany(['a', 'bb'], SPEC, fetchMany, 250);
    const { reads } = await cache.readMany(['a', 'bb', 'ccc', 'dddd', 'eeeee'], SPEC, fetchMany, 2);
    expect(batches).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['eeeee']]);
    expect(reads.get('ccc')?.value).toEqual([3]);
  });
});
