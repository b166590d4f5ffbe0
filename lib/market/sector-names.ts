/** The name a reader sees for a category id: our taxonomy, their own custom name, then CoinGecko's. */
import type { Settings } from '../settings/schema';
import { taxonomySector } from '../sectors/taxonomy';

export function sectorName(categoryId: string, settings: Pick<Settings, 'customSectors'>, coingeckoNames?: ReadonlyMap<string, string>): string {
  return (
    taxonomySector(categoryId)?.name ??
    settings.customSectors.find((sector) => sector.id === categoryId && sector.name.trim() !== '')?.name ??
    coingeckoNames?.get(categoryId) ??
    categoryId
  );
}
