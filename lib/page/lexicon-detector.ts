/**
 * The page's detector: lib/detect over the compact lexicon the background sent, with one page
 * context for the whole document (so "Aethir (ATH)" above licenses a later bare "ATH"), the
 * reader's pins, and strong-form candidates outside the compact lexicon resolved by the
 * background's long tail in batches.
 */
import { collectBindings, createPageContext, findMentions, type Lexicon, type SymbolPins, type UnresolvedCandidate } from '../detect/page-api';
import type { PageDetector, PageMention } from './types';

export interface LongTailCoin {
  coinId: string;
  symbol: string;
}
/** `date`: the page's (YYYY-MM-DD), for tickers whose listed holder changed over the years. */
export type LongTailLookup = (candidates: Omit<UnresolvedCandidate, 'start' | 'end'>[], date?: string) => Promise<(LongTailCoin | null)[]>;

export interface LexiconDetector extends PageDetector {
  /** True when the last detect() left candidates waiting for the background. */
  hadPending(): boolean;
  /** New pins: a fresh page context (the caller re-learns and re-detects what is indexed). */
  setPins(pins: SymbolPins): void;
  /** The page's publication date (YYYY-MM-DD; undefined: today): renamed tickers follow it.
   * A fresh page context, like setPins (the caller re-learns and re-detects). */
  setDate(date: string | undefined): void;
}

const BATCH_DELAY_MS = 60;

function candidateKey(candidate: Omit<UnresolvedCandidate, 'start' | 'end'>): string {
  return `${candidate.form}|${candidate.symbol ?? ''}|${candidate.nameHint ?? ''}`;
}

export interface LexiconDetectorOptions {
  /** The page's publication date, YYYY-MM-DD (the since-published reader's); default today. */
  date?: string;
}

export function createLexiconDetector(lexicon: Lexicon, initialPins: SymbolPins, lookup: LongTailLookup, onResolved: () => void, options: LexiconDetectorOptions = {}): LexiconDetector {
  let pins = initialPins;
  let date = options.date;
  const context = () => createPageContext(date === undefined ? { pins } : { pins, date });
  let page = context();
  const resolved = new Map<string, LongTailCoin | null>();
  const waiting = new Map<string, Omit<UnresolvedCandidate, 'start' | 'end'>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHadPending = false;

  const flush = async () => {
    timer = undefined;
    const batch = [...waiting.entries()].slice(0, 500);
    for (const [key] of batch) waiting.delete(key);
    try {
      const coins = await lookup(batch.map(([, candidate]) => candidate), date);
      batch.forEach(([key], i) => resolved.set(key, coins[i] ?? null));
    } catch {
      // The background is unavailable: treat as unresolved for this page view rather than retrying in a loop.
      for (const [key] of batch) resolved.set(key, null);
    }
    if (waiting.size > 0) timer = setTimeout(() => void flush(), BATCH_DELAY_MS);
    if (batch.some(([key]) => resolved.get(key))) onResolved();
  };

  return {
    learn(texts) {
      for (const text of texts) collectBindings(page, text, lexicon);
    },
    detect(text) {
      const { mentions, unresolved } = findMentions(text, lexicon, page);
      lastHadPending = false;
      // The detector's own mention objects are the page's (no copy per mention: the 1 MB article
      // holds ~7,000); a copy of the list only when long-tail coins join it.
      if (unresolved.length === 0) return mentions;
      const out: PageMention[] = [...mentions];
      for (const candidate of unresolved) {
        const { start, end, ...shape } = candidate;
        const key = candidateKey(shape);
        const coin = resolved.get(key);
        if (coin) out.push({ coinId: coin.coinId, symbol: coin.symbol, start, end, form: candidate.form });
        else if (coin === undefined) {
          lastHadPending = true;
          waiting.set(key, shape);
          timer ??= setTimeout(() => void flush(), BATCH_DELAY_MS);
        }
      }
      if (out.length > 1) out.sort((a, b) => a.start - b.start);
      return out;
    },
    label(coinId) {
      const coin = lexicon.coins.get(coinId);
      return coin ? `${coin.name} (${coin.symbol})` : undefined;
    },
    hadPending: () => lastHadPending,
    setPins(next) {
      pins = next;
      page = context();
    },
    setDate(next) {
      date = next;
      // A ticker's listed holder follows the date (long-tail/listed-holders.ts): ask again.
      resolved.clear();
      page = context();
    },
  };
}
