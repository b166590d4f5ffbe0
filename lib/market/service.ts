/**
 * The background's market service: answers "views for these coin ids" from cache and CoinGecko,
 * and tests API keys for the options page. Settings and credentials are read on every request, so
 * a change in any context takes effect on the next one (and drops the client/limiter state).
 *
 * Requests per refresh (cold): one /coins/markets?category= per watched sector + /coins/categories,
 * then one /coins/markets?ids= (per 250) for tokens in no watched sector; /coins/{id} and
 * /coins/categories/list only when `otherSectors` is on. Warm (within TTL): none.
 */
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { Credentials } from '../settings/credentials';
import { sectorDisplayName } from '../model';
import type { Settings } from '../settings/schema';
import { categoryIdsForNames } from '../sectors/category-names';
import { buildDefaultApiBase, resolveApiBase } from './api-config';
import { CoinGeckoClient } from './client';
import { createConnections, type ConnectionOptions } from './connection';
import { asMarketError, MarketError } from './errors';
import { mostTellingError } from './errors-priority';
import type { MarketData } from './market-data';
import { sectorSummary, type AveragingSettings, type SectorData } from './sector-views';
import { buildTokenView, rowsFromSectors, type OtherSectors, type TokenRow } from './token-views';

export interface MarketServiceDeps extends ConnectionOptions {
  loadSettings: () => Promise<Settings>;
  loadCredentials: () => Promise<Credentials>;
}

export function createMarketService(deps: MarketServiceDeps) {
  const connections = createConnections(deps);

  async function getViews(request: RequestOf<'getViews'>): Promise<ResponseOf<'getViews'>> {
    const [settings, credentials] = await Promise.all([deps.loadSettings(), deps.loadCredentials()]);
    const { data } = connections.get(settings.apiBaseUrl, credentials);
    const averaging: AveragingSettings = { method: settings.averaging, leaveOneOut: settings.leaveOneOut, window: request.window ?? settings.window };
    const ids = [...new Set(request.coinIds)];
    const errors: MarketError[] = [];
    const failed = (error: unknown) => {
      errors.push(asMarketError(error));
      return undefined;
    };

    const [sectors, index] = await Promise.all([
      Promise.all([...new Set(settings.watchedSectors)].map((id) => watchedSector(data, id, settings, errors))),
      data.categoryIndex().catch(failed),
    ]);
    if (index?.error) errors.push(index.error);

    const tokens = rowsFromSectors(sectors);
    const outside = ids.filter((id) => !tokens.has(id));
    if (outside.length > 0) {
      const { reads, errors: rowErrors } = await data.coinRows(outside);
      errors.push(...rowErrors);
      for (const [id, read] of reads) {
        if (read.value) tokens.set(id, { row: read.value, fetchedAt: read.fetchedAt, stale: read.stale });
      }
    }
    const wantOthers = request.otherSectors ?? ids.length === 1;
    const others = wantOthers ? await otherSectorsOf(data, outside.filter((id) => tokens.has(id)), settings, errors) : new Map<string, OtherSectors>();

    const views = ids.flatMap((id) => {
      const token: TokenRow | undefined = tokens.get(id);
      return token ? [buildTokenView(token, sectors, others.get(id), averaging)] : [];
    });
    const summaries = sectors.map((sector) => sectorSummary(sector, averaging, index ? (index.value[sector.categoryId] ?? null) : undefined));
    const error = mostTellingError(errors);
    return { window: averaging.window, views, sectors: summaries, ...(error ? { error: error.toInfo() } : {}) };
  }

  /** /ping with the given plan and key, on the host that plan needs; never touches cache or limiter. */
  async function testApiKey(request: RequestOf<'testApiKey'>): Promise<ResponseOf<'testApiKey'>> {
    const key = request.key.trim();
    if (request.plan !== 'keyless' && key === '') {
      return { ok: false, error: { kind: 'unauthorized', message: 'Paste a key first.' } };
    }
    const settings = await deps.loadSettings();
    const baseUrl = resolveApiBase(request.baseUrl ?? settings.apiBaseUrl, request.plan, deps.buildDefaultBase ?? buildDefaultApiBase());
    const client = new CoinGeckoClient({ baseUrl, plan: request.plan, key, ...(deps.now ? { now: deps.now } : {}), ...deps.client });
    try {
      await client.ping();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: asMarketError(error).toInfo() };
    }
  }

  /** The connection for the current settings and key (the same one getViews uses). */
  async function currentData(): Promise<MarketData> {
    const [settings, credentials] = await Promise.all([deps.loadSettings(), deps.loadCredentials()]);
    return connections.get(settings.apiBaseUrl, credentials).data;
  }

  /** Rows for the daily lexicon rebuild, through the same governed connection as everything else. */
  async function lexiconSources() {
    return (await currentData()).lexiconSources();
  }

  /** Every CoinGecko category (cached a day, stale copy kept when a refresh fails). */
  async function categoriesList() {
    return (await (await currentData()).categoriesList()).value;
  }

  return { getViews, testApiKey, lexiconSources, categoriesList };
}
export type MarketService = ReturnType<typeof createMarketService>;

async function watchedSector(data: MarketData, categoryId: string, settings: Settings, errors: MarketError[]): Promise<SectorData> {
  const name = sectorDisplayName(categoryId, settings.customSectors);
  try {
    const read = await data.categoryRows(categoryId);
    if (read.error) errors.push(read.error);
    return { categoryId, name, rows: read.value, fetchedAt: read.fetchedAt, stale: read.stale };
  } catch (error) {
    errors.push(asMarketError(error));
    return { categoryId, name, rows: null, fetchedAt: null, stale: true };
  }
}

/** Sectors of tokens outside every watched sector, from /coins/{id} names mapped through the list. */
async function otherSectorsOf(data: MarketData, coinIds: readonly string[], settings: Settings, errors: MarketError[]): Promise<Map<string, OtherSectors>> {
  const result = new Map<string, OtherSectors>();
  if (coinIds.length === 0) return result;
  let list;
  try {
    list = await data.categoriesList();
    if (list.error) errors.push(list.error);
  } catch (error) {
    errors.push(asMarketError(error));
    return result;
  }
  const coingeckoNames = new Map(list.value.map((entry) => [entry.category_id, entry.name]));
  await Promise.all(
    coinIds.map(async (coinId) => {
      try {
        const read = await data.coinCategoryNames(coinId);
        if (read.error) errors.push(read.error);
        const categoryIds = categoryIdsForNames(read.value, list.value);
        const names = new Map(categoryIds.map((id) => [id, sectorDisplayName(id, settings.customSectors, coingeckoNames)]));
        result.set(coinId, { categoryIds, names, fetchedAt: read.fetchedAt, stale: read.stale });
      } catch (error) {
        errors.push(asMarketError(error));
      }
    }),
  );
  return result;
}
