/**
 * The settings storage item: migrated and repaired on every read. Every context reads settings
 * through here; no other module names the storage key.
 *
 * The version is stored inside the object ({ version, ...settings }) rather than in WXT's item
 * metadata, so stored values and exported files go through the same migrateSettings.
 */
import { browser } from 'wxt/browser';
import { repairSettings, type RepairResult, type Settings, type SettingsField } from './schema';
import { migrateSettings, SETTINGS_VERSION, versionOf } from './migrations';

/**
 * Stored raw under one key of storage.sync; migrateSettings + repairSettings turn whatever is
 * there into valid settings. Plain storage calls rather than WXT's storage items: this module is
 * in every tab's content script, and the item machinery (versions, metadata, queues) it does not
 * use cost 2 KB gzip there.
 */
const KEY = 'settings';
const settingsItem = {
  async getValue(): Promise<unknown> {
    return (await browser.storage.sync.get(KEY))[KEY];
  },
  async setValue(value: unknown): Promise<void> {
    await browser.storage.sync.set({ [KEY]: value });
  },
  watch(callback: (value: unknown) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && KEY in changes) callback(changes[KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

function readRaw(raw: unknown): RepairResult {
  return repairSettings(migrateSettings(raw));
}

function stored(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...settings };
}

export async function loadSettings(): Promise<RepairResult> {
  return readRaw(await settingsItem.getValue());
}

/** Load, migrate, repair and, when anything changed, write the result back. */
export async function loadAndHealSettings(): Promise<RepairResult> {
  const raw = await settingsItem.getValue();
  const result = readRaw(raw);
  const outdated = raw !== null && raw !== undefined && versionOf(raw) < SETTINGS_VERSION;
  if (result.reset.length > 0 || outdated) await settingsItem.setValue(stored(result.settings));
  return result;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(stored(repairSettings(settings).settings));
}

/** Apply a patch on top of the current settings; a field the schema refuses keeps its current value. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = repairSettings({ ...settings, ...patch }, settings).settings;
  await settingsItem.setValue(stored(next));
  return next;
}

export async function resetSettings(): Promise<Settings> {
  const { settings } = repairSettings(undefined);
  await settingsItem.setValue(stored(settings));
  return settings;
}

/** Calls back with repaired settings whenever they change in any context. */
export function watchSettings(callback: (settings: Settings, reset: SettingsField[]) => void): () => void {
  return settingsItem.watch((raw) => {
    const { settings, reset } = readRaw(raw);
    callback(settings, reset);
  });
}
