/**
 * Assembles one TokenView: the token's row, then each watched sector it belongs to (reader's
 * order), then its other provider categories as unwatched sectors; with the page's publication
 * time, the same comparison since then (`since`).
 */
import type { MarketErrorInfo, SinceView, TokenView } from '../messaging/views';
import { seriesSpan, sinceMeasure } from './measures';
import type { QuoteRow } from './provider';
import { unwatchedSectorView, watchedSectorView, type AveragingSettings, type SectorData } from './sector-views';
import { tokenView } from './views';

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
  const view = tokenView(token.row, settings.measure, token.fetchedAt, token.stale);
  if (token.error) view.error = token.error;
  // Compare with each sector using the token's row from that same response, so the token's
  // move and the constituents' moves are from one moment.
  const memberOf = sectors.map((sector) => ({ sector, row: sector.rows?.find((row) => row.id === token.row.id) ?? token.row }));
  for (const { sector, row } of memberOf) {
    view.sectors.push(watchedSectorView({ id: token.row.id, move: settings.measure.of(row).move }, sector, settings));
  }
  if (other) {
    const watched = new Set(sectors.map((sector) => sector.categoryId));
    for (const categoryId of other.categoryIds) {
      if (watched.has(categoryId)) continue;
      view.sectors.push(unwatchedSectorView(categoryId, other.names.get(categoryId) ?? categoryId, settings, other.fetchedAt, other.stale));
    }
  }
  if (settings.publishedAt !== undefined && settings.measure.window !== 'since') {
    view.since = sinceView(token, memberOf, settings, settings.publishedAt);
  }
  return view;
}

/** The same comparison, measured since the page's publication time, over the same sectors. */
function sinceView(token: TokenRow, memberOf: readonly { sector: SectorData; row: QuoteRow }[], settings: AveragingSettings, publishedAt: number): SinceView {
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
