/**
 * The reader's settings: one schema, defaults, and a field-by-field repair so that one bad field
 * never costs the reader the others. zod/mini: the content script reads settings too.
 *
 * The API key is NOT here: it lives in lib/settings/credentials.ts, which page-side code may not
 * import (lint rule), so it can never reach a content script.
 */
import * as z from 'zod/mini';
import { AveragingMethodSchema, DEFAULT_WATCHED, WindowSchema } from '../model';
import { isPlainObject } from './plain-object';
import { isSiteOrigin } from './sites';

export { SETTINGS_VERSION } from './migrations';

const categoryId = () => z.string().check(z.minLength(1), z.maxLength(120));

export const CustomSectorSchema = z.object({ id: categoryId(), name: z.string().check(z.maxLength(120)) });

/** Each field is parsed on its own; see repairSettings. */
export const SETTINGS_FIELDS = {
  /** Watched sectors, in the reader's order (the first one a token belongs to is its primary). */
  watchedSectors: z.array(categoryId()).check(z.maxLength(60)),
  /** CoinGecko categories the reader added beyond the taxonomy, with their display names. */
  customSectors: z.array(CustomSectorSchema).check(z.maxLength(60)),
  averaging: AveragingMethodSchema,
  leaveOneOut: z.boolean(),
  window: WindowSchema,
  /** Default sites the reader switched off (host names). */
  disabledSites: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)),
  /** Sites the reader enabled from the popup, as origins ("https://example.com"); since v2. */
  addedSites: z.array(z.string().check(z.maxLength(300), z.refine(isSiteOrigin, 'must be an http(s) origin'))).check(z.maxLength(500)),
  /** Pinned coin per symbol, e.g. { "ATH": "aethir" }. */
  pins: z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(200))),
  /** Advanced: a CoinGecko-compatible base URL (self-hosted proxy). Empty = the build's default. */
  apiBaseUrl: z.string().check(z.maxLength(500)),
} as const;

type FieldSchemas = typeof SETTINGS_FIELDS;
export type Settings = { [K in keyof FieldSchemas]: z.infer<FieldSchemas[K]> };
export type SettingsField = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  watchedSectors: [...DEFAULT_WATCHED],
  customSectors: [],
  averaging: 'cap-weighted',
  leaveOneOut: true,
  window: '24h',
  disabledSites: [],
  addedSites: [],
  pins: {},
  apiBaseUrl: '',
});

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

export interface RepairResult {
  settings: Settings;
  /** Fields that were missing or invalid and now hold their default. */
  reset: SettingsField[];
}

/**
 * Accept whatever storage holds (old, partial, corrupt) and return valid settings plus the list of
 * fields that had to fall back (to the defaults, or to `fallback`, e.g. the current settings when
 * a patch or an imported file carries a bad field). A field that is merely absent counts as reset
 * only when the stored object was not empty (a first run resets nothing worth telling).
 */
export function repairSettings(raw: unknown, fallback: Readonly<Settings> = DEFAULT_SETTINGS): RepairResult {
  const settings: Settings = structuredClone(fallback);
  const reset: SettingsField[] = [];
  const source = isPlainObject(raw) ? raw : null;
  const fresh = raw === null || raw === undefined;
  for (const field of Object.keys(SETTINGS_FIELDS) as SettingsField[]) {
    const value = source?.[field];
    const parsed = SETTINGS_FIELDS[field].safeParse(value);
    if (parsed.success) {
      (settings as Record<SettingsField, unknown>)[field] = parsed.data;
    } else if (!fresh) {
      reset.push(field);
    }
  }
  return { settings, reset };
}
