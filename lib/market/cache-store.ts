/**
 * Where cached responses survive a service-worker restart: storage.local (never synced: it is
 * large and machine-specific). Entries are re-validated on read — storage is a trust boundary too.
 */
import { z } from 'zod';
import { STORAGE_KEYS } from '../storage/keys';
import { storedFamily } from '../storage/stored-item';

export const StoredEntrySchema = z.object({
  /** The API base URL the value came from; entries from another source are ignored. */
  source: z.string(),
  fetchedAt: z.number().finite(),
  value: z.unknown(),
});
export type StoredEntry = z.infer<typeof StoredEntrySchema>;

export interface CacheStore {
  read(key: string): Promise<unknown>;
  write(entries: ReadonlyArray<readonly [key: string, entry: StoredEntry]>): Promise<void>;
}

export function extensionCacheStore(): CacheStore {
  return storedFamily(STORAGE_KEYS.marketCache);
}

/** For unit tests, and a fallback that keeps the service working when storage is unavailable. */
export function memoryCacheStore(): CacheStore & { readonly entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    read: async (key) => structuredClone(entries.get(key)),
    write: async (list) => {
      for (const [key, entry] of list) entries.set(key, structuredClone(entry));
    },
  };
}
