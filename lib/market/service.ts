/**
 * The background's market service: answers "views for these coin ids" by need, and tests API keys
 * for the options page. Settings and credentials are read on every request, so a change in any
 * context takes effect on the next one.
 *
 * Requests by need (lib/market/README.md): a hover asks for the sectors its coin belongs to
 * (known from membership.ts without asking) at the front of the queue; the popup asks for its
 * coins' sectors next, and for the chart's other sectors and the provider's index figure as
 * background work. A coin in no watched sector costs one ids request (per 250); a coin whose
 * sectors we do not know costs its categories (/coins/{id}, a day) on hover, never on the popup.
 */
import { sectorDisplayName } from '../model';
import type { MarketErrorInfo } from '../messaging/views';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { Credentials } from '../settings/credentials';
import type { Settings } from '../settings/schema';
import { categoryIdsForNames } from '../sectors/category-names';
import { createConnections, type ConnectionOptions } from './connection';
import { asMarketError, MarketError } from './errors';
import { mostTellingError } from './errors-priority';
import type { Figure, MarketData, Need } from './market-data';
import { SERIES_REACH_MS, sinceMeasure, windowMeasure } from './measures';
import type { Membership } from './membership';
import { createCoinGeckoProvider } from './providers/coingecko/provider';
import { buildDefaultApiBase, resolveApiBase } from './providers/coingecko/hosts';
import { sectorSummary, type AveragingSettings, type SectorData } from './sector-views';
import { buildTokenView, rowFromSectors, type OtherSectors, type TokenRow } from './token-views';

export interface MarketServiceDeps extends ConnectionOptions {
  loadSettings: () => Promise<Settings>;
  loadCredentials: () => Promise<Credentials>;
}

