/**
 * The client, governor and cache for the current base URL + credentials. A changed key or plan
 * gets a new client and governor (a pause earned by a refused key must not outlive it); a changed
 * base URL also gets a new cache, since its data comes from somewhere else.
 */
import type { Credentials } from '../settings/credentials';
import { PLAN_BUDGETS, resolveApiBase } from './api-config';
import { CoinGeckoClient, type ClientConfig } from './client';
import type { CacheStore } from './cache-store';
import { MarketCache } from './market-cache';
import { createMarketData, type MarketData } from './market-data';
import { RequestGovernor, type GovernorOptions } from './request-governor';

export interface ConnectionOptions {
  store: CacheStore;
  now?: () => number;
  /** The build's default base URL; tests point it at the fake server. */
  buildDefaultBase?: string;
  client?: Pick<ClientConfig, 'timeoutMs' | 'fetch'>;
  governor?: Partial<GovernorOptions>;
  /** How long a stale read waits for its refresh before answering with the stale value. */
  graceMs?: number;
}

export interface ActiveConnection {
  baseUrl: string;
  plan: Credentials['plan'];
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
      const cache =
        current?.baseUrl === baseUrl
          ? current.cache
          : new MarketCache({ store: options.store, source: baseUrl, ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}), ...(options.now ? { now: options.now } : {}) });
      const now = options.now ?? Date.now;
      const client = new CoinGeckoClient({ baseUrl, plan: credentials.plan, key: credentials.key, now, ...options.client });
      const governor = new RequestGovernor({ budget: PLAN_BUDGETS[credentials.plan], now, ...options.governor });
      current = { fingerprint, baseUrl, plan: credentials.plan, cache, data: createMarketData({ client, governor, cache }) };
      return current;
    },
  };
}
