/**
 * How numbers are written everywhere in the UI (DESIGN.md "Stable hooks": moves and averages as
 * signed percentages with two decimals, outperformance as signed percentage points).
 */

function signed(value: number, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits);
  // -0.001 rounds to "0.00": show it unsigned rather than "−0.00".
  if (Number(fixed) === 0) return `+${fixed}`;
  return `${value < 0 ? '-' : '+'}${fixed}`;
}

/** +3.41% — hyphen-minus so that tests and screen readers read a plain sign. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${signed(value, 2)}%`;
}

/** +8.89 pp */
export function formatPp(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${signed(value, 2)} pp`;
}

export function formatPrice(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 4 : 8;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** "just now", "3 min ago", "2 h ago", "4 d ago". */
export function formatAge(asOf: number | null | undefined, now: number = Date.now()): string {
  if (asOf === null || asOf === undefined) return 'no data';
  const seconds = Math.max(0, Math.round((now - asOf) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/** "in 40 s", "in 3 min" — for "retrying …". */
export function formatIn(at: number, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  return `in ${Math.ceil(seconds / 60)} min`;
}


const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "50 h ago" up to a week, then "12 days ago" (hours are what the hourly series counts in). */
export function formatAgo(at: number, now: number = Date.now()): string {
  const ms = Math.max(0, now - at);
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / 60_000))} min ago`;
  if (ms < 7 * DAY) return `${Math.round(ms / HOUR)} h ago`;
  const days = Math.round(ms / DAY);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

/**
 * When a page was published, in the reader's own time zone: "Tue 14:00, 50 h ago"; a week or more
 * back the date too ("Mon 18 Aug 14:00, 10 days ago"). `timeZone` is for tests.
 */
export function formatPublished(at: number, now: number = Date.now(), timeZone?: string): string {
  const zone = timeZone ? { timeZone } : {};
  const date = new Date(at);
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', ...zone });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
  const day = now - at >= 6 * DAY ? ` ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...zone })}` : '';
  return `${weekday}${day} ${time}, ${formatAgo(at, now)}`;
}

/** "7 days" for a series span. */
export function formatSpan(ms: number): string {
  const days = Math.round(ms / DAY);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
  return `${Math.round(ms / HOUR)} h`;
}
