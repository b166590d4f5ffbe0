/**
 * Settings to and from a JSON file the reader keeps. The API key is not part of the settings
 * object (lib/settings/credentials.ts), so an export can never carry it; an import ignores any
 * key-like field a hand-edited file might hold.
 */
import { SETTINGS_FIELDS, type Settings, type SettingsField } from './schema';
import { migrateSettings, SETTINGS_VERSION, versionOf } from './migrations';
import { t } from '../i18n';
import { isPlainObject } from './plain-object';

export const EXPORT_FORMAT = 'sector-lens-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      /** The current settings with every valid field from the file applied. */
      settings: Settings;
      applied: SettingsField[];
      /** Fields present in the file but invalid: they keep their current value. */
      rejected: SettingsField[];
      /** Keys this version does not know (including any API key): not imported. */
      ignored: string[];
    }
  | { ok: false; reason: string };

const KNOWN = Object.keys(SETTINGS_FIELDS) as SettingsField[];

function asObject(value: unknown): Record<string, unknown> | null {
  return isPlainObject(value) ? value : null;
}

/** The settings object inside a file: our export wrapper, or a bare settings object. */
function unwrap(parsed: unknown): Record<string, unknown> | null {
  const outer = asObject(parsed);
  if (!outer) return null;
  if (outer.format === EXPORT_FORMAT) {
    const inner = asObject(outer.settings);
    return inner ? { ...inner, version: versionOf(outer) } : null;
  }
  return outer;
}

/** Never throws and never touches storage: the caller saves `settings` only when ok. */
export function importSettings(text: string, current: Settings): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('import_not_json') };
  }
  const raw = unwrap(parsed);
  if (!raw) return { ok: false, reason: t('import_not_settings_object') };
  if (versionOf(raw) > SETTINGS_VERSION) {
    return { ok: false, reason: t('import_newer_version', String(versionOf(raw))) };
  }
  const present = KNOWN.filter((field) => field in raw);
  if (present.length === 0) return { ok: false, reason: t('import_no_settings') };

  const migrated = asObject(migrateSettings(raw)) ?? {};
  const settings: Settings = structuredClone(current);
  const applied: SettingsField[] = [];
  const rejected: SettingsField[] = [];
  for (const field of present) {
    const result = SETTINGS_FIELDS[field].safeParse(migrated[field]);
    if (result.success) {
      (settings as Record<SettingsField, unknown>)[field] = result.data;
      applied.push(field);
    } else {
      rejected.push(field);
    }
  }
  const ignored = Object.keys(raw).filter((key) => key !== 'version' && !(KNOWN as string[]).includes(key));
  return { ok: true, settings, applied, rejected, ignored };
}
