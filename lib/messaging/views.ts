/**
 * What the background hands to the UI about tokens and sectors. These shapes cross a context
 * boundary, so they are zod schemas (zod/mini: this module is bundled into the content script,
 * where full zod would cost ~100 KB).
 */
import * as z from 'zod/mini';
import { AverageGapSchema, AveragingMethodSchema, coinIdSchema as coinId, MarketErrorKindSchema, MoveGapSchema } from '../model';

const finite = () => z.number().check(z.refine(Number.isFinite, 'must be finite'));

/** Why data is missing or old, as it crosses to the UI. */
export const MarketErrorInfoSchema = z.object({
  kind: MarketErrorKindSchema,
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
  /** Why this sector's figure is missing or old (its own error, never another figure's). */
  error: z.optional(MarketErrorInfoSchema),
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
  /** When the provider last updated the row the price comes from (the series' last point). */
  updatedAt: z.optional(finite()),
  /** Watched sectors first (in the reader's order), then the token's other known sectors. */
  sectors: z.array(SectorViewSchema),
  /** Present when the request carried the page's publication time. */
  since: z.optional(SinceViewSchema),
  asOf: z.nullable(finite()),
  stale: z.boolean(),
  /** Why the token's own price and move are missing or old. */
  error: z.optional(MarketErrorInfoSchema),
});
export type TokenView = z.infer<typeof TokenViewSchema>;

/** A watched sector's own average, for the popup's chart. */
export const SectorSummarySchema = z.object({
  ...sectorAverageFields,
  /** CoinGecko's own category index (market-cap change 24h), shown apart, never mixed in. */
  coingeckoIndex24h: z.optional(z.nullable(finite())),
});
export type SectorSummary = z.infer<typeof SectorSummarySchema>;

/**
 * An open card or popup whose answer says "ask again at retryAt" asks again then, and at least
 * this often while it waits, so the background knows someone still wants the figure (a queued
 * request nobody asks about any more is dropped).
 */
export const ASK_AGAIN_WITHIN_MS = 10_000;
