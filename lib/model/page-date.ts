/**
 * The page's publication time as the extension side reads it. The content script only gathers the
 * candidate strings from the page's markup (lib/page/published-time.ts) and sends them with a
 * message it sends anyway (the lexicon request; the popup's page request): parsing them here, in
 * the background, popup and card, keeps this parser out of the script every tab runs.
 *
 * A date string from a page's markup → epoch ms, or null for anything we cannot read without
 * guessing. Pages write dates as ISO 8601 (`2025-08-26T14:00:00+02:00`, `…Z`, `…+0200`), with a
 * space instead of the T (sailthru.date: `2025-08-26 14:00:00`), as RFC 2822 (`Tue, 26 Aug 2025
 * 14:00:00 -0400`), or as a bare day (DC.date.issued: `2025-08-26`). Not accepted: words
 * ("yesterday", "2 hours ago"), locale formats (`08/26/2025` is 26 August or 8 February),
 * impossible dates (2025-02-30), years before 2000, and times in the future.
 */

/** When the page gives no zone, UTC (what parsely-pub-date and sailthru.date specify). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;
const RFC_2822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Pages whose clock is a little ahead of ours are not lying; a day ahead is a wrong zone or a placeholder. */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
const EARLIEST = Date.UTC(2000, 0, 1);
/** Long enough for any real timestamp; a longer "date" is something else. */
const MAX_LENGTH = 64;

export interface PageDate {
  at: number;
  /** 'day' when the page gave a date without a time of day (taken as 00:00 UTC). */
  precision: 'minute' | 'day';
}

export function parsePageDate(raw: string | null | undefined, now: number): PageDate | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > MAX_LENGTH) return null;
  const parsed = parseIso(text) ?? parseRfc2822(text);
  if (!parsed || parsed.at < EARLIEST || parsed.at > now + FUTURE_TOLERANCE_MS) return null;
  return parsed;
}

function parseIso(text: string): PageDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const local = utc(Number(y), Number(mo), Number(d), h === undefined ? 0 : Number(h), mi === undefined ? 0 : Number(mi), s === undefined ? 0 : Number(s), ms);
  if (local === null) return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  return { at: local - offset * 60_000, precision: h === undefined ? 'day' : 'minute' };
}

function parseRfc2822(text: string): PageDate | null {
  const m = RFC_2822.exec(text);
  if (!m) return null;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
  if (month === 0) return null;
  const local = utc(Number(y), month, Number(d), Number(h), Number(mi), s === undefined ? 0 : Number(s), 0);
  const offset = zoneOffsetMinutes(zone);
  if (local === null || offset === null) return null;
  return { at: local - offset * 60_000, precision: 'minute' };
}

/** Date.UTC, but null for fields out of range (Date.UTC would roll 2025-02-30 over to March 2). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const at = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return new Date(at).getUTCDate() === day ? at : null;
}

/** "+02:00", "+0200", "+02", "Z", "GMT" → minutes east of UTC; absent → 0; out of range → null. */
function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || /^(z|ut|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * What the page side may send: at most this many candidates, each at most this long (a longer
 * value is no date: MAX_LENGTH after trimming), so a hostile page cannot make a message huge.
 */
export const MAX_PUBLISHED_CANDIDATES = 100;
export const MAX_CANDIDATE_CHARS = 200;

/** The first candidate that is a readable, not-future date (candidates strongest source first). */
export function firstPageDate(candidates: readonly string[], now: number): (PageDate & { index: number }) | null {
  for (let index = 0; index < candidates.length; index++) {
    const date = parsePageDate(candidates[index], now);
    if (date) return { ...date, index };
  }
  return null;
}

/** `{ publishedAt }` for the first readable candidate, `{}` without one (a reply's optional field). */
export function publishedAtOf(candidates: readonly string[] | undefined, now: number): { publishedAt?: number } {
  const date = candidates ? firstPageDate(candidates, now) : null;
  return date ? { publishedAt: date.at } : {};
}
