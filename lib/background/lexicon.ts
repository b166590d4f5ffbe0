/**
 * The detection lexicon, held by the background: the compact per-tab lexicon (sent to each
 * content script on request, so tabs always get the freshest without bundling it) and the full
 * /coins/list long tail, loaded only when a tab first asks to resolve a strong-form candidate.
 */
import { compactLexiconSchema, parseLongTail, resolveLongTail, type CompactLexicon, type ListRowInput, type LongTailIndex, type MarketRowInput } from '../detect';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { pageTables } from './page-tables';
import { newerLexicon, rebuildLexicon, refreshDue, type StoredLexicon } from './lexicon-refresh';

const MAX_ALTERNATIVES = 8;

export interface LexiconServiceDeps {
  /** Reads a bundled asset from public/ (e.g. 'data/lexicon-top.json') as JSON. */
  readAsset: (path: string) => Promise<unknown>;
  /** The daily rebuild kept in storage, and where to keep a new one. */
  loadStored: () => Promise<StoredLexicon | null>;
  saveStored: (value: StoredLexicon) => Promise<void>;
  /** Fresh rows from the market API (5 governed requests). */
  fetchSources: () => Promise<{ markets: MarketRowInput[]; list: ListRowInput[] }>;
  /** Other daily work that rides on the rebuild (the sector-membership snapshot). */
  afterRebuild?: () => Promise<void>;
  now?: () => number;
}

export function createLexiconService(deps: LexiconServiceDeps) {
  const now = deps.now ?? Date.now;
  let longTail: Promise<LongTailIndex> | undefined;
  let snapshot: Promise<CompactLexicon> | undefined;
  let refreshing: Promise<boolean> | undefined;
  const shipped = () => (snapshot ??= deps.readAsset('data/lexicon-top.json').then((json) => compactLexiconSchema.parse(json)));
  // The stored rebuild is ~1 MB with its long tail: read and validated once per worker life, not
  // on every tab that asks for the lexicon. This service is the only writer, so it stays current.
  let stored: Promise<StoredLexicon | null> | undefined;
  const loadStored = () => (stored ??= deps.loadStored().catch(() => null));

  async function getLexicon(): Promise<ResponseOf<'getLexicon'>> {
    return { lexicon: newerLexicon(await loadStored(), await shipped()), tables: pageTables() };
  }

  /** Rebuild from the live API when a day has passed; one at a time. Returns whether it rebuilt. */
  function refreshIfDue(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        if (!refreshDue(await loadStored(), now())) return false;
        const built = rebuildLexicon(await deps.fetchSources(), await shipped(), now());
        const value = { builtAt: now(), ...built };
        await deps.saveStored(value);
        stored = Promise.resolve(value);
        longTail = undefined;
        await deps.afterRebuild?.().catch(() => undefined);
        return true;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  const longTailIndex = () =>
    (longTail ??= loadStored().then((rebuilt) => (rebuilt ? parseLongTail(rebuilt.longTail) : deps.readAsset('data/coins-long-tail.json').then(parseLongTail))));

  /** Every coin sharing a ticker, ranked coins first, copies of other chains' coins left out. */
  async function alternatives(request: RequestOf<'listAlternatives'>): Promise<ResponseOf<'listAlternatives'>> {
    const holders = (await longTailIndex()).bySymbol.get(request.symbol.toUpperCase()) ?? [];
    const coins = holders
      .filter((coin) => !coin.derivative)
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      .slice(0, MAX_ALTERNATIVES)
      .map((coin) => ({ coinId: coin.id, symbol: coin.symbol, name: coin.name.slice(0, 200) }));
    return { coins };
  }

  async function resolve(request: RequestOf<'resolveLongTail'>): Promise<ResponseOf<'resolveLongTail'>> {
    const index = await longTailIndex();
    const coins = request.candidates.map((candidate) => {
      const [mention] = resolveLongTail(
        [{ symbol: candidate.symbol, form: candidate.form, start: 0, end: 0, ...(candidate.nameHint !== undefined ? { nameHint: candidate.nameHint } : {}) }],
        index,
        request.date,
      );
      return mention ? { coinId: mention.coinId, symbol: mention.symbol } : null;
    });
    return { coins };
  }

  return { getLexicon, resolve, alternatives, refreshIfDue };
}
