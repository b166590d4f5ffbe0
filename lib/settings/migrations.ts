/**
 * Upgrades of stored (or exported) settings objects from older shapes, one step per version.
 * The version travels inside the object, so an exported file and the stored value share one path.
 * An object without a version is v1 (v1 kept its version in WXT's storage metadata, not in the
 * object). Each step is tolerant: it may meet values that are already in the newer shape (another
 * context migrated first) or broken ones (repairSettings deals with whatever is left).
 */
import { isPlainObject } from './plain-object';
import { isSiteOrigin } from './sites';

export const SETTINGS_VERSION = 2;

type SettingsObject = Record<string, unknown>;
type Step = (previous: SettingsObject) => SettingsObject;

/**
 * v1 → v2: `addedSites` held free-form match patterns; v2 holds origins, because host permission
 * is granted per origin and the dynamic content script is registered per origin. Patterns for one
 * host become its origin ("*://" becomes both http and https); wildcard hosts and catch-alls are
 * dropped, because the reader never granted Sector Lens every site.
 */
function addedSitesAsOrigins(previous: SettingsObject): SettingsObject {
  const { addedSites } = previous;
  if (!Array.isArray(addedSites)) return previous;
  const origins = addedSites.flatMap((entry): string[] => (typeof entry === 'string' ? patternOrigins(entry) : []));
  return { ...previous, addedSites: [...new Set(origins)] };
}

function patternOrigins(pattern: string): string[] {
  if (isSiteOrigin(pattern)) return [pattern];
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return [];
  const [, scheme, host] = match;
  if (scheme === undefined || host === undefined || host.includes('*')) return [];
  const schemes = scheme === '*' ? ['https', 'http'] : [scheme];
  return schemes.map((s) => `${s}://${host}`).filter(isSiteOrigin);
}

const STEPS: Readonly<Record<number, Step>> = {
  2: addedSitesAsOrigins,
};

export function versionOf(raw: unknown): number {
  if (!isPlainObject(raw)) return 1;
  const version = raw.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/**
 * Bring a raw settings object up to SETTINGS_VERSION. Anything that is not an object is returned
 * as is (repairSettings turns it into defaults). An object from a newer version (synced from a
 * newer install) is left alone: repairSettings keeps every field this version understands.
 */
export function migrateSettings(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  let value: SettingsObject = raw;
  for (let version = versionOf(raw) + 1; version <= SETTINGS_VERSION; version++) {
    const step = STEPS[version];
    if (step) value = step(value);
  }
  return value;
}
