/**
 * Edits of the watched-sector list, as pure functions of settings (the options page and the
 * popup's "Watch" both use them). Order matters: a token's primary sector is the first watched
 * sector it belongs to.
 */
import { sectorDisplayName, taxonomySector, TAXONOMY } from '../model';
import type { Settings } from '../settings/schema';

type SectorSettings = Pick<Settings, 'watchedSectors' | 'customSectors'>;

export interface SectorEntry {
  id: string;
  name: string;
  watched: boolean;
  /** Added by the reader from CoinGecko's list (can be removed, not just unwatched). */
  custom: boolean;
}

/** Watched sectors in the reader's order, then the rest of the taxonomy, then unwatched custom ones. */
export function sectorEntries({ watchedSectors, customSectors }: SectorSettings): SectorEntry[] {
  const entry = (id: string, watched: boolean): SectorEntry => ({
    id,
    name: sectorDisplayName(id, customSectors),
    watched,
    custom: !taxonomySector(id),
  });
  const watched = watchedSectors.map((id) => entry(id, true));
  const rest = [...TAXONOMY.map((sector) => sector.id), ...customSectors.map((sector) => sector.id)].filter((id, at, all) => !watchedSectors.includes(id) && all.indexOf(id) === at);
  return [...watched, ...rest.map((id) => entry(id, false))];
}

/** Switching a sector on appends it (it becomes the least preferred); off removes it. */
export function setWatched(settings: SectorSettings, id: string, on: boolean): Pick<Settings, 'watchedSectors'> {
  const without = settings.watchedSectors.filter((watched) => watched !== id);
  return { watchedSectors: on ? [...without, id] : without };
}

/** Move a watched sector to another position (drag and drop, or one step with the arrow buttons). */
export function moveWatched(settings: SectorSettings, id: string, to: number): Pick<Settings, 'watchedSectors'> {
  const from = settings.watchedSectors.indexOf(id);
  if (from < 0) return { watchedSectors: settings.watchedSectors };
  const next = settings.watchedSectors.filter((watched) => watched !== id);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, id);
  return { watchedSectors: next };
}

/** Add any CoinGecko category: remembered with its name, and watched. */
export function addCustomSector(settings: SectorSettings, id: string, name: string): SectorSettings {
  const customSectors = taxonomySector(id) || settings.customSectors.some((sector) => sector.id === id) ? settings.customSectors : [...settings.customSectors, { id, name }];
  return { customSectors, ...setWatched(settings, id, true) };
}

export function removeCustomSector(settings: SectorSettings, id: string): SectorSettings {
  return { customSectors: settings.customSectors.filter((sector) => sector.id !== id), ...setWatched(settings, id, false) };
}
