/**
 * What the background hands to the UI about tokens and sectors. These shapes cross a context
 * boundary, so they are zod schemas (zod/mini: this module is bundled into the content script,
 * where full zod would cost ~100 KB).
 */
import * as z from 'zod/mini';

export const WINDOWS = ['1h', '24h', '7d'] as const;
export const WindowSchema = z.enum(WINDOWS);
export type Window = z.infer<typeof WindowSchema>;

/**
 * What the views are measured over: a window, or 'since' (the page's publication time, from the
 * hourly series), which only a page with a publication time can ask for.
 */
export const SINCE_WINDOW = 'since';
export const VIEW_WINDOWS = [...WINDOWS, SINCE_WINDOW] as const;
export const ViewWindowSchema = z.enum(VIEW_WINDOWS);
export type ViewWindow = z.infer<typeof ViewWindowSchema>;

/**
 * Why a move is missing, so the UI can say so instead of a bare dash: CoinGecko sent no figure
 * for the window; the page is older than the hourly series; the row has no series; no price.
 */
export const MOVE_GAPS = ['no-figure', 'before-series', 'no-series', 'no-price'] as const;
export const MoveGapSchema = z.enum(MOVE_GAPS);
export type MoveGap = z.infer<typeof MoveGapSchema>;

/**
 * Why a sector average is missing: the sector is not watched (no rows are fetched for it); its rows
 * could not be fetched; no constituent has a figure; only the token itself had one (leave-one-out).
 */
export const AVERAGE_GAPS = ['not-watched', 'no-data', 'no-constituents', 'only-token'] as const;
export const AverageGapSchema = z.enum(AVERAGE_GAPS);
export type AverageGap = z.infer<typeof AverageGapSchema>;

export const AVERAGING_METHODS = ['cap-weighted', 'capped', 'equal-weighted', 'median'] as const;
export const AveragingMethodSchema = z.enum(AVERAGING_METHODS);
export type AveragingMethod = z.infer<typeof AveragingMethodSchema>;

const finite = () => z.number().check(z.refine(Number.isFinite, 'must be finite'));
const coinId = () => z.string().check(z.minLength(1), z.maxLength(200));

/** Why data is missing or old. The UI turns each kind into words (components/error-text). */
export const MARKET_ERROR_KINDS = [
  'rate-limited',
  'offline',
  'timeout',
  'unauthorized',
  'bad-response',
  'not-found',
  'server',
] as const;
export const MarketErrorInfoSchema = z.object({
  kind: z.enum(MARKET_ERROR_KINDS),
  message: z.string(),
  /** Epoch ms when the next request will be tried (rate-limited, backoff). */
  retryAt: z.optional(finite()),
  /** HTTP status, when there was one. */
  status: z.optional(z.int()),
});
export type MarketErrorInfo = z.infer<typeof MarketErrorInfoSchema>;

/** What every sector figure carries, for a token's row and for the sector's own summary. */
const sectorAverageFields = {
  categoryId: z.string(),
  name: z.string(),
  /** Sector average move in percent for the window, null when it cannot be computed. */
  average: z.nullable(finite()),
  /** Set when average is null. */
  averageGap: z.optional(AverageGapSchema),
  method: AveragingMethodSchema,
  /** Constituents the average was computed over. */
  constituents: z.int(),
  /** Epoch ms of the data the average was computed from; null when there is none. */
  asOf: z.nullable(finite()),
  stale: z.boolean(),
};

/** One sector as it relates to one token. */
export const SectorViewSchema = z.object({
  ...sectorAverageFields,
  watched: z.boolean(),
  /** True when the token was removed from its own sector's average. */
  leaveOneOut: z.boolean(),
  /** Token move − sector average, in percentage points. */
  outperformance: z.nullable(finite()),
  /** 1 = best move among the constituents; null when the token is not a constituent. */
  rank: z.nullable(z.int()),
  /** How many the rank is among: every constituent, the token included (with leave-one-out
   * that is one more than `constituents`); 0 when rank is null. */
  rankedAmong: z.int(),
});
export type SectorView = z.infer<typeof SectorViewSchema>;

/** The token and its watched sectors since the page's publication time (DESIGN.md "Since published"). */
export const SinceViewSchema = z.object({
  /** The page's publication time T, epoch ms. */
  publishedAt: finite(),
  /** The token's hourly series, first and last point (epoch ms), when its row has one. */
  series: z.optional(z.object({ start: finite(), end: finite() })),
  /** r = (current / p(T) − 1) × 100; null with moveGap saying why. */
  move: z.nullable(finite()),
  moveGap: z.optional(MoveGapSchema),
  /** Watched sectors only, same order as TokenView.sectors; averages over constituents with a point at T. */
  sectors: z.array(SectorViewSchema),
});
export type SinceView = z.infer<typeof SinceViewSchema>;

export const TokenViewSchema = z.object({
  coinId: coinId(),
  symbol: z.string(),
  name: z.string(),
  image: z.optional(z.string()),
  price: z.nullable(finite()),
  /** Token move in percent for the window. */
  move: z.nullable(finite()),
  /** Set when move is null. */
  moveGap: z.optional(MoveGapSchema),
  marketCapRank: z.nullable(z.int()),
  /** Hourly prices for the last 7 days, when the data has them. */
  sparkline7d: z.optional(z.array(finite())),
  /** Watched sectors first (in the reader's order), then the token's other known sectors. */
  sectors: z.array(SectorViewSchema),
  /** Present when the request carried the page's publication time. */
  since: z.optional(SinceViewSchema),
  asOf: z.nullable(finite()),
  stale: z.boolean(),
});
export type TokenView = z.infer<typeof TokenViewSchema>;

/** A watched sector's own average, for the popup's chart. */
export const SectorSummarySchema = z.object({
  ...sectorAverageFields,
  /** CoinGecko's own category index (market-cap change 24h), shown apart, never mixed in. */
  coingeckoIndex24h: z.optional(z.nullable(finite())),
});
export type SectorSummary = z.infer<typeof SectorSummarySchema>;
