/** The one answer to "what does the reader call this category?". */
import { taxonomySector } from './taxonomy';

/** A CoinGecko category the reader added beyond the taxonomy, with the name they gave it. */
export interface CustomSector {
  readonly id: string;
  readonly name: string;
}

/**
 * Our taxonomy's name, then the reader's own (when not blank), then CoinGecko's (when the caller
 * has the category list), then the id itself: a sector is never shown without a label.
 */
export function sectorDisplayName(categoryId: string, customSectors: readonly CustomSector[], coingeckoNames?: ReadonlyMap<string, string>): string {
  return (
    taxonomySector(categoryId)?.name ??
    customSectors.find((sector) => sector.id === categoryId && sector.name.trim() !== '')?.name ??
    coingeckoNames?.get(categoryId) ??
    categoryId
  );
}
