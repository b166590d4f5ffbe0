/** Settings fields in the words the options page uses for them (for "was reset" and import reports). */
import type { SettingsField } from '../settings/schema';

export const FIELD_LABELS: Record<SettingsField, string> = {
  watchedSectors: 'watched sectors',
  customSectors: 'added CoinGecko categories',
  averaging: 'sector average method',
  leaveOneOut: 'leave-one-out',
  window: 'default window',
  disabledSites: 'switched-off sites',
  addedSites: 'sites you added',
  pins: 'pinned coins',
  apiBaseUrl: 'API base URL',
};

export function fieldList(fields: readonly SettingsField[]): string {
  return fields.map((field) => FIELD_LABELS[field]).join(', ');
}
