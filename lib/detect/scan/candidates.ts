import type { LexiconCoin, NameEntry } from '../lexicon/compile-lexicon';

/** What one pass over the text finds, before page context decides what counts. */
export type Candidate =
  | { kind: 'name-symbol'; start: number; end: number; symbol: string; coin: LexiconCoin }
  | { kind: 'cashtag'; start: number; end: number; symbol: string }
  | { kind: 'pair'; start: number; end: number; symbol: string }
  /** `shouting` is asked only for tickers that are also words ("MOVE"); the rest is the verdict's. */
  | { kind: 'symbol'; start: number; end: number; symbol: string; mixedCase: boolean; shouting: boolean }
  | { kind: 'name'; start: number; end: number; entries: readonly NameEntry[]; evidence: NameEvidence }
  /** Strong forms the compact lexicon cannot resolve: for the background's long tail. */
  | { kind: 'long-tail'; start: number; end: number; form: 'name-symbol' | 'name'; symbol: string | null; nameHint: string; listed?: boolean }
  /** "(SYM)" spelled out as something else on this page: "all-time high (ATH)". No span. */
  | { kind: 'acronym'; start: number; end: number; symbol: string };

/** Facts about the words around an ordinary-word name ("Render", "Near"). */
export interface NameEvidence {
  cryptoNounAfter: boolean;
  chainPrepositionBefore: boolean;
  capitalisedWordAfter: boolean;
  capitalisedWordBefore: boolean;
  /** A price move or quote follows (PRICE_MOVE_AFTER). Not named after a phrase of the table, so
   * the content-script build may rename it (lib/build-page-bundle.ts RENAMED_FIELDS). */
  priceMoved: boolean;
  /** A market verb follows without a figure ("Render jumped"; PRICE_VERB_AFTER). */
  marketVerbAfter: boolean;
  functionWordAfter: boolean;
  hyphenAfter: boolean;
  sentenceStart: boolean;
  titleCase: boolean;
}

/** What a pass that found nothing returns: one shared, frozen array instead of a new one for each
 * text node of a page (most find nothing), allocated before V8 optimises the detector. Callers
 * only read what the passes return. */
export const NONE_FOUND: never[] = Object.freeze([]) as unknown as never[];

/**
 * Whether any candidate (or mention; both are spans in text order, never overlapping, so their
 * ends rise too) overlaps start..end: a binary search, not a pass over every span of a long text per
 * match (that pass made a 5 MB text quadratic: 7 % of the detector, measured).
 */
export function overlapsCandidate(candidates: readonly { readonly start: number; readonly end: number }[], start: number, end: number): boolean {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = candidates[low];
  return candidate !== undefined && candidate.start < end;
}
