import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadAndHealSettings, loadSettings, resetSettings, saveSettings, updateSettings, watchSettings } from '../../lib/settings/storage';

const storedV1: unknown = JSON.parse(readFileSync(new URL('../unit/settings/fixtures/stored-v1.json', import.meta.url), 'utf8'));

async function storedRaw(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
}

describe('settings storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a first run reads the defaults and writes nothing', async () => {
    expect(await loadAndHealSettings()).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
    expect(await storedRaw()).toBeUndefined();
  });

  it('round-trips every field with the version stored beside them', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      watchedSectors: ['gaming', 'depin'],
      customSectors: [{ id: 'solana-ecosystem', name: 'Solana Ecosystem' }],
      averaging: 'median',
      leaveOneOut: false,
      window: '1h',
      disabledSites: ['x.com'],
      addedSites: ['https://news.example.com'],
      pins: { ATH: 'aethir' },
      apiBaseUrl: 'https://proxy.example.com/api/v3',
    };
    await saveSettings(settings);
    expect(await storedRaw()).toEqual({ version: 2, ...settings });
    expect(await loadSettings()).toEqual({ settings, reset: [] });
  });

  it('upgrades a stored v1 object on load and writes v2 back', async () => {
    await fakeBrowser.storage.sync.set({ settings: storedV1 });
    const { settings, reset } = await loadAndHealSettings();
    expect(reset).toEqual([]);
    expect(settings.addedSites).toEqual(['https://news.example.com', 'https://blog.example.org', 'http://blog.example.org']);
    expect(settings.window).toBe('7d');
    expect(await storedRaw()).toMatchObject({ version: 2, addedSites: settings.addedSites, watchedSectors: ['depin', 'artificial-intelligence', 'layer-1'] });
  });

  it('repairs a corrupt stored value field by field, says what was reset, and heals storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, window: '7d', averaging: 42, watchedSectors: 'all', pins: { ATH: 'aethir' } } });
    const { settings, reset } = await loadAndHealSettings();
    expect(settings.window).toBe('7d');
    expect(settings.pins).toEqual({ ATH: 'aethir' });
    expect(settings.averaging).toBe(DEFAULT_SETTINGS.averaging);
    expect(reset).toEqual(expect.arrayContaining(['averaging', 'watchedSectors']));
    expect((await loadSettings()).reset).toEqual([]);
  });

  it('an update with a bad field keeps the current value of that field', async () => {
    await updateSettings({ window: '1h' });
    const next = await updateSettings({ watchedSectors: ['depin'], window: 'forever' as Settings['window'] });
    expect(next.window).toBe('1h');
    expect(next.watchedSectors).toEqual(['depin']);
  });

  it('tells watchers about every change, already repaired', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await updateSettings({ watchedSectors: ['layer-2', 'depin'] });
    await fakeBrowser.storage.sync.set({ settings: { version: 2, window: 'never' } });
    await resetSettings();
    stop();
    await updateSettings({ window: '1h' });
    expect(seen.map((s) => s.watchedSectors[0])).toEqual(['layer-2', DEFAULT_SETTINGS.watchedSectors[0], DEFAULT_SETTINGS.watchedSectors[0]]);
    expect(seen[1]?.window).toBe(DEFAULT_SETTINGS.window);
  });
});
