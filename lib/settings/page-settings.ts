/**
 * The settings the content script reads, and only those: which sites the reader switched off and
 * the pinned coin per symbol. Read from the same stored item as storage.ts, each field checked on
 * its own by a guard that stands for its SETTINGS_FIELDS schema, falling back to its default when
 * it is broken. No migrations: none touches these two fields (test/unit/settings/page-settings.test.ts
 * reads old and random stored values both ways and expects the same, so a migration that starts
 * touching them fails there). No zod: this runs in every tab of an enabled site. Writing (a pin
 * chosen on the card) goes through storage.ts, from the card chunk, where the full repair runs.
 */
import { arrayOf, isString, recordOf, type Guard } from '../guard/guard';
import { STORAGE_KEYS } from '../storage/keys';
import { readOnlyItem } from '../storage/stored-item';
import { isPlainObject } from './plain-object';
import type { Settings } from './schema';

export type PageSettings = Pick<Settings, 'disabledSites' | 'pins'>;

export const PAGE_SETTINGS_FIELDS: { [K in keyof PageSettings]: Guard<PageSettings[K]> } = {
  disabledSites: arrayOf(isString(0, 300), 500),
  pins: recordOf(isString(0, 40), isString(0, 200)),
};

/** The defaults of DEFAULT_SETTINGS for these fields (a test checks they agree). */
export const pageDefaults = (): PageSettings => ({ disabledSites: [], pins: {} });

/** Whatever storage holds (nothing, an old shape, garbage) as the page's settings. Never throws. */
export function readPageSettings(raw: unknown): PageSettings {
  const source = isPlainObject(raw) ? raw : {};
  const defaults = pageDefaults();
  return {
    disabledSites: PAGE_SETTINGS_FIELDS.disabledSites(source.disabledSites) ? source.disabledSites : defaults.disabledSites,
    pins: PAGE_SETTINGS_FIELDS.pins(source.pins) ? source.pins : defaults.pins,
  };
}

const pageSettingsItem = readOnlyItem(STORAGE_KEYS.settings, readPageSettings);

export const loadPageSettings = (): Promise<PageSettings> => pageSettingsItem.get();

/** Calls back whenever another context changes the settings; returns the function that stops. */
export const watchPageSettings = (callback: (settings: PageSettings) => void): (() => void) => pageSettingsItem.watch(callback);
