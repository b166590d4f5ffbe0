/**
 * What each CoinGecko plan allows (SOURCES.md, CoinGecko's docs and pricing page):
 * - keyless: not published; readers report 5–15 calls a minute per IP, shared by everyone behind
 *   that IP, 429 beyond it with a Retry-After seen from 7 s to 119 s. So: start at 5 a minute and
 *   adapt (lib/market/request-budget.ts halves it on a 429 without Retry-After, recovers slowly).
 * - Demo: 30 calls a minute (the pricing page; some newer docs say 100): we use 30.
 * - Pro: 500 a minute on the smallest paid plan (Analyst); we stay at 250 to leave room for the
 *   reader's other tools on the same key.
 */
import type { PlanBudget } from '../../request-budget';
import type { ApiPlan } from '../../../model';

export const PLAN_BUDGETS: Record<ApiPlan, PlanBudget> = {
  keyless: { perMinute: 5, adaptive: true, ceiling: 10 },
  demo: { perMinute: 30, adaptive: false, ceiling: 30 },
  pro: { perMinute: 250, adaptive: false, ceiling: 250 },
};
