/**
 * Spans where nothing is a mention: URLs ("example.com/markets/eth-price"), e-mail addresses
 * ("press@solana-example.org") and @handles ("@solana" is an account, not the coin).
 * Each kind is found from a literal anchor ("://", "www.", "@", ".com/") with indexOf, then
 * widened by hand: one pass per anchor instead of a regex that tries every position.
 */
export type Range = readonly [start: number, end: number];

const TLD_BEFORE_SLASH = /\.(?:com|org|net|io|xyz|co|fi|finance|app|ai|gg|me|news|info|exchange)$/i;
const isUrlChar = (char: string | undefined): boolean => char !== undefined && !/[\s<>"'()[\]]/.test(char);
const isHostChar = (char: string | undefined): boolean => char !== undefined && /[\w.+-]/.test(char);

export function excludedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const urlFrom = (start: number): void => {
    let end = start;
    while (isUrlChar(text[end])) end++;
    ranges.push([start, end]);
  };
  for (const anchor of ['://', 'www.']) {
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + anchor.length)) {
      let start = at;
      while (start > 0 && /[a-z]/i.test(text[start - 1] ?? '')) start--;
      urlFrom(start);
    }
  }
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isHostChar(text[start - 1])) start--;
    let end = at + 1;
    while (isHostChar(text[end])) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // "write to a@b.com." ends the sentence
    ranges.push([start, end]);
  }
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) {
    let start = at;
    while (start > 0 && isHostChar(text[start - 1])) start--;
    if (start < at && TLD_BEFORE_SLASH.test(text.slice(start, at))) {
      urlFrom(start);
    }
  }
  return mergeSorted(ranges);
}

function mergeSorted(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
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
