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
  priceAfter: boolean;
  /** A market verb follows without a figure ("Render jumped"). */
  priceVerbAfter: boolean;
  functionWordAfter: boolean;
  hyphenAfter: boolean;
  sentenceStart: boolean;
  titleCase: boolean;
}

