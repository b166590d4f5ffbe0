import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryCacheStore } from '../../../lib/market/cache-store';
import { MarketCache } from '../../../lib/market/market-cache';
import { fakeClock } from '../../support/fake-clock';

const SCHEMA = z.array(z.number());

describe('market cache', () => {
  it('keeps values in memory and in the store, with when they were fetched', async () => {
    const store = memoryCacheStore();
    const clock = fakeClock();
    const cache = new MarketCache({ store, source: 'https://api.example/v3', now: clock.now });
    await cache.put([['k', [1, 2]]]);
    expect(await cache.get('k', SCHEMA)).toEqual({ value: [1, 2], fetchedAt: clock.now() });
    // A restarted worker (new cache, same store) reads it back.
    const restarted = new MarketCache({ store, source: 'https://api.example/v3', now: clock.now });
    expect(await restarted.get('k', SCHEMA)).toEqual({ value: [1, 2], fetchedAt: clock.now() });
  });

  it('ignores entries from another source and values that fail their schema', async () => {
    const store = memoryCacheStore();
    await new MarketCache({ store, source: 'https://a.example' }).put([['k', [1]], ['bad', ['x']]]);
    expect(await new MarketCache({ store, source: 'https://b.example' }).get('k', SCHEMA)).toBeUndefined();
    expect(await new MarketCache({ store, source: 'https://a.example' }).get('bad', SCHEMA)).toBeUndefined();
  });

  it('answers from memory when storage fails', async () => {
    const cache = new MarketCache({
      store: { read: async () => Promise.reject(new Error('gone')), write: async () => Promise.reject(new Error('gone')) },
      source: 's',
    });
    await cache.put([['k', [3]]]);
    expect((await cache.get('k', SCHEMA))?.value).toEqual([3]);
    expect(await cache.get('other', SCHEMA)).toBeUndefined();
  });
});
