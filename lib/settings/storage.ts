/**
 * The settings storage item: versioned, migrated, repaired on every read. Every context reads
 * settings through here; no other module names the storage key.
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings, SETTINGS_VERSION, type RepairResult, type Settings, type SettingsField } from './schema';
import { migrateSettings } from './migrations';

/** Stored raw; repairSettings turns whatever is there into valid settings. */
const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function loadSettings(): Promise<RepairResult> {
  const raw = await settingsItem.getValue();
  const result = repairSettings(migrateSettings(raw));
  return result;
}

/** Load, repair and, when anything was repaired, write the repaired value back. */
export async function loadAndHealSettings(): Promise<RepairResult> {
  const result = await loadSettings();
  if (result.reset.length > 0) await settingsItem.setValue(result.settings);
  return result;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...patch };
  const repaired = repairSettings(next);
  await settingsItem.setValue(repaired.settings);
  return repaired.settings;
}

export async function resetSettings(): Promise<Settings> {
  const { settings } = repairSettings(undefined);
  await settingsItem.setValue(settings);
  return settings;
}

/** Calls back with repaired settings whenever they change in any context. */
export function watchSettings(callback: (settings: Settings, reset: SettingsField[]) => void): () => void {
  return settingsItem.watch((raw) => {
    const { settings, reset } = repairSettings(migrateSettings(raw));
    callback(settings, reset);
  });
}
