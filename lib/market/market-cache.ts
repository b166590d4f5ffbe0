/**
 * Cache for CoinGecko responses: memory in front of a CacheStore, a TTL per resource,
 * stale-while-revalidate and in-flight de-duplication (ten tabs asking at once share one request).
 *
 * A stale entry is answered after at most `graceMs`: if the refresh lands sooner the caller gets
 * fresh data, otherwise the stale value (marked stale) while the refresh goes on. A failed refresh
 * keeps the old value and reports its error with every stale read until a refresh succeeds.
 */
import type { z } from 'zod';
import { asMarketError, type MarketError } from './errors';
import { StoredEntrySchema, type CacheStore, type StoredEntry } from './cache-store';

export interface CacheSpec<T> {
  ttlMs: number;
  /** Re-checks what storage hands back. */
  schema: z.ZodType<T>;
}

export interface CacheRead<T> {
  value: T;
  fetchedAt: number;
  stale: boolean;
  /** Why the value is stale (the last refresh failed); absent when fresh or still refreshing. */
  error?: MarketError;
}

type Outcome = { ok: true; entry: Entry } | { ok: false; error: MarketError };
interface Entry {
  value: unknown;
  fetchedAt: number;
}

export interface MarketCacheOptions {
  store: CacheStore;
  /** Identifies where values come from (the API base URL); see StoredEntry.source. */
  source: string;
  graceMs?: number;
  now?: () => number;
}

export class MarketCache {
  private readonly memory = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Outcome>>();
  private readonly lastError = new Map<string, MarketError>();
  private readonly now: () => number;

  constructor(private readonly options: MarketCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** One resource. Throws a MarketError only when there is no value at all to answer with. */
  async read<T>(key: string, spec: CacheSpec<T>, fetch: () => Promise<T>): Promise<CacheRead<T>> {
    const { reads, errors } = await this.readMany([key], spec, async () => new Map([[key, await fetch()]]), 1);
    const result = reads.get(key);
    if (!result) throw errors[0]!;
    return result;
  }

  /**
   * Many resources of one kind, refreshed together: `fetchMany` gets up to `batchSize` keys that
   * need data and must answer for each of them. Keys without any value are left out of `reads`.
   */
  async readMany<T>(
    keys: readonly string[],
    spec: CacheSpec<T>,
    fetchMany: (keys: string[]) => Promise<Map<string, T>>,
    batchSize: number,
  ): Promise<{ reads: Map<string, CacheRead<T>>; errors: MarketError[] }> {
    const unique = [...new Set(keys)];
    const entries = new Map(await Promise.all(unique.map(async (key) => [key, await this.load(key, spec)] as const)));
    // No await from here until every refresh is registered, so concurrent callers find them.
    const needed = unique.filter((key) => !this.isFresh(entries.get(key), spec) && !this.inflight.has(key));
    for (let start = 0; start < needed.length; start += batchSize) this.refresh(needed.slice(start, start + batchSize), fetchMany);

    const reads = new Map<string, CacheRead<T>>();
    const errors: MarketError[] = [];
    await Promise.all(
      unique.map(async (key) => {
        const result = await this.settle(key, entries.get(key), spec);
        if (result.read) reads.set(key, result.read as CacheRead<T>);
        if (result.error) errors.push(result.error);
      }),
    );
    return { reads, errors };
  }

  /** Forget everything in memory (e.g. the API source changed). In-flight refreshes still land. */
  clearMemory(): void {
    this.memory.clear();
    this.lastError.clear();
  }

  private isFresh(entry: Entry | undefined, spec: CacheSpec<unknown>): boolean {
    return entry !== undefined && this.now() - entry.fetchedAt <= spec.ttlMs;
  }

  private async settle(key: string, entry: Entry | undefined, spec: CacheSpec<unknown>): Promise<{ read?: CacheRead<unknown>; error?: MarketError }> {
    if (entry && this.isFresh(entry, spec)) return { read: { value: entry.value, fetchedAt: entry.fetchedAt, stale: false } };
    const pending = this.inflight.get(key);
    const outcome = pending ? (entry ? await withGrace(pending, this.options.graceMs ?? 1_500) : await pending) : undefined;
    if (outcome?.ok) return { read: { value: outcome.entry.value, fetchedAt: outcome.entry.fetchedAt, stale: false } };
    const error = outcome?.error ?? this.lastError.get(key);
    if (!entry) return error ? { error } : {};
    return { read: { value: entry.value, fetchedAt: entry.fetchedAt, stale: true, ...(error ? { error } : {}) }, ...(error ? { error } : {}) };
  }

  private refresh<T>(keys: string[], fetchMany: (keys: string[]) => Promise<Map<string, T>>): void {
    const batch: Promise<Map<string, Outcome>> = fetchMany(keys).then(
      async (values) => {
        const fetchedAt = this.now();
        const outcomes = new Map<string, Outcome>();
        const stored: Array<[string, StoredEntry]> = [];
        for (const key of keys) {
          if (!values.has(key)) continue;
          const entry = { value: values.get(key), fetchedAt };
          this.memory.set(key, entry);
          this.lastError.delete(key);
          outcomes.set(key, { ok: true, entry });
          stored.push([key, { source: this.options.source, ...entry }]);
        }
        await this.persist(stored);
        return outcomes;
      },
      (caught: unknown) => {
        const error = asMarketError(caught);
        for (const key of keys) this.lastError.set(key, error);
        return new Map(keys.map((key) => [key, { ok: false, error } as Outcome]));
      },
    );
    for (const key of keys) {
      const outcome = batch.then((outcomes): Outcome => outcomes.get(key) ?? { ok: false, error: asMarketError(new Error(`No data for ${key}`)) });
      this.inflight.set(key, outcome);
      void outcome.finally(() => {
        if (this.inflight.get(key) === outcome) this.inflight.delete(key);
      });
    }
  }

  private async load<T>(key: string, spec: CacheSpec<T>): Promise<Entry | undefined> {
    const inMemory = this.memory.get(key);
    if (inMemory) return inMemory;
    let raw: unknown;
    try {
      raw = await this.options.store.read(key);
    } catch {
      return undefined; // storage unavailable: behave as a cold cache rather than fail the request
    }
    const stored = StoredEntrySchema.safeParse(raw);
    if (!stored.success || stored.data.source !== this.options.source) return undefined;
    const value = spec.schema.safeParse(stored.data.value);
    if (!value.success) return undefined;
    // Another caller may have fetched while we read storage; never overwrite newer data.
    const current = this.memory.get(key);
    if (current && current.fetchedAt >= stored.data.fetchedAt) return current;
    const entry = { value: value.data, fetchedAt: stored.data.fetchedAt };
    this.memory.set(key, entry);
    return entry;
  }

  private async persist(entries: Array<[string, StoredEntry]>): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.options.store.write(entries);
    } catch (error) {
      // Memory still holds the data; losing persistence only costs a request after a restart.
      console.warn('Sector Lens: could not persist market cache', error);
    }
  }
}

async function withGrace(pending: Promise<Outcome>, graceMs: number): Promise<Outcome | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), graceMs);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
