/**
 * How numbers are written everywhere in the UI (DESIGN.md "Stable hooks": moves and averages as
 * signed percentages with two decimals, outperformance as signed percentage points). Those two
 * stay ASCII in every language (lib/i18n/README.md); prices, ages and countdowns follow the
 * reader's language.
 */
import { formatNumber, formatRelative, t } from './i18n';

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

/** A USD price in the reader's number format ("$112,979", "112.979 US$", "$0.0322"). */
export function formatPrice(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 4 : 8;
  return formatNumber(value, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "just now", "3 minutes ago", "2 hours ago", "4 days ago" in the reader's language. */
export function formatAge(asOf: number | null | undefined, now: number = Date.now()): string {
  if (asOf === null || asOf === undefined) return t('age_no_data');
  const seconds = Math.max(0, Math.round((now - asOf) / 1000));
  if (seconds < 45) return t('age_just_now');
  return formatRelative(-seconds);
}

/** "in 40 seconds", "in 3 minutes" — for "retrying …". */
export function formatIn(at: number, now: number = Date.now()): string {
  return formatRelative(Math.max(0, Math.ceil((at - now) / 1000)));
}
