import type { MentionForm, StrongForm } from '../model';

export type { MentionForm, StrongForm };

export interface Mention {
  coinId: string;
  /** Upper-case ticker of the resolved coin (the current one when a renamed ticker was written). */
  symbol: string;
  /** JavaScript string indices into the scanned text: text.slice(start, end) is the mention. */
  start: number;
  end: number;
  form: MentionForm;
  /** 0..1: how sure the detector is that this is the coin (not a word, not another coin). */
  confidence: number;
  /** Other coin ids the same text could mean, best first, for a "not this one?" choice. */
  alternatives?: string[];
}

/**
 * A strong-form mention whose coin is not in the compact (per-tab) lexicon. The background
 * resolves it against the full /coins/list with `resolveLongTail`.
 */
export interface UnresolvedCandidate {
  /** Upper-case ticker as written, or null for a name-only candidate. */
  symbol: string | null;
  /** Words written before "(SYM)", or the project name of a name-only candidate. */
  nameHint?: string;
  start: number;
  end: number;
  form: StrongForm;
}

export interface DetectionResult {
  mentions: Mention[];
  unresolved: UnresolvedCandidate[];
}

/** The user's choice per ticker ("ATH" → "aethir"), from the "not this one?" UI. */
export type SymbolPins = Readonly<Record<string, string>>;

/** How strictly a name must be written to count: "any-case" ("bitcoin"), "capitalized"
 * ("Tether", "Internet Computer"), "needs-context" ("Render", "Near": ordinary words),
 * "company" ("Ripple": the firm, unless the text lists or quotes it among coins). */
export type NamePolicy = 'any-case' | 'capitalized' | 'needs-context' | 'company';
