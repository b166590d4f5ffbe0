/**
 * zod schemas for the CoinGecko responses we use, written against the recorded data (nullable
 * numbers, integer zeros), not against the SDK's types, which claim non-null where live data
 * has nulls (fixtures/coingecko/SOURCES.md). Background only: full zod is fine here.
 */
import { z } from 'zod';

const num = z.number().finite();
const nullableNum = num.nullable();
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
  price_change_percentage_30d_in_currency: optionalPct,
  sparkline_in_7d: z.object({ price: z.array(num) }).nullable().optional(),
  last_updated: z.string().nullable().optional(),
});
export type MarketRow = z.infer<typeof MarketRowSchema>;
export const MarketsResponseSchema = z.array(MarketRowSchema);

/** Both recorded error-body shapes: {status:{error_code,error_message}} and {error_code,status:{error_message}}. */
export const ErrorBodySchema = z.union([
  z.object({ status: z.object({ error_code: z.number().optional(), error_message: z.string() }) }),
  z.object({ error_code: z.number(), status: z.object({ error_message: z.string() }) }),
  z.object({ error: z.string() }),
]);
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export function errorMessage(body: ErrorBody): string {
  return 'error' in body ? body.error : body.status.error_message;
}
export function errorCode(body: ErrorBody): number | undefined {
  if ('error' in body) return undefined;
  return 'error_code' in body ? body.error_code : body.status.error_code;
}
