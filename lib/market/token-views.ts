/**
 * Assembles one TokenView: the token's row, then each watched sector it belongs to (reader's
 * order), then its other provider categories as unwatched sectors.
 */
import type { MarketErrorInfo, TokenView } from '../messaging/views';
import type { QuoteRow } from './provider';
import { unwatchedSectorView, watchedSectorView, type AveragingSettings, type SectorData } from './sector-views';
import { tokenMove, tokenView } from './views';

export interface TokenRow {
  row: QuoteRow;
  fetchedAt: number | null;
  stale: boolean;
  error?: MarketErrorInfo;
}

/** What the provider told us about a token's categories outside the watched ones, mapped to ids. */
export interface OtherSectors {
  categoryIds: readonly string[];
  names: ReadonlyMap<string, string>;
  fetchedAt: number | null;
  stale: boolean;
}

/**
 * `sectors` are the watched sectors the token belongs to (membership already decided), with
 * their data as far as we have it: a sector still on its way keeps its row, with its own error.
 */
export function buildTokenView(token: TokenRow, sectors: readonly SectorData[], other: OtherSectors | undefined, settings: AveragingSettings): TokenView {
  const view = tokenView(token.row, settings.window, token.fetchedAt, token.stale);
  if (token.error) view.error = token.error;
  for (const sector of sectors) {
    // Compare with the sector using the token's row from that same response, so the token's
    // move and the constituents' moves are from one moment.
    const ownRow = sector.rows?.find((row) => row.id === token.row.id);
    const move = tokenMove(ownRow ?? token.row, settings.window);
    view.sectors.push(watchedSectorView({ id: token.row.id, move }, sector, settings));
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

/** The freshest row of a coin among the sectors' rows. */
export function rowFromSectors(coinId: string, sectors: readonly SectorData[]): TokenRow | undefined {
  let best: TokenRow | undefined;
  for (const sector of sectors) {
    const row = sector.rows?.find((candidate) => candidate.id === coinId);
    if (!row || sector.fetchedAt === null) continue;
    if (!best || (best.fetchedAt ?? 0) < sector.fetchedAt) best = { row, fetchedAt: sector.fetchedAt, stale: sector.stale };
  }
  return best;
}
