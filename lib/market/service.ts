/**
 * The background's answer to "views for these coin ids". Skeleton: token moves from
 * /coins/markets?ids=…, cached in memory for the endpoint's TTL. (Sectors, storage-backed cache
 * and rate limiting are layered on in lib/market and lib/sectors.)
 */
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { CoinGeckoClient } from './client';
import { asMarketError } from './errors';
import type { MarketRow } from './schemas';
import { tokenView } from './views';

const MARKETS_TTL_MS = 60_000;

export interface MarketServiceDeps {
  client: () => Promise<CoinGeckoClient>;
  settings: () => Promise<Settings>;
  now?: () => number;
}

export function createMarketService(deps: MarketServiceDeps) {
  const now = deps.now ?? Date.now;
  const rows = new Map<string, { row: MarketRow; at: number }>();

  async function getViews(request: RequestOf<'getViews'>): Promise<ResponseOf<'getViews'>> {
    const settings = await deps.settings();
    const window = request.window ?? settings.window;
    const ids = [...new Set(request.coinIds)];
    const missing = ids.filter((id) => {
      const cached = rows.get(id);
      return !cached || now() - cached.at > MARKETS_TTL_MS;
    });
    let error: ResponseOf<'getViews'>['error'];
    if (missing.length > 0) {
      try {
        const client = await deps.client();
        for (let i = 0; i < missing.length; i += 250) {
          const fetched = await client.marketsByIds(missing.slice(i, i + 250), ['1h', '24h', '7d']);
          const at = now();
          for (const row of fetched) rows.set(row.id, { row, at });
        }
      } catch (caught) {
        error = asMarketError(caught).toInfo();
      }
    }
    const views = ids.flatMap((id) => {
      const cached = rows.get(id);
      if (!cached) return [];
      return [tokenView(cached.row, window, cached.at, now() - cached.at > MARKETS_TTL_MS)];
    });
    return { window, views, sectors: [], ...(error ? { error } : {}) };
  }

  return { getViews };
}
export type MarketService = ReturnType<typeof createMarketService>;
