/**
 * Next to the watched sectors: what one refresh costs in requests and how that fits the plan's
 * budget ("8 sectors: about 9 requests every 5 min, keyless ≈ 5/min"). Receives data, renders.
 */
import type { ApiPlan } from '../lib/model';
import { formatNumber, t } from '../lib/i18n';

export interface RequestCostProps {
  /** Watched sectors (one request each per refresh). */
  sectors: number;
  plan: ApiPlan;
  /** Requests a minute Sector Lens allows itself on this plan now. */
  perMinute: number;
  /** How long a sector's figures count as fresh on this plan. */
  freshForMs: number;
}

/** One refresh = one request per watched sector + the provider's index figure. */
export function refreshCost(sectors: number): number {
  return sectors + 1;
}

export function RequestCost({ sectors, plan, perMinute, freshForMs }: RequestCostProps) {
  const requests = refreshCost(sectors);
  const minutes = Math.max(1, Math.round(freshForMs / 60_000));
  const planName = plan === 'keyless' ? t('options_plan_keyless') : plan === 'demo' ? 'Demo' : 'Pro';
  const fits = requests <= perMinute * minutes;
  const fullRefreshMinutes = Math.ceil(requests / Math.max(1, perMinute));
  return (
    <p class="muted request-cost" data-sl-cost={requests}>
      {t('options_request_cost', formatNumber(sectors), formatNumber(requests), formatNumber(minutes), planName, formatNumber(perMinute))}{' '}
      {fits ? t('options_request_cost_fits', formatNumber(fullRefreshMinutes)) : t('options_request_cost_tight', formatNumber(fullRefreshMinutes))}
    </p>
  );
}
