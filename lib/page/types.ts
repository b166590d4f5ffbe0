/** What the page layer knows about one mention in one text node. */
export interface PageMention {
  coinId: string;
  /** Upper-case symbol as the reader knows it (ATH). */
  symbol: string;
  /** Offsets into the text node's data. */
  start: number;
  end: number;
  form: string;
  /** Other coins the same words could mean ("not this one?"). */
  alternatives?: readonly string[];
}

/** The page layer's view of the detector: text in, mentions out (lib/page/detector.ts adapts lib/detect). */
export interface PageDetector {
  /** Learn page-wide bindings ("Aethir (ATH)") from texts before detecting in them. */
  learn(texts: readonly string[]): void;
  detect(text: string): PageMention[];
  /** Display label for a coin id ("Aethir (ATH)"), when known. */
  label(coinId: string): string | undefined;
}
