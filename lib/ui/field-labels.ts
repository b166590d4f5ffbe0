/** Settings fields in the words the options page uses for them (for "was reset" and import reports). */
import { t, uiLocale, type MessageKey } from '../i18n';
import type { SettingsField } from '../settings/schema';

export const FIELD_LABELS: Record<SettingsField, MessageKey> = {
  watchedSectors: 'field_watched_sectors',
  customSectors: 'field_custom_sectors',
  averaging: 'field_averaging',
  leaveOneOut: 'field_leave_one_out',
  window: 'field_window',
  disabledSites: 'field_disabled_sites',
  addedSites: 'field_added_sites',
  pins: 'field_pins',
  apiBaseUrl: 'field_api_base_url',
};

/** "a, b and c" the way the reader's language lists things ("a、b、c" in Japanese). */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(items);
}

export function fieldList(fields: readonly SettingsField[]): string {
  return listOf(fields.map((field) => t(FIELD_LABELS[field])));
}
