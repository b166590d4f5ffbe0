import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_VERSION, versionOf } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, repairSettings } from '../../../lib/settings/schema';

const storedV1: unknown = JSON.parse(readFileSync(new URL('./fixtures/stored-v1.json', import.meta.url), 'utf8'));

describe('settings migrations', () => {
  it('reads an object without a version as v1', () => {
    expect(versionOf(storedV1)).toBe(1);
    expect(versionOf({ version: 2 })).toBe(2);
    expect(versionOf({ version: 'two' })).toBe(1);
  });

  it('upgrades the stored v1 fixture: patterns become origins, catch-alls and wildcards are dropped', () => {
    const migrated = migrateSettings(storedV1) as Record<string, unknown>;
    expect(migrated.addedSites).toEqual(['https://news.example.com', 'https://blog.example.org', 'http://blog.example.org']);
  });

  it('keeps every other v1 field as the reader had it', () => {
    const { settings, reset } = repairSettings(migrateSettings(storedV1));
    expect(reset).toEqual([]);
    expect(settings).toEqual({
      watchedSectors: ['depin', 'artificial-intelligence', 'layer-1'],
      customSectors: [{ id: 'solana-ecosystem', name: 'Solana Ecosystem' }],
      averaging: 'median',
      leaveOneOut: false,
      window: '7d',
      disabledSites: ['x.com', 'twitter.com'],
      addedSites: ['https://news.example.com', 'https://blog.example.org', 'http://blog.example.org'],
      pins: { ATH: 'aethir' },
      apiBaseUrl: '',
    });
  });

  it('is idempotent on a value another context already migrated', () => {
    const once = migrateSettings(storedV1) as Record<string, unknown>;
    // Same content, but still without a version field: the v1→v2 step runs again and changes nothing.
    expect(migrateSettings({ ...once })).toEqual(once);
    expect(migrateSettings({ ...once, version: SETTINGS_VERSION })).toEqual({ ...once, version: SETTINGS_VERSION });
  });

  it('leaves a v1 object with a broken addedSites for repair to reset', () => {
    const { settings, reset } = repairSettings(migrateSettings({ ...(storedV1 as object), addedSites: 'https://a.example/*' }));
    expect(settings.addedSites).toEqual([]);
    expect(reset).toEqual(['addedSites']);
  });

  it.each([[null], [undefined], [42], ['{"watchedSectors":[]}'], [[1, 2]], [{ version: 99, window: '1h', surprise: true }]])(
    'garbage or foreign value %j never throws and repairs to valid settings',
    (raw) => {
      const { settings } = repairSettings(migrateSettings(raw));
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    },
  );

  it('keeps what a newer version stored when this version understands it', () => {
    const { settings } = repairSettings(migrateSettings({ version: 99, window: '1h', surprise: true }));
    expect(settings.window).toBe('1h');
  });
});
