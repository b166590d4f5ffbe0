/**
 * Spans where nothing is a mention: URLs ("example.com/markets/eth-price"), e-mail addresses
 * ("press@solana-example.org"), @handles ("@solana" is an account, not the coin), names joined
 * by an underscore ("ada_love") and Reddit's "r/bitcoin", "u/ethereum".
 * Each kind is found from a literal anchor ("://", "www.", "@", ".com/") with indexOf, then
 * widened by hand: one pass per anchor instead of a regex that tries every position.
 */
import { Phrase } from './phrase';
import { isAsciiLetterAt } from './word-shape';

export type Range = readonly [start: number, end: number];

const TLD_BEFORE_SLASH = new Phrase('tldBeforeSlash');
const URL_CHARS = new Phrase('urlChars');

/** /[\w.+-]/ on text[index]; false outside the text. */
export function isHostCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 43 || code === 45;
}

/** A URL from `start` to the first white space, angle bracket, quote, bracket or parenthesis. */
function urlFrom(text: string, start: number, ranges: Range[]): void {
  ranges.push([start, URL_CHARS.testAt(text, start) ? URL_CHARS.pattern.lastIndex : start]);
}

/** What a text with no URL, address or handle in it returns (most text nodes): nothing allocated. */
const NO_RANGES: readonly Range[] = [];
const URL_ANCHORS: readonly string[] = ['://', 'www.'];
const HANDLE_ANCHORS: readonly string[] = ['@', '_'];

export function excludedRanges(text: string): readonly Range[] {
  // Index loops throughout: this runs for every text node of a page, mostly before V8 has
  // optimised it, where for-of and destructuring allocate per step.
  let ranges: Range[] | null = null;
  for (let k = 0; k < URL_ANCHORS.length; k++) {
    const anchor = URL_ANCHORS[k] as string;
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + anchor.length)) {
      let start = at;
      while (start > 0 && isAsciiLetterAt(text, start - 1)) start--;
      urlFrom(text, start, (ranges ??= []));
    }
  }
  for (let k = 0; k < HANDLE_ANCHORS.length; k++) {
    const anchor = HANDLE_ANCHORS[k] as string;
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) {
      let start = at;
      while (start > 0 && isHostCharAt(text, start - 1)) start--;
      let end = at + 1;
      while (isHostCharAt(text, end)) end++;
      while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--; // "write to a@b.com." ends the sentence
      // "ada_love", "cardano_fan": a small letter joined to a word by "_" is a handle or an
      // identifier. Never a pair ("SOL_USDT") or markdown's "_Bitcoin_" (no word on both sides).
      if (anchor === '@' || (text.charCodeAt(at - 1) - 97 >>> 0 < 26 && isHostCharAt(text, at + 1))) (ranges ??= []).push([start, end]);
    }
  }
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) {
    let start = at;
    while (start > 0 && isHostCharAt(text, start - 1)) start--;
    // "SOL/USDT" has no dot before its slash, so no top-level domain: no slice, no regex.
    if (start < at && text.lastIndexOf('.', at - 1) >= start && TLD_BEFORE_SLASH.pattern.test(text.slice(start, at))) {
      urlFrom(text, start, (ranges ??= []));
    } else if (start === at - 1 && (text.charCodeAt(start) === 114 || text.charCodeAt(start) === 117) && isAsciiLetterAt(text, at + 1)) {
      // "r/bitcoin", "/u/ethereum": a subreddit or a Reddit user, named like an @handle.
      let end = at + 1;
      while (isHostCharAt(text, end) && text.charCodeAt(end) !== 46) end++;
      (ranges ??= []).push([start, end]);
    }
  }
  return ranges === null ? NO_RANGES : mergeSorted(ranges);
}

function mergeSorted(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k] as Range;
    const start = range[0];
    const end = range[1];
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const NOTHING_EXCLUDED = (): boolean => false;

/** Walks sorted ranges alongside sorted positions: amortised O(1) per question. */
export function createRangeCursor(ranges: readonly Range[]): (start: number, end: number) => boolean {
  if (ranges.length === 0) return NOTHING_EXCLUDED;
  let index = 0;
  return (start, end) => {
    while (index < ranges.length && (ranges[index]?.[1] ?? 0) <= start) index++;
    const range = ranges[index];
    return range !== undefined && range[0] < end;
  };
}
