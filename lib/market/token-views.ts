/**
 * Assembles one TokenView: the token's row, then each watched sector it belongs to (reader's
 * order), then its other CoinGecko categories as unwatched sectors.
 */
import type { SinceView, TokenView } from '../messaging/views';
import { seriesSpan, sinceMeasure } from './measures';
import type { MarketRow } from './schemas';
import { unwatchedSectorView, watchedSectorView, type AveragingSettings, type SectorData } from './sector-views';
import { tokenView } from './views';

export interface TokenRow {
  row: MarketRow;
  fetchedAt: number;
  stale: boolean;
}

/** What /coins/{id} told us about a token outside every watched sector, mapped to ids. */
export interface OtherSectors {
  categoryIds: readonly string[];
  names: ReadonlyMap<string, string>;
  fetchedAt: number;
  stale: boolean;
}

export function buildTokenView(token: TokenRow, sectors: readonly SectorData[], other: OtherSectors | undefined, settings: AveragingSettings): TokenView {
  const view = tokenView(token.row, settings.measure, token.fetchedAt, token.stale);
  const memberOf = tokenSectors(token, sectors, other);
  for (const { sector, row } of memberOf) {
    // Compare with the sector using the token's row from that same response, so the token's
    // move and the constituents' moves are from one moment.
    view.sectors.push(watchedSectorView({ id: token.row.id, move: settings.measure.of(row).move }, sector, settings));
  }
  if (settings.publishedAt !== undefined && settings.measure.window !== 'since') {
    view.since = sinceView(token, memberOf, settings, settings.publishedAt);
  }
  if (other) {
    const watched = new Set(sectors.map((sector) => sector.categoryId));
    for (const categoryId of other.categoryIds) {
      if (watched.has(categoryId)) continue;
      view.sectors.push(unwatchedSectorView(categoryId, other.names.get(categoryId) ?? categoryId, settings, other.fetchedAt, other.stale));
    }
  }
  return view;
}

/** The watched sectors the token belongs to, each with the token's row from that sector's response. */
function tokenSectors(token: TokenRow, sectors: readonly SectorData[], other: OtherSectors | undefined): { sector: SectorData; row: MarketRow }[] {
  const fromDetail = new Set(other?.categoryIds ?? []);
  const found: { sector: SectorData; row: MarketRow }[] = [];
  for (const sector of sectors) {
    const ownRow = sector.rows?.find((row) => row.id === token.row.id);
    // Beyond a category's first 250 coins the token is only known as a member through /coins/{id}.
    if (ownRow || fromDetail.has(sector.categoryId)) found.push({ sector, row: ownRow ?? token.row });
  }
  return found;
}

/** The same comparison, measured since the page's publication time, over the same sectors. */
function sinceView(token: TokenRow, memberOf: readonly { sector: SectorData; row: MarketRow }[], settings: AveragingSettings, publishedAt: number): SinceView {
  const measure = sinceMeasure(publishedAt);
  const since = { ...settings, measure };
  const own = measure.of(token.row);
  const series = seriesSpan(token.row);
  return {
    publishedAt,
    ...(series ? { series } : {}),
    move: own.move,
    ...(own.gap ? { moveGap: own.gap } : {}),
    sectors: memberOf.map(({ sector, row }) => watchedSectorView({ id: token.row.id, move: measure.of(row).move }, sector, since)),
  };
}

/** Index rows of all watched sectors by coin id, keeping the freshest copy of each coin. */
export function rowsFromSectors(sectors: readonly SectorData[]): Map<string, TokenRow> {
  const byId = new Map<string, TokenRow>();
  for (const sector of sectors) {
    if (!sector.rows || sector.fetchedAt === null) continue;
    for (const row of sector.rows) {
      const known = byId.get(row.id);
      if (!known || known.fetchedAt < sector.fetchedAt) byId.set(row.id, { row, fetchedAt: sector.fetchedAt, stale: sector.stale });
    }
  }
  return byId;
}
