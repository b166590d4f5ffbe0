/**
 * Every storage key the extension uses, in one table: where it lives and what it holds. The keys
 * are the ones earlier versions wrote, unchanged, so an update keeps every reader's data.
 * Nothing outside lib/storage names a key (test/unit/lint/conventions.test.ts checks that no other
 * module touches browser.storage or WXT's storage).
 */
export type StorageArea = 'local' | 'sync';

export interface StorageKey {
  readonly area: StorageArea;
  readonly key: string;
}

export const STORAGE_KEYS = {
  /** The reader's settings; synced, so they follow the reader to another browser. */
  settings: { area: 'sync', key: 'settings' },
  /** The API key: this device only, never synced, never exported. */
  credentials: { area: 'local', key: 'credentials' },
  /** The daily lexicon rebuild. */
  lexicon: { area: 'local', key: 'lexicon' },
  /** Market answers that survive a service-worker restart, one key per entry: `market-cache:<entry>`. */
  marketCache: { area: 'local', key: 'market-cache:' },
  /** The request budget per plan and key: `market-budget:<id>`. */
  marketBudget: { area: 'local', key: 'market-budget:' },
  /** Sector membership learned from the API, and the newest shipped snapshot seen. */
  membershipLearned: { area: 'local', key: 'membership-learned' },
  membershipSnapshot: { area: 'local', key: 'membership-snapshot' },
} as const satisfies Record<string, StorageKey>;
