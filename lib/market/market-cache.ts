/**
 * Provider answers kept in memory in front of a CacheStore (storage.local), so a service-worker
 * restart loses nothing. Entries from another source (base URL) are ignored, and every stored
 * value is validated again on read: storage is a trust boundary too. Freshness is decided by the
 * caller (market-data.ts), per figure.
 */
import type { z } from 'zod';
import { StoredEntrySchema, type CacheStore } from './cache-store';

export interface CacheEntry<T> {
  value: T;
  fetchedAt: number;
}

export interface MarketCacheOptions {
  store: CacheStore;
  /** Identifies where values come from (the API base URL); see StoredEntry.source. */
  source: string;
  now?: () => number;
}

export class MarketCache {
  private readonly memory = new Map<string, CacheEntry<unknown>>();
  private readonly now: () => number;

  constructor(private readonly options: MarketCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The newest value we hold for a key (memory, else storage), or undefined. */
  async get<T>(key: string, schema: z.ZodType<T>): Promise<CacheEntry<T> | undefined> {
    const inMemory = this.memory.get(key);
    if (inMemory) return inMemory as CacheEntry<T>;
    let raw: unknown;
    try {
      raw = await this.options.store.read(key);
    } catch {
      return undefined; // storage unavailable: behave as a cold cache rather than fail the request
    }
    const stored = StoredEntrySchema.safeParse(raw);
    if (!stored.success || stored.data.source !== this.options.source) return undefined;
    const value = schema.safeParse(stored.data.value);
    if (!value.success) return undefined;
    // Another caller may have fetched while we read storage; never overwrite newer data.
    const current = this.memory.get(key);
    if (current && current.fetchedAt >= stored.data.fetchedAt) return current as CacheEntry<T>;
    const entry = { value: value.data, fetchedAt: stored.data.fetchedAt };
    this.memory.set(key, entry);
    return entry;
  }

  /** Keep fresh values (memory at once, storage as soon as it can). */
  async put(values: ReadonlyArray<readonly [key: string, value: unknown]>): Promise<void> {
    const fetchedAt = this.now();
    for (const [key, value] of values) this.memory.set(key, { value, fetchedAt });
    if (values.length === 0) return;
    try {
      await this.options.store.write(values.map(([key, value]) => [key, { source: this.options.source, fetchedAt, value }] as const));
    } catch (error) {
      // Memory still holds the data; losing persistence only costs a request after a restart.
      console.warn('Sector Lens: could not persist market cache', error);
    }
  }
}
