/**
 * lib/storage: one mechanism for every stored value. The values earlier versions wrote through
 * WXT's storage items (credentials, lexicon, cache, budget, membership) and through plain sync
 * storage (settings) read back unchanged, and a versioned item migrates once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { extensionCacheStore } from '../../lib/market/cache-store';
import { extensionBudgetStore, extensionMembershipStore } from '../../lib/market/market-stores';
import { loadStoredLexicon } from '../../lib/background/lexicon-refresh';
import { loadCredentials, saveCredentials, watchCredentials } from '../../lib/settings/credentials';
import { loadSettings } from '../../lib/settings/storage';
import { STORAGE_KEYS } from '../../lib/storage/keys';
import { storedItem } from '../../lib/storage/stored-item';

afterEach(() => fakeBrowser.reset());

describe('data written before lib/storage reads back the same', () => {
  it('credentials and the lexicon, written by WXT storage items (with their version metadata)', async () => {
    await storage.defineItem<unknown>('local:credentials', { version: 1, migrations: {} }).setValue({ plan: 'demo', key: ' CG-abc ' });
    expect(await loadCredentials()).toEqual({ plan: 'demo', key: 'CG-abc' });
    await storage.defineItem<unknown>('local:lexicon', { version: 1, migrations: {} }).setValue({ builtAt: 1, top: 'not a lexicon' });
    expect(await loadStoredLexicon()).toBeNull();
  });

  it('cache entries, budgets and membership, written with storage.setItem under local: keys', async () => {
    await storage.setItem('local:market-cache:sector:depin', { source: 'x', fetchedAt: 1, value: [1] });
    await storage.setItem('local:market-budget:demo', { window: [1, 2] });
    await storage.setItem('local:membership-learned', { depin: { at: 1 } });
    await storage.setItem('local:membership-snapshot', { dataDate: '2026-01-01' });
    expect(await extensionCacheStore().read('sector:depin')).toEqual({ source: 'x', fetchedAt: 1, value: [1] });
    expect(await extensionBudgetStore('demo').load()).toEqual({ window: [1, 2] });
    expect(await extensionMembershipStore().loadLearned()).toEqual({ depin: { at: 1 } });
    expect(await extensionMembershipStore().loadSnapshot()).toEqual({ dataDate: '2026-01-01' });
  });

  it('settings, under the same sync key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, window: '7d' } });
    expect((await loadSettings()).settings.window).toBe('7d');
  });

  it('writes land where the old code wrote them', async () => {
    await saveCredentials({ plan: 'pro', key: 'k' });
    await extensionCacheStore().write([['markets:ids', { source: 's', fetchedAt: 2, value: null }]]);
    expect(await storage.getItem('local:credentials')).toEqual({ plan: 'pro', key: 'k' });
    expect(await storage.getItem('local:market-cache:markets:ids')).toEqual({ source: 's', fetchedAt: 2, value: null });
  });
});

describe('storedItem', () => {
  const key = { area: 'local', key: 'probe' } as const;

  it('parses garbage into the fallback, never throws', async () => {
    await fakeBrowser.storage.local.set({ credentials: 'garbage' });
    expect(await loadCredentials()).toEqual({ plan: 'keyless', key: '' });
  });

  it('migrates an older version once, step by step, and records the version where WXT kept it', async () => {
    await fakeBrowser.storage.local.set({ probe: { n: 1 }, probe$: { v: 1 } });
    const item = storedItem(key, {
      version: 3,
      migrations: { 2: (old) => ({ ...(old as object), two: true }), 3: (old) => ({ ...(old as object), three: true }) },
      parse: (raw) => raw,
    });
    expect(await item.get()).toEqual({ n: 1, two: true, three: true });
    expect(await fakeBrowser.storage.local.get(['probe', 'probe$'])).toEqual({ probe: { n: 1, two: true, three: true }, probe$: { v: 3 } });
    // Already current: read as it is.
    expect(await item.get()).toEqual({ n: 1, two: true, three: true });
  });

  it('a value without version metadata counts as version 1', async () => {
    await fakeBrowser.storage.local.set({ probe: 'old' });
    const item = storedItem(key, { version: 2, migrations: { 2: (old) => `${String(old)}→new` }, parse: (raw) => raw });
    expect(await item.get()).toBe('old→new');
  });

  it('tells watchers the parsed value when any context writes', async () => {
    const seen: unknown[] = [];
    const stop = watchCredentials((credentials) => seen.push(credentials));
    await fakeBrowser.storage.local.set({ credentials: { plan: 'demo', key: 'CG-x' } });
    stop();
    await fakeBrowser.storage.local.set({ credentials: { plan: 'pro', key: 'y' } });
    expect(seen).toEqual([{ plan: 'demo', key: 'CG-x' }]);
  });

  it('keys are unique across the table', () => {
    const keys = Object.values(STORAGE_KEYS).map((entry) => `${entry.area}:${entry.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
