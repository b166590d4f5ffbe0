/** A sector's rows + the reader's averaging settings → SectorView / SectorSummary (lib/sectors does the math). */
import type { AverageGap, AveragingMethod } from '../model';
import type { MarketErrorInfo, SectorSummary, SectorView } from '../messaging/views';
import { selectConstituents, type Constituent } from '../sectors/constituents';
import { sectorAverage } from '../sectors/sector-average';
import { compareTokenWithSector } from '../sectors/token-in-sector';
import type { Measure } from './measures';
import type { QuoteRow } from './provider';

export interface AveragingSettings {
  method: AveragingMethod;
  leaveOneOut: boolean;
  /** The window (or since-publication) every move is measured over. */
  measure: Measure;
  /** The page's publication time: views then also carry their since-publication figures. */
  publishedAt?: number;
}

/** One sector's data as far as we have it: rows null = never fetched successfully (or not yet). */
export interface SectorData {
  categoryId: string;
  name: string;
  rows: readonly QuoteRow[] | null;
  fetchedAt: number | null;
  stale: boolean;
  /** This sector's own error (a rate limit with its retry time, a failure). */
  error?: MarketErrorInfo;
}

/** The constituents rule over the measure's moves: for 'since', the rows with a point at T. */
export function constituentsOf(rows: readonly QuoteRow[], measure: Measure): Constituent[] {
  return selectConstituents(rows.map((row) => ({ id: row.id, symbol: row.symbol, name: row.name, move: measure.of(row).move, marketCap: row.marketCap })));
}

/** Rows that can answer the measure: for 'since', rows that came with their hourly series. */
function answers(rows: readonly QuoteRow[] | null, measure: Measure): boolean {
  if (rows === null) return false;
  // Rows cached without the series (asked before a dated page needed it) are not an answer yet:
  // the refetch with the series is on its way.
  if (measure.window !== 'since' || rows.length === 0 || rows.some((row) => row.hourly7d !== undefined)) return true;
  // A page older than any series never asks for one: those rows are the answer ("before the series").
  return rows.every((row) => measure.of(row).gap === 'before-series');
}

function averageGap(hasRows: boolean, average: number | null, constituents: number, leftOut: boolean): { averageGap?: AverageGap } {
  if (average !== null) return {};
  if (!hasRows) return { averageGap: 'no-data' };
  return { averageGap: leftOut && constituents === 0 ? 'only-token' : 'no-constituents' };
}

export function watchedSectorView(token: { id: string; move: number | null }, sector: SectorData, settings: AveragingSettings): SectorView {
  const constituents = sector.rows ? constituentsOf(sector.rows, settings.measure) : [];
  const comparison = compareTokenWithSector(token, constituents, settings);
  const average = sector.rows ? comparison.average : null;
  return {
    categoryId: sector.categoryId,
    name: sector.name,
    watched: true,
    average,
    ...averageGap(answers(sector.rows, settings.measure), average, comparison.averagedOver, comparison.leftOut),
    method: settings.method,
    leaveOneOut: comparison.leftOut,
    outperformance: comparison.outperformance,
    rank: comparison.rank,
    rankedAmong: comparison.rankedAmong,
    constituents: comparison.averagedOver,
    asOf: sector.fetchedAt,
    stale: sector.stale,
    ...(sector.error ? { error: sector.error } : {}),
  };
}

/** A sector the reader does not watch: we know the token is in it, but have no rows to average. */
export function unwatchedSectorView(categoryId: string, name: string, settings: AveragingSettings, asOf: number | null, stale: boolean): SectorView {
  return {
    categoryId,
    name,
    watched: false,
    average: null,
    averageGap: 'not-watched',
    method: settings.method,
    leaveOneOut: false,
    outperformance: null,
    rank: null,
    rankedAmong: 0,
    constituents: 0,
    asOf,
    stale,
  };
}

export function sectorSummary(sector: SectorData, settings: AveragingSettings, providerIndex24h: number | null | undefined): SectorSummary {
  const constituents = sector.rows ? constituentsOf(sector.rows, settings.measure) : [];
  const average = sectorAverage(constituents, settings.method);
  return {
    categoryId: sector.categoryId,
    name: sector.name,
    average,
    ...averageGap(answers(sector.rows, settings.measure), average, constituents.length, false),
    method: settings.method,
    constituents: constituents.length,
    asOf: sector.fetchedAt,
    stale: sector.stale,
    ...(sector.error ? { error: sector.error } : {}),
    ...(providerIndex24h !== undefined ? { coingeckoIndex24h: providerIndex24h } : {}),
  };
}