export function createMarketService(deps: MarketServiceDeps) {
  const connections = createConnections(deps);
  const now = deps.now ?? Date.now;

  async function getViews(request: RequestOf<'getViews'>): Promise<ResponseOf<'getViews'>> {
    const [settings, credentials] = await Promise.all([deps.loadSettings(), deps.loadCredentials()]);
    const { data, provider } = connections.get(settings.apiBaseUrl, credentials);
    const averaging: AveragingSettings = {
      method: settings.averaging,
      leaveOneOut: settings.leaveOneOut,
      measure: request.window === 'since' && request.publishedAt !== undefined ? sinceMeasure(request.publishedAt) : windowMeasure(request.window === 'since' || request.window === undefined ? settings.window : request.window),
      ...(request.publishedAt !== undefined ? { publishedAt: request.publishedAt } : {}),
    };
    const ids = [...new Set(request.coinIds)];
    const priority = request.need ?? (ids.length === 1 ? 'hover' : 'popup');
    const series = request.series === true || needsSeries(request.publishedAt, now());
    const need: Need = { priority, ...(series ? { series: true } : {}) };
    const watched = [...new Set(settings.watchedSectors)];
    const nameOf = (categoryId: string, names?: ReadonlyMap<string, string>) => sectorDisplayName(categoryId, settings.customSectors, names);

    // 1. Which watched sectors each coin is in, without asking where we can.
    const membership = new Map<string, Map<string, Membership>>();
    await Promise.all(ids.map(async (id) => membership.set(id, await deps.membership.of(id, watched))));
    const wantOthers = request.otherSectors ?? priority === 'hover';
    const others = new Map<string, OtherSectors>();
    const otherErrors: MarketError[] = [];
    const unknownCoins = ids.filter((id) => [...membership.get(id)!.values()].some((state) => state === 'unknown'));
    const outsideCoins = ids.filter((id) => [...membership.get(id)!.values()].every((state) => state === 'no'));
    // The last resort, on hover only: the provider's own list of the coin's categories.
    const askCategories = priority === 'hover' ? [...new Set([...unknownCoins, ...(wantOthers ? outsideCoins : [])])] : [];
    if (askCategories.length > 0) {
      const list = await data.categoryList(need);
      if (list.error) otherErrors.push(list.error);
      const providerNames = new Map((list.value ?? []).map((entry) => [entry.id, entry.name]));
      await Promise.all(
        askCategories.map(async (coinId) => {
          const names = await data.coinCategoryNames(coinId, need);
          if (names.error) otherErrors.push(names.error);
          if (!names.value || !list.value) return;
          const categoryIds = categoryIdsForNames(
            names.value,
            list.value.map((entry) => ({ category_id: entry.id, name: entry.name })),
          );
          const states = membership.get(coinId)!;
          for (const categoryId of watched) if (states.get(categoryId) === 'unknown') states.set(categoryId, categoryIds.includes(categoryId) ? 'yes' : 'no');
          others.set(coinId, { categoryIds, names: new Map(categoryIds.map((id) => [id, nameOf(id, providerNames)])), fetchedAt: names.fetchedAt, stale: names.stale });
        }),
      );
    }

    // 2. The sectors the coins need, at the caller's priority; on the popup, the chart's other
    //    sectors (and coins' sectors we still cannot tell) as background work.
    const needed = new Set<string>();
    const doubtful = new Set<string>();
    for (const id of ids) {
      for (const [categoryId, state] of membership.get(id)!) {
        if (state === 'yes') needed.add(categoryId);
        if (state === 'unknown') doubtful.add(categoryId);
      }
    }
    const background: Need = { priority: 'background', ...(series ? { series: true } : {}) };
    const chart = priority === 'popup' ? watched : [];
    const sectorIds = watched.filter((id) => needed.has(id) || doubtful.has(id) || chart.includes(id));
    const [sectors, index] = await Promise.all([
      Promise.all(sectorIds.map((id) => sectorData(data, id, nameOf(id), needed.has(id) ? need : background))),
      priority === 'popup' ? data.categoryFigures() : Promise.resolve(undefined),
    ]);
    const sectorById = new Map(sectors.map((sector) => [sector.categoryId, sector]));

    // 3. Each coin's own row: from its sectors' answers, else one ids request for the rest.
    const tokens = new Map<string, TokenRow>();
    const rowless: string[] = [];
    for (const id of ids) {
      const states = membership.get(id)!;
      const own = watched.filter((categoryId) => states.get(categoryId) !== 'no').map((categoryId) => sectorById.get(categoryId)).filter((sector): sector is SectorData => sector !== undefined);
      const row = rowFromSectors(id, own);
      if (row) tokens.set(id, row);
      // Its sectors are on their way: the row comes with them, no extra request.
      else if (!own.some((sector) => sector.rows === null && states.get(sector.categoryId) === 'yes')) rowless.push(id);
    }
    const missingErrors = new Map<string, MarketErrorInfo | undefined>();
    if (rowless.length > 0) {
      const rows = await data.tokenRows(rowless, need);
      for (const [id, figure] of rows) {
        if (figure.value) tokens.set(id, { row: figure.value, fetchedAt: figure.fetchedAt, stale: figure.stale, ...(figure.error ? { error: figure.error.toInfo() } : {}) });
        else missingErrors.set(id, figure.error?.toInfo());
      }
    }

    // 4. Views, each figure with its own error; the answer's error is the most telling among them.
    const errors: MarketError[] = [...otherErrors];
    const views = ids.flatMap((id) => {
      const token = tokens.get(id);
      const states = membership.get(id)!;
      const mine = watched.filter((categoryId) => states.get(categoryId) === 'yes').map((categoryId) => sectorById.get(categoryId)!);
      if (!token) {
        // Not there yet: the reason is its sectors' (or its own ids request's).
        const reason = mostTellingError(mine.flatMap((sector) => (sector.error ? [sector.error] : [])).map(toError));
        missingErrors.set(id, missingErrors.get(id) ?? reason?.toInfo());
        return [];
      }
      const inRows = mine.filter((sector) => sector.rows === null || sector.rows.some((row) => row.id === id) || others.get(id)?.categoryIds.includes(sector.categoryId));
      if (token.error) errors.push(toError(token.error));
      for (const sector of inRows) if (sector.error) errors.push(toError(sector.error));
      return [buildTokenView(token, inRows, wantOthers ? others.get(id) : undefined, averaging)];
    });
    for (const [, error] of missingErrors) if (error) errors.push(toError(error));
    const summaries = sectors
      .filter((sector) => watched.includes(sector.categoryId))
      .map((sector) => sectorSummary(sector, averaging, index?.value ? (index.value[sector.categoryId] ?? null) : undefined));
    const error = mostTellingError(errors);
    const retryAts = [
      ...sectors.map((sector) => sector.error?.retryAt),
      ...views.map((view) => view.error?.retryAt),
      ...[...missingErrors.values()].map((info) => info?.retryAt),
      // The popup's index figure is background work: ask again for it too when it is on its way.
      index && !index.value ? index.error?.details.retryAt : undefined,
    ].filter(
      (at): at is number => at !== undefined,
    );
    const missing = ids.filter((id) => !tokens.has(id)).map((coinId) => ({ coinId, ...(missingErrors.get(coinId) ? { error: missingErrors.get(coinId)! } : {}) }));
    return {
      window: averaging.measure.window,
      views,
      sectors: summaries,
      source: provider.name,
      ...(missing.length > 0 ? { missing } : {}),
      ...(error ? { error: error.toInfo() } : {}),
      ...(retryAts.length > 0 ? { retryAt: Math.max(now(), Math.min(...retryAts)) } : {}),
    };
  }

  /** /ping with the given plan and key, on the host that plan needs; never touches cache or budget. */
  async function testApiKey(request: RequestOf<'testApiKey'>): Promise<ResponseOf<'testApiKey'>> {
    const key = request.key.trim();
    if (request.plan !== 'keyless' && key === '') {
      return { ok: false, error: { kind: 'unauthorized', message: 'Paste a key first.' } };
    }
    const settings = await deps.loadSettings();
    const baseUrl = resolveApiBase(request.baseUrl ?? settings.apiBaseUrl, request.plan, deps.buildDefaultBase ?? buildDefaultApiBase());
    const provider = createCoinGeckoProvider({ baseUrl, plan: request.plan, key, ...(deps.now ? { now: deps.now } : {}), ...deps.client });
    try {
      await provider.ping();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: asMarketError(error).toInfo() };
    }
  }

  /** The connection for the current settings and key (the same one getViews uses). */
  async function current() {
    const [settings, credentials] = await Promise.all([deps.loadSettings(), deps.loadCredentials()]);
    return connections.get(settings.apiBaseUrl, credentials);
  }

  /** Rows for the daily lexicon rebuild: background work, through the same budget as everything else. */
  async function lexiconSources() {
    return (await current()).data.lexiconSources();
  }

  /** Every provider category (cached a day, stale copy kept when a refresh fails). */
  async function categoriesList() {
    const figure = await (await current()).data.categoryList({ priority: 'popup' });
    if (figure.value) return figure.value;
    throw figure.error ?? asMarketError(new Error('No category list'));
  }

  /** What the options page shows next to watched sectors: the plan's budget and the refresh cost. */
  async function budget(): Promise<ResponseOf<'getBudget'>> {
    const [settings, connection] = await Promise.all([deps.loadSettings(), current()]);
    const { scheduler, data, plan } = connection;
    await scheduler.budget.ready;
    return {
      plan,
      perMinute: scheduler.budget.perMinute,
      adaptive: scheduler.budget.plan.adaptive,
      sectors: new Set(settings.watchedSectors).size,
      sectorsFreshForMs: data.fresh.sectorRows,
      ...(scheduler.budget.pausedUntil > now() ? { pausedUntil: scheduler.budget.pausedUntil } : {}),
    };
  }

  return { getViews, testApiKey, lexiconSources, categoriesList, budget };
}
export type MarketService = ReturnType<typeof createMarketService>;

async function sectorData(data: MarketData, categoryId: string, name: string, need: Need): Promise<SectorData> {
  try {
    const figure: Figure<SectorData['rows']> = await data.sectorRows(categoryId, need);
    return { categoryId, name, rows: figure.value, fetchedAt: figure.fetchedAt, stale: figure.stale, ...(figure.error ? { error: figure.error.toInfo() } : {}) };
  } catch (error) {
    return { categoryId, name, rows: null, fetchedAt: null, stale: true, error: asMarketError(error).toInfo() };
  }
}

/**
 * The hourly series is asked for only when a figure needs it: a page published within the
 * series' reach (7 days). An older page gets "older than the series" without the larger answer;
 * an undated page never asks.
 */
export function needsSeries(publishedAt: number | undefined, now: number): boolean {
  return publishedAt !== undefined && publishedAt >= now - SERIES_REACH_MS;
}

function toError(info: MarketErrorInfo): MarketError {
  return MarketError.fromInfo(info);
}
