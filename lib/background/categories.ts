/**
 * Every CoinGecko category, for the options page's "add any category". One list a day is plenty
 * (categories are added a few times a month); the request goes through the market service so
 * it carries the reader's key and base URL and waits its turn in the rate limiter.
 */
import { asMarketError } from '../market/errors';
import type { BackgroundHandlers } from '../messaging';
import type { ResponseOf } from '../messaging/protocol';
import type { CategoryEntry } from '../market/provider';

const LIST_TTL_MS = 24 * 60 * 60 * 1000;

export function createCategoryList(load: () => Promise<CategoryEntry[]>, now: () => number = Date.now) {
  let cached: { at: number; categories: { id: string; name: string }[] } | undefined;
  let inFlight: Promise<ResponseOf<'listCategories'>> | undefined;

  async function refresh(): Promise<ResponseOf<'listCategories'>> {
    try {
      const entries = await load();
      const categories = entries
        .map((entry) => ({ id: entry.id, name: entry.name.trim() || entry.id }))
        .sort((a, b) => a.name.localeCompare(b.name));
      cached = { at: now(), categories };
      return { categories };
    } catch (error) {
      // The last good list (if any) is still worth showing, with the reason it is old.
      return { categories: cached?.categories ?? [], error: asMarketError(error).toInfo() };
    }
  }

  return {
    list(): Promise<ResponseOf<'listCategories'>> {
      if (cached && now() - cached.at < LIST_TTL_MS) return Promise.resolve({ categories: cached.categories });
      inFlight ??= refresh().finally(() => (inFlight = undefined));
      return inFlight;
    },
  };
}

/** Background wiring: the list comes through the market service (the reader's base URL and key, its rate limiter and cache). */
export function startCategoryList(load: () => Promise<CategoryEntry[]>): Pick<BackgroundHandlers, 'listCategories'> {
  const categories = createCategoryList(load);
  return { listCategories: () => categories.list() };
}
