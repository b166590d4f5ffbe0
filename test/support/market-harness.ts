/**
 * A market service wired to the in-process fake CoinGecko, with settings and credentials the test
 * can change, a hand-moved clock, instant backoff sleeps and a short client timeout.
 */
import type { CacheStore } from '../../lib/market/cache-store';
import { memoryCacheStore } from '../../lib/market/cache-store';
import { createMarketService } from '../../lib/market/service';
import type { Credentials } from '../../lib/settings/credentials';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { fakeClock } from './fake-clock';
import type { FakeCoinGecko } from './fake-coingecko';

export interface HarnessOptions {
  settings?: Partial<Settings>;
  credentials?: Credentials;
  store?: CacheStore;
  clock?: ReturnType<typeof fakeClock>;
  timeoutMs?: number;
}

export function marketHarness(server: FakeCoinGecko, options: HarnessOptions = {}) {
  const clock = options.clock ?? fakeClock();
  const state = {
    settings: { ...defaultSettings(), ...options.settings },
    credentials: options.credentials ?? ({ plan: 'keyless', key: '' } as Credentials),
  };
  const store = options.store ?? memoryCacheStore();
  const service = createMarketService({
    loadSettings: async () => state.settings,
    loadCredentials: async () => state.credentials,
    store,
    now: clock.now,
    buildDefaultBase: server.apiBase,
    client: { timeoutMs: options.timeoutMs ?? 300 },
    governor: { sleep: clock.sleep, random: () => 0.5 },
    graceMs: 2_000,
  });
  return { service, clock, state, store };
}

/** Requests the fake server received, as "path?category|ids" lines, for readable assertions. */
export function describeRequests(server: FakeCoinGecko): string[] {
  return server.requests.map((request) => {
    const detail = request.query.category ?? request.query.ids;
    return detail ? `${request.path} ${detail}` : request.path;
  });
}
