/**
 * The daily lexicon rebuild: fresh ranks from /coins/markets and ids from /coins/list, through
 * lib/detect's own builder, stored in storage.local. Detection uses whichever lexicon is newer,
 * this one or the snapshot shipped with the extension.
 */
import * as z from 'zod/mini';
import { buildLexicon, compactLexiconSchema, compactLongTailSchema, ordinaryWordsOf, type BuiltLexicon, type CompactLexicon, type ListRowInput, type MarketRowInput } from '../detect';
import { NOTABLE_LONG_TAIL_IDS } from '../detect/lexicon/notable-long-tail';
import { STORAGE_KEYS } from '../storage/keys';
import { storedItem } from '../storage/stored-item';

export const REFRESH_EVERY_MS = 24 * 60 * 60 * 1000;

const StoredLexiconSchema = z.object({ builtAt: z.number(), top: compactLexiconSchema, longTail: compactLongTailSchema });
export type StoredLexicon = z.infer<typeof StoredLexiconSchema>;

/** The stored rebuild, or null when there is none or it is unreadable (it is then rebuilt). */
const lexiconItem = storedItem<StoredLexicon | null, StoredLexicon>(STORAGE_KEYS.lexicon, {
  parse: (raw) => {
    const parsed = StoredLexiconSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
});

export const loadStoredLexicon = (): Promise<StoredLexicon | null> => lexiconItem.get();
export const saveStoredLexicon = (value: StoredLexicon): Promise<void> => lexiconItem.set(value);

/** Pure: fresh API rows + the shipped snapshot (for its word classes) → a new lexicon. */
export function rebuildLexicon(sources: { markets: readonly MarketRowInput[]; list: readonly ListRowInput[] }, snapshot: CompactLexicon, now: number): BuiltLexicon {
  return buildLexicon({
    markets: [sources.markets],
    list: sources.list,
    notableIds: NOTABLE_LONG_TAIL_IDS,
    isOrdinaryWord: ordinaryWordsOf(snapshot),
    dataDate: new Date(now).toISOString().slice(0, 10),
    sources: ['CoinGecko /coins/markets (top by market cap)', 'CoinGecko /coins/list'],
  });
}

/** True when a rebuild is due: none stored, or the stored one is a day old. */
export function refreshDue(stored: StoredLexicon | null, now: number): boolean {
  return stored === null || now - stored.builtAt >= REFRESH_EVERY_MS;
}

/** The newer of the stored rebuild and the shipped snapshot (ISO dates compare as strings). */
export function newerLexicon(stored: StoredLexicon | null, snapshot: CompactLexicon): CompactLexicon {
  return stored && stored.top.dataDate >= snapshot.dataDate ? stored.top : snapshot;
}
