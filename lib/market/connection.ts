/**
 * The provider, budget, scheduler and cache for the current base URL + credentials. A changed key
 * or plan gets a new provider and budget (a pause earned by a refused key must not outlive it); a
 * changed base URL also gets a new cache, since its data comes from somewhere else. Budgets are
 * persisted per base URL and plan, so the pause a 429 announced survives a worker restart.
 */
import type { Credentials } from '../settings/credentials';
import type { CacheStore } from './cache-store';
import { MarketCache } from './market-cache';
import { createMarketData, ROOMY_FROM_PER_MINUTE, type MarketData } from './market-data';
import type { MembershipService } from './membership';
import type { MarketProvider } from './provider';
import { createCoinGeckoProvider } from './providers/coingecko/provider';
import type { ClientConfig } from './providers/coingecko/client';
import { resolveApiBase } from './providers/coingecko/hosts';
import { PLAN_BUDGETS } from './providers/coingecko/plans';
import { RequestBudget, type BudgetStore } from './request-budget';
import { RequestScheduler } from './request-scheduler';

export interface ConnectionOptions {
  store: CacheStore;
  /** Where each connection's budget (window, pause, adapted limit) is kept. */
  budgetStore: (id: string) => BudgetStore;
  membership: MembershipService;
  now?: () => number;
  /** The build's default base URL; tests point it at the fake server. */
  buildDefaultBase?: string;
  client?: Pick<ClientConfig, 'timeoutMs' | 'fetch'>;
  random?: () => number;
}

export interface ActiveConnection {
  baseUrl: string;
  plan: Credentials['plan'];
  provider: MarketProvider;
  scheduler: RequestScheduler;
  data: MarketData;
}

export function createConnections(options: ConnectionOptions) {
  let current: (ActiveConnection & { fingerprint: string; cache: MarketCache }) | undefined;

  return {
    /** The connection for these settings, reused while nothing that matters changed. */
    get(apiBaseUrl: string, credentials: Credentials): ActiveConnection {
      const baseUrl = resolveApiBase(apiBaseUrl, credentials.plan, options.buildDefaultBase);
      const fingerprint = JSON.stringify([baseUrl, credentials.plan, credentials.key]);
      if (current?.fingerprint === fingerprint) return current;
      const now = options.now ?? Date.now;
      const cache = current?.baseUrl === baseUrl ? current.cache : new MarketCache({ store: options.store, source: baseUrl, now });
      const provider = createCoinGeckoProvider({ baseUrl, plan: credentials.plan, key: credentials.key, now, ...options.client });
      const plan = PLAN_BUDGETS[credentials.plan];
      const budget = new RequestBudget(plan, options.budgetStore(`${baseUrl}|${credentials.plan}`), now);
      const scheduler = new RequestScheduler({ budget, now, ...(options.random ? { random: options.random } : {}) });
      const headroom = plan.perMinute >= ROOMY_FROM_PER_MINUTE ? 'roomy' : 'tight';
      const data = createMarketData({ provider, scheduler, cache, membership: options.membership, headroom, now });
      current = { fingerprint, baseUrl, plan: credentials.plan, cache, provider, scheduler, data };
      return current;
    },
  };
}
