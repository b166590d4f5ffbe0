/**
 * Spans where nothing is a mention: URLs ("example.com/markets/eth-price"), e-mail addresses
 * ("press@solana-example.org") and @handles ("@solana" is an account, not the coin).
 * One combined pattern, one pass over the text.
 */
const EXCLUDED = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"'()\[\]]+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?<![\w@])@\w+`,
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|xyz|co|fi|finance|app|ai|gg|me|news|info|exchange)\/[^\s<>"']*`,
  ].join('|'),
  'giu',
);

export type Range = readonly [start: number, end: number];

export function excludedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(EXCLUDED)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** Walks sorted ranges alongside sorted positions: amortised O(1) per question. */
export function createRangeCursor(ranges: readonly Range[]): (start: number, end: number) => boolean {
  let index = 0;
  return (start, end) => {
    while (index < ranges.length && (ranges[index]?.[1] ?? 0) <= start) index++;
    const range = ranges[index];
    return range !== undefined && range[0] < end;
  };
}
