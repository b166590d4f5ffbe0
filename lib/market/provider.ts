/**
 * The seam between Sector Lens and a market-data provider. Everything above this file (cache,
 * scheduler, views) speaks these neutral types; a provider folder under providers/ turns its own
 * API into them. A second provider (another API, a self-hosted proxy with another shape) is one
 * folder implementing MarketProvider and passing test/unit/market/provider-contract.ts.
 * Failures are thrown as MarketError (errors.ts) with a neutral kind and, when known, retryAt.
 */
import { z } from 'zod';

const num = z.number().finite();

/** One coin's market figures, whatever the provider calls them. */
export const QuoteRowSchema = z.object({
  id: z.string().min(1),
  symbol: z.string(),
  name: z.string(),
  image: z.string().optional(),
  /** USD. */
  price: num.nullable(),
  marketCap: num.nullable(),
  marketCapRank: z.number().int().nullable(),
  /** Percentage move by window (USD), null when the provider has no figure for it. */
  moves: z.object({ '1h': num.nullable(), '24h': num.nullable(), '7d': num.nullable() }),
  /** Hourly prices for the last 7 days, oldest first, the last point at `updatedAt`; only when asked for `series`. */
  hourly7d: z.array(num).optional(),
  /** When the provider last updated this row (epoch ms); null when it does not say. */
  updatedAt: num.nullable(),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

/** A provider's own figure for a whole category (CoinGecko: market-cap change 24h, %). */
export interface CategoryFigure {
  id: string;
  name: string;
  change24h: number | null;
}

export const CategoryEntrySchema = z.object({ id: z.string().min(1), name: z.string() });
export type CategoryEntry = z.infer<typeof CategoryEntrySchema>;

export interface CoinEntry {
  id: string;
  symbol: string;
  name: string;
}

export interface QuoteOptions {
  /** Also return each row's hourly 7-day series (larger answers; same request count). */
  series?: boolean;
}

export interface MarketProvider {
  /** Shown to readers ("Data: CoinGecko"). */
  readonly name: string;
  /** A category answer holds at most this many rows (the largest by market cap). */
  readonly categoryPageSize: number;
  readonly maxIdsPerCall: number;
  /** The category's largest coins by market cap, up to categoryPageSize. */
  categoryQuotes(categoryId: string, options?: QuoteOptions): Promise<QuoteRow[]>;
  /** Rows for explicit ids (≤ maxIdsPerCall); unknown ids are simply absent. */
  quotesByIds(ids: readonly string[], options?: QuoteOptions): Promise<QuoteRow[]>;
  /** The whole market by market cap, one page of categoryPageSize (the lexicon's rebuild). */
  topQuotes(page: number): Promise<QuoteRow[]>;
  coinList(): Promise<CoinEntry[]>;
  categoryFigures(): Promise<CategoryFigure[]>;
  categoryList(): Promise<CategoryEntry[]>;
  /** The category display names the provider files a coin under (map with categoryList). */
  coinCategoryNames(coinId: string): Promise<string[]>;
  /** Cheapest request that proves host and key work. */
  ping(): Promise<void>;
  /** Where a reader can look the coin up. */
  coinPageUrl(coinId: string): string;
}
