/**
 * CoinGecko API plans. Only the names live here (the options page, the credentials item and the
 * protocol all speak them); what a plan means for hosts, headers and budgets is lib/market's.
 */
import * as z from 'zod/mini';

export const API_PLANS = ['keyless', 'demo', 'pro'] as const;
export const ApiPlanSchema = z.enum(API_PLANS);
export type ApiPlan = z.infer<typeof ApiPlanSchema>;
