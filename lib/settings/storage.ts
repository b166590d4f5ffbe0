/**
 * The settings storage item: migrated and repaired on every read. Every context reads settings
 * through here; no other module names the storage key.
 *
 * The version is stored inside the object ({ version, ...settings }) rather than in WXT's item
 * metadata, so stored values and exported files go through the same migrateSettings.
 */
import { STORAGE_KEYS } from '../storage/keys';
import { storedItem } from '../storage/stored-item';
import { repairSettings, type RepairResult, type Settings, type SettingsField } from './schema';
import { migrateSettings, SETTINGS_VERSION, versionOf } from './migrations';

/** What a read finds: valid settings, the fields reset, and whether the stored shape is outdated. */
interface StoredSettings extends RepairResult {
  outdated: boolean;
}

/** migrateSettings + repairSettings turn whatever is there into valid settings. */
const settingsItem = storedItem<StoredSettings, Settings>(STORAGE_KEYS.settings, {
  parse: (raw) => ({ ...readRaw(raw), outdated: raw !== null && raw !== undefined && versionOf(raw) < SETTINGS_VERSION }),
  serialize: (settings) => ({ version: SETTINGS_VERSION, ...settings }),
});

function readRaw(raw: unknown): RepairResult {
  return repairSettings(migrateSettings(raw));
}

export async function loadSettings(): Promise<RepairResult> {
  const { settings, reset } = await settingsItem.get();
  return { settings, reset };
}

/** Load, migrate, repair and, when anything changed, write the result back. */
export async function loadAndHealSettings(): Promise<RepairResult> {
  const { settings, reset, outdated } = await settingsItem.get();
  if (reset.length > 0 || outdated) await settingsItem.set(settings);
  return { settings, reset };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.set(repairSettings(settings).settings);
}

/** Apply a patch on top of the current settings; a field the schema refuses keeps its current value. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = repairSettings({ ...settings, ...patch }, settings).settings;
  await settingsItem.set(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  const { settings } = repairSettings(undefined);
  await settingsItem.set(settings);
  return settings;
}

/** Calls back with repaired settings whenever they change in any context. */
export function watchSettings(callback: (settings: Settings, reset: SettingsField[]) => void): () => void {
  return settingsItem.watch(({ settings, reset }) => callback(settings, reset));
}
