/**
 * Questions about the text around a token. Each looks at a bounded window, so the detector
 * stays linear in the text length.
 */
import { Phrase } from './phrase';

// The regular expressions that list words are table data (tables/phrase-patterns.ts). The
// exported ones are asked `.testAt(text, end)` by their callers: one-line wrappers cost news.js bytes.
/** True when the words right after the token report a price move. */
export const PRICE_MOVE_AFTER = new Phrase('priceMoveAfter');
/** True when a market verb follows the word (weaker than a move with a figure). */
export const PRICE_VERB_AFTER = new Phrase('priceVerbAfter');
const LIST_GAP = new Phrase('listGap');
/** "ONE tokens", "NOT token": the ticker names a token outright (callers ask `.testAt(text, end)`:
 * a one-line wrapper cost news.js bytes). */
export const TOKEN_NOUN_AFTER = new Phrase('tokenNounAfter');
/** True when the words after a name define it as a crypto asset or chain. */
export const DEFINITION_AFTER = new Phrase('definitionAfter');
const APPOSITIVE_AFTER = new Phrase('appositiveAfter');
const GLOSS_AFTER = new Phrase('glossAfter');

const SENTENCE_OPENING = new Phrase('sentenceOpening');

/**
 * The text from `span` characters before `at` (or its start) up to `end`, `at` unless given: the
 * window a phrase is asked on before a token. One helper for the detector's many
 * `text.slice(Math.max(0, at - span), end)` (news.js bytes; lib/page/README.md, the byte table).
 */
export const textBefore = (text: string, at: number, span: number, end = at): string => text.slice(Math.max(0, at - span), end);

/** True when the token begins a sentence, a line or the text: its capital proves nothing. */
export function isSentenceStart(text: string, start: number): boolean {
  return SENTENCE_OPENING.testAt(text, start);
}

/** True when most letters near the token are capitals ("SEC APPROVES SPOT ETH ETFS — MOVE …"). */
export function isShouting(text: string, start: number, end: number): boolean {
  let upper = 0;
  let letters = 0;
  const to = Math.min(text.length, end + 40);
  // The 40 characters either side of the token, by code: no slices, no strings per character.
  for (let i = Math.max(0, start - 40); i < to; i++) {
    if (i === start) {
      i = end; // skip the token itself
      if (i >= to) break;
    }
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code < 97 || code > 122) continue;
    // A small letter: once every character still to read could be a capital and the capitals
    // would still be at most four times the small letters, the ratio cannot pass (running text
    // stops here after a few words instead of reading all 80 characters).
    else if (upper + to - i - 1 <= 4 * (letters + 1 - upper)) return false;
    letters++;
  }
  return letters >= 12 && upper / letters > 0.8;
}

/** True in a Title Case line ("Bitcoin Trades Near Record High as Investors Render Verdict"):
 * of the words of four or more letters within 120 characters on the token's line, at least
 * three in four are capitalised (and there are at least four). One pass, nothing allocated. */
export function isTitleCase(text: string, start: number, end: number, line?: { readonly lineStart: number; readonly lineEnd: number }): boolean {
  let from = start;
  let to = end;
  if (line) {
    // The caller knows the token's line (the scanner fills its words line by line): no search.
    from = Math.max(line.lineStart, start - 120);
    to = Math.min(line.lineEnd, end + 120);
  } else {
    while (from > 0 && start - from < 120 && text.charCodeAt(from - 1) !== 10) from--;
    while (to < text.length && to - end < 120 && text.charCodeAt(to) !== 10) to++;
  }
  let words = 0;
  let capitalised = 0;
  let run = 0;
  let firstUpper = false;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32;
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 128 && isNonAsciiLetter(text, i));
    if (letter) {
      if (run === 0) firstUpper = (code >= 65 && code <= 90) || (code >= 128 && text[i] !== text[i]?.toLowerCase());
      run++;
      continue;
    }
    if (run >= 4) {
      words++;
      if (firstUpper) capitalised++;
      // Three in four capitalised means capitalised >= 3 × the others. The rest of the window
      // holds at most one more word per five characters (four letters and a separator): once
      // even all of them capitalised cannot make up the count, running prose stops here.
      else if (3 * (words - capitalised) > capitalised + Math.floor((to - i) / 5)) return false;
    }
    run = 0;
  }
  return words >= 4 && capitalised / words >= 0.75;
}

