/**
 * One huge text node (a 10 MB log, a pasted dump) must not be detected in one call: that call
 * alone would hold the main thread for seconds. It is cut into overlapping windows; each window
 * owns the mentions that *start* in its owned stretch, so a mention on a seam is found whole by
 * exactly one window, and every owned start has `context` characters of real text on both
 * sides (word-boundary rules never see an artificial string edge).
 */
export interface TextWindow {
  /** Slice of the text handed to the detector. */
  start: number;
  end: number;
  /** Mentions starting in [ownFrom, ownTo) belong to this window. */
  ownFrom: number;
  ownTo: number;
}

export interface WindowOptions {
  /** Characters per window. */
  size: number;
  /** Longest possible mention. */
  maxMention: number;
  /** Characters of context kept on each side of the owned stretch. */
  context: number;
}

export const DEFAULT_WINDOW: WindowOptions = { size: 32_768, maxMention: 128, context: 64 };

export function textWindows(length: number, { size, maxMention, context }: WindowOptions = DEFAULT_WINDOW): TextWindow[] {
  if (length <= size) return [{ start: 0, end: length, ownFrom: 0, ownTo: length }];
  const owned = size - 2 * context - maxMention;
  if (owned <= 0) throw new RangeError('window too small for its overlap');
  const windows: TextWindow[] = [];
  for (let ownFrom = 0; ownFrom < length; ownFrom += owned) {
    const ownTo = Math.min(length, ownFrom + owned);
    windows.push({ start: Math.max(0, ownFrom - context), end: Math.min(length, ownTo + maxMention + context), ownFrom, ownTo });
  }
  return windows;
}

/** Mentions of one window, shifted to whole-text offsets and kept only when the window owns them. */
export function ownedMentions<M extends { start: number; end: number }>(window: TextWindow, found: readonly M[]): M[] {
  const kept: M[] = [];
  for (const mention of found) {
    const start = mention.start + window.start;
    if (start < window.ownFrom || start >= window.ownTo) continue;
    kept.push({ ...mention, start, end: mention.end + window.start });
  }
  return kept;
}
