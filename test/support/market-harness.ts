/**
 * A market service wired to the fake CoinGecko, with settings and credentials the test can change,
 * a short client timeout, in-memory stores (budget, membership, cache) the test can keep across a
 * "restart", and the shipped membership snapshot read from public/.
 */
import { readFileSync } from 'node:fs';
import type { CacheStore } from '../../lib/market/cache-store';
import { memoryCacheStore } from '../../lib/market/cache-store';
import { createMembership, memoryMembershipStore, type MembershipStore } from '../../lib/market/membership';
import { memoryBudgetStore, type BudgetStore } from '../../lib/market/request-budget';
import { createMarketService } from '../../lib/market/service';
import type { Credentials } from '../../lib/settings/credentials';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { fakeClock } from './fake-clock';
import type { FakeCoinGecko } from './fake-coingecko';

export const SHIPPED_MEMBERSHIP = JSON.parse(readFileSync(new URL('../../public/data/sector-membership.json', import.meta.url), 'utf8')) as unknown;

export interface HarnessOptions {
  settings?: Partial<Settings>;
  credentials?: Credentials;
  store?: CacheStore;
  budgets?: Map<string, BudgetStore>;
  membershipStore?: MembershipStore;
  /** Without the shipped snapshot every coin's sectors are unknown. */
  shippedMembership?: unknown;
  timeoutMs?: number;
  /** A clock the test moves by hand (freshness, windows, pauses); timers stay real. */
  clock?: ReturnType<typeof fakeClock>;
  fetch?: typeof fetch;
}

export function marketHarness(server: Pick<FakeCoinGecko, 'apiBase'>, options: HarnessOptions = {}) {
  const clock = options.clock ?? fakeClock(Date.now());
  const state = {
    settings: { ...defaultSettings(), ...options.settings },
    credentials: options.credentials ?? ({ plan: 'keyless', key: '' } as Credentials),
  };
  const store = options.store ?? memoryCacheStore();
  const budgets = options.budgets ?? new Map<string, BudgetStore>();
  const membershipStore = options.membershipStore ?? memoryMembershipStore();
  const shipped = 'shippedMembership' in options ? options.shippedMembership : SHIPPED_MEMBERSHIP;
  const membership = createMembership({ store: membershipStore, readShipped: async () => shipped, now: clock.now });
  const service = createMarketService({
    loadSettings: async () => state.settings,
    loadCredentials: async () => state.credentials,
    store,
    budgetStore: (id) => {
      if (!budgets.has(id)) budgets.set(id, memoryBudgetStore());
      return budgets.get(id)!;
    },
    membership,
    buildDefaultBase: server.apiBase,
    client: { timeoutMs: options.timeoutMs ?? 300, ...(options.fetch ? { fetch: options.fetch } : {}) },
    random: () => 0.5,
    now: clock.now,
  });
  return { service, clock, state, store, budgets, membershipStore, membership };
}

/** Requests the fake server received, as "path?category|ids" lines, for readable assertions. */
export function describeRequests(server: Pick<FakeCoinGecko, 'requests'>): string[] {
  return server.requests.map((request) => {
    const detail = request.query.category ?? request.query.ids;
    return detail ? `${request.path} ${detail}` : request.path;
  });
}
