/** Why market data is missing or old. The UI turns each kind into words (lib/error-text.ts). */
import * as z from 'zod/mini';

export const MARKET_ERROR_KINDS = ['rate-limited', 'offline', 'timeout', 'unauthorized', 'bad-response', 'not-found', 'server'] as const;
export const MarketErrorKindSchema = z.enum(MARKET_ERROR_KINDS);
export type MarketErrorKind = z.infer<typeof MarketErrorKindSchema>;
