/** Settings for a page that edits them: loaded (and healed) once, then kept live from storage. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsField } from '../settings/schema';
import { loadAndHealSettings, updateSettings, watchSettings } from '../settings/storage';
import { t } from '../i18n';

export interface SettingsHandle {
  settings: Settings | null;
  /** Fields that were unreadable when the page opened and now hold their defaults. */
  repaired: SettingsField[];
  /** Why the last change could not be saved (e.g. the sync storage quota). */
  saveError: string | null;
  update: (patch: Partial<Settings>) => Promise<Settings | null>;
}

export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<SettingsField[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void loadAndHealSettings().then((result) => {
      setSettings(result.settings);
      setRepaired(result.reset);
    });
    return watchSettings((next) => setSettings(next));
  }, []);
  const update = async (patch: Partial<Settings>) => {
    try {
      const next = await updateSettings(patch);
      setSettings(next);
      setSaveError(null);
      return next;
    } catch (error) {
      setSaveError(t('options_not_saved', error instanceof Error ? error.message : String(error)));
      return null;
    }
  };
  return { settings, repaired, saveError, update };
}
