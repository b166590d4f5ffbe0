/** Words for the shared vocabulary of lib/model (averaging methods, API plans) and for ranks. */
import type { ApiPlan, AveragingMethod } from '../model';
import { t, type MessageKey } from './index';

const METHOD: Record<AveragingMethod, { label: MessageKey; hint: MessageKey }> = {
  'cap-weighted': { label: 'method_cap_weighted', hint: 'method_cap_weighted_hint' },
  capped: { label: 'method_capped', hint: 'method_capped_hint' },
  'equal-weighted': { label: 'method_equal_weighted', hint: 'method_equal_weighted_hint' },
  median: { label: 'method_median', hint: 'method_median_hint' },
};

const PLAN: Record<ApiPlan, { label: MessageKey; hint: MessageKey }> = {
  keyless: { label: 'plan_keyless', hint: 'plan_keyless_hint' },
  demo: { label: 'plan_demo', hint: 'plan_demo_hint' },
  pro: { label: 'plan_pro', hint: 'plan_pro_hint' },
};

export const methodLabel = (method: AveragingMethod) => t(METHOD[method].label);
export const methodHint = (method: AveragingMethod) => t(METHOD[method].hint);
export const planLabel = (plan: ApiPlan) => t(PLAN[plan].label);
export const planHint = (plan: ApiPlan) => t(PLAN[plan].hint);

/** "#2 of 48" — a token's place among a sector's tokens. */
export function rankText(rank: number | null, among: number): string {
  return rank === null ? '' : t('rank_of', rank, among);
}
