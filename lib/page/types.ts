import type { MentionForm } from '../model';

/** What the page layer knows about one mention in one text node. */
export interface PageMention {
  coinId: string;
  /** Upper-case symbol as the reader knows it (ATH). */
  symbol: string;
  /** Offsets into the text node's data. */
  start: number;
  end: number;
  form: MentionForm;
  /** Other coins the same words could mean ("not this one?"). */
  alternatives?: readonly string[];
}

/**
 * The page layer's view of the detector: text in, mentions out. lib/page/detector.ts holds a
 * stand-in; lib/detect plugs in behind this interface. The optional members have safe defaults.
 */
export interface PageDetector {
  /** Learn page-wide bindings ("Aethir (ATH)") from texts before detecting in them. */
  learn(texts: readonly string[]): void;
  detect(text: string): PageMention[];
  /** Display label for a coin id ("Aethir (ATH)"), when known. */
  label(coinId: string): string | undefined;
  /** The reader's chosen coin per symbol ({ ATH: "aethir" }); honoured from the next detect call. */
  setPins?(pins: Readonly<Record<string, string>>): void;
  /**
   * Longest mention, in characters, the detector can return. Huge text nodes are detected in
   * overlapping windows, and the overlap must be at least this long (default 128).
   */
  readonly maxMentionLength?: number;
  /** True when the last detect() left candidates the detector is still resolving (long tail). */
  hadPending?(): boolean;
}