const NON_ASCII_LETTER = new Phrase('letter');
const isNonAsciiLetter = (text: string, i: number): boolean => NON_ASCII_LETTER.pattern.test(text[i] ?? '');

/**
 * True when two spans (`a` before `b`) are neighbours in a list ("Render, Akash and Bittensor"),
 * or rows of a table scraped to lines: each alone on its line and followed by its amount line
 * ("Tezos⏎232 million⏎Waves⏎16 million"), so a name/value table, not a list of words ("Bitcoin⏎21
 * million⏎Jupiter⏎778 million km" leaves Jupiter a planet).
 */
export function isListGap(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a.end, b.start);
  // Before `a`, a line break or the text's start (charCodeAt gives NaN there: no comparison holds).
  // `b` starts the line right after `a`'s amount lines, and its own amount lines follow it.
  return (gap.length <= 8 && LIST_GAP.pattern.test(gap)) || (!(text.charCodeAt(a.start - 1) > 13) && ROW_AMOUNTS.testAt(text, a.end) && ROW_AMOUNTS.pattern.lastIndex === b.start && ROW_AMOUNTS.testAt(text, b.end));
}

type Span = { readonly start: number; readonly end: number };
const ROW_AMOUNTS = new Phrase('rowAmountsAfter');

// "SOL $126.60", "SOL: $126", "SOL at $0.42", "SOL$126.60" (a price widget); "ZRO +8.1%".
const PRICE_AFTER = new Phrase('priceAfter');
const SIGNED_PERCENT_AFTER = new Phrase('signedPercentAfter');

/**
 * True when a price or a signed percentage is written right after the ticker. With `gluedOnly`
 * only "SYM$1.23": what an acronym needs, since "a new ATH above $111,000" quotes the record.
 */
export function isQuoteAfter(text: string, end: number, gluedOnly = false): boolean {
  const next = text.charCodeAt(end);
  if (gluedOnly) return next === 36 && isDigitAt(text, end + 1);
  // Only ' ', ':', '=', '$', '+', '-', '−' can begin a quote: most words end at another character.
  if (next !== 32 && next !== 58 && next !== 61 && next !== 36 && next !== 43 && next !== 45 && next !== 0x2212) return false;
  return PRICE_AFTER.testAt(text, end) || SIGNED_PERCENT_AFTER.testAt(text, end);
}

/**
 * "…4.35%S$0.50…": a ticker glued between the previous quote's percentage and its own price,
 * as price widgets leave it in scraped text. Strong enough even for one-letter tickers.
 */
export function isWidgetQuote(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return text.charCodeAt(end) === 36 /* $ */ && isDigitAt(text, end + 1) && (before === 37 /* % */ || (before >= 48 && before <= 57));
}

/** /\d/ on text[index]. */
function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** The words of an appositive right after a ticker, or null ("ATH, the all-time high" → "all-time high"). */
export function appositiveAfter(text: string, end: number): string[] | null {
  const next = text.charCodeAt(end);
  if (next !== 44 /* , */ && !(next === 32 && text.charCodeAt(end + 1) === 40) /* " (" */) return null;
  const pattern = APPOSITIVE_AFTER.pattern;
  pattern.lastIndex = end;
  const match = pattern.exec(text);
  return match?.[1] ? match[1].split(/\s+/) : null;
}

/** True for the reversed form "SYM (Name)": a name in brackets right after the ticker. */
export function isGlossAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next !== 40 && !(next === 32 && text.charCodeAt(end + 1) === 40)) return false;
  return GLOSS_AFTER.testAt(text, end);
}
