/**
 * zod schemas for the CoinGecko responses we use, written against the recorded data (nullable
 * numbers, integer zeros, both error-body shapes), not against the SDK's types, which claim
 * non-null where live data has nulls (test/fixtures/coingecko/SOURCES.md). Objects strip unknown
 * keys, so what we cache is only what we use. Background only: full zod is fine here.
 */
import { z } from 'zod';

const num = z.number().finite();
const nullableNum = num.nullable();
/** Present only when requested (price_change_percentage=…), null when CoinGecko has no figure. */
const optionalPct = nullableNum.optional();

export const MarketRowSchema = z.object({
  id: z.string().min(1),
  symbol: z.string(),
  name: z.string(),
  image: z.string().nullable().optional(),
  current_price: nullableNum,
  market_cap: nullableNum,
  market_cap_rank: z.number().int().nullable(),
  total_volume: nullableNum.optional(),
  price_change_percentage_24h: nullableNum.optional(),
  price_change_percentage_1h_in_currency: optionalPct,
  price_change_percentage_24h_in_currency: optionalPct,
  price_change_percentage_7d_in_currency: optionalPct,
  sparkline_in_7d: z.object({ price: z.array(num) }).nullable().optional(),
  last_updated: z.string().nullable().optional(),
});
export type MarketRow = z.infer<typeof MarketRowSchema>;
export const MarketsResponseSchema = z.array(MarketRowSchema);

/** /coins/categories: 275 of 603 recorded rows have null numbers; market_cap_change_24h is a percentage. */
export const CategoryRowSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  market_cap: nullableNum,
  market_cap_change_24h: nullableNum,
  updated_at: z.string().nullable(),
});
export const CategoriesResponseSchema = z.array(CategoryRowSchema);
export type CategoryRow = z.infer<typeof CategoryRowSchema>;

export const CategoryListEntrySchema = z.object({ category_id: z.string().min(1), name: z.string() });
export const CategoriesListResponseSchema = z.array(CategoryListEntrySchema);
export type CategoryListEntry = z.infer<typeof CategoryListEntrySchema>;

/** /coins/{id}: only the fields we read. `categories` holds display NAMES, not ids. */
export const CoinDetailSchema = z.object({
  id: z.string().min(1),
  symbol: z.string(),
  name: z.string(),
  categories: z.array(z.string().nullable()).nullable().optional(),
});
export type CoinDetail = z.infer<typeof CoinDetailSchema>;

/** /coins/list rows (no market data): the lexicon's long tail. */
export const CoinsListResponseSchema = z.array(z.object({ id: z.string().min(1), symbol: z.string(), name: z.string() }));
export type CoinsListRow = z.infer<typeof CoinsListResponseSchema>[number];

export const PingSchema = z.object({ gecko_says: z.string() });

/**
 * Error bodies seen in the wild: {status:{error_code,error_message}} (429, 10002),
 * {error_code,status:{error_message}} (10010/10011) and a flat {error:"…"}.
 */
export const ErrorBodySchema = z.union([
  // One object for both status shapes: a union of two would let the first branch match the
  // 10010/10011 shape and strip its top-level error_code.
  z.object({
    error_code: z.number().optional(),
    status: z.object({ error_code: z.number().optional(), error_message: z.string() }),
  }),
  z.object({ error: z.string() }),
]);
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export function errorMessage(body: ErrorBody): string {
  return 'error' in body ? body.error : body.status.error_message;
}
export function errorCode(body: ErrorBody): number | undefined {
  if ('error' in body) return undefined;
  return body.error_code ?? body.status.error_code;
}
