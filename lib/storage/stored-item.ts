/**
 * The one storage mechanism: a typed, versioned item over browser.storage. Plain storage calls
 * rather than WXT's storage items, because settings are read in every tab's content script, where
 * WXT's item machinery cost 2 KB gzip; the version is kept where WXT kept it (`<key>$` = { v }), so
 * the items WXT wrote before (credentials, lexicon) are read as they are, with their version.
 */
import { browser } from 'wxt/browser';
import type { StorageArea, StorageKey } from './keys';

/** Reads as T; written as W (the same unless the item stores more than its readers see). */
export interface StoredItem<T, W = T> {
  /** The stored value, migrated and parsed; the parse decides what a missing or broken value reads as. */
  get(): Promise<T>;
  set(value: W): Promise<void>;
  /** Calls back with the parsed value when any context writes it; returns the function that stops. */
  watch(callback: (value: T) => void): () => void;
}

export interface ItemDefinition<T, W> {
  /** Turns whatever storage holds (nothing, an old shape, garbage) into a T. Never throws. */
  parse: (raw: unknown) => T;
  /** What is written for a value; the value itself by default. */
  serialize?: (value: W) => unknown;
  /** The current version; a stored value of an older one goes through `migrations` first. */
  version?: number;
  /** migrations[n] turns a version n−1 value into version n. */
  migrations?: Readonly<Record<number, (previous: unknown) => unknown>>;
}

const metaKey = (key: string): string => `${key}$`;

function areaOf(area: StorageArea) {
  return area === 'sync' ? browser.storage.sync : browser.storage.local;
}

function storedVersion(meta: unknown): number {
  const v = meta !== null && typeof meta === 'object' && 'v' in meta ? meta.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export function storedItem<T, W = T>({ area, key }: StorageKey, { parse, serialize = (value) => value, version = 1, migrations = {} }: ItemDefinition<T, W>): StoredItem<T, W> {
  const storage = areaOf(area);
  const meta = metaKey(key);

  async function readRaw(): Promise<unknown> {
    if (version === 1) return (await storage.get(key))[key];
    const found = await storage.get([key, meta]);
    let value: unknown = found[key];
    const from = storedVersion(found[meta]);
    if (value === undefined || from >= version) return value;
    for (let step = from + 1; step <= version; step++) value = migrations[step]?.(value) ?? value;
    await storage.set({ [key]: value, [meta]: { v: version } });
    return value;
  }

  return {
    get: async () => parse(await readRaw()),
    set: async (value) => {
      const stored = serialize(value);
      await storage.set(version === 1 ? { [key]: stored } : { [key]: stored, [meta]: { v: version } });
    },
    watch: (callback) => watchKey({ area, key }, parse, callback),
  };
}

function watchKey<T>({ area, key }: StorageKey, parse: (raw: unknown) => T, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && key in changes) callback(parse(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Read and watch an item without writing or migrating it: what the content script needs of the
 * settings (lib/settings/page-settings.ts), in every tab, without storedItem's version and
 * migration code. Reads what a version-1 storedItem reads; a versioned item's migrations are the
 * writer's business (the reader must accept every stored version, as page-settings does).
 */
export function readOnlyItem<T>(storageKey: StorageKey, parse: (raw: unknown) => T): Pick<StoredItem<T>, 'get' | 'watch'> {
  const storage = areaOf(storageKey.area);
  return {
    get: async () => parse((await storage.get(storageKey.key))[storageKey.key]),
    watch: (callback) => watchKey(storageKey, parse, callback),
  };
}

/** Many values under one key prefix (`market-cache:<entry>`), read one at a time, written together. */
export interface StoredFamily {
  read(name: string): Promise<unknown>;
  write(entries: ReadonlyArray<readonly [name: string, value: unknown]>): Promise<void>;
}

export function storedFamily({ area, key: prefix }: StorageKey): StoredFamily {
  const storage = areaOf(area);
  return {
    read: async (name) => (await storage.get(`${prefix}${name}`))[`${prefix}${name}`],
    write: (entries) => storage.set(Object.fromEntries(entries.map(([name, value]) => [`${prefix}${name}`, value]))),
  };
}
