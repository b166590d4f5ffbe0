/**
 * Every word the reader sees goes through here: `t(key, …)` for a message, `tn(key, count, …)` for
 * one that depends on a number ("1 mention", "2 mentions"), and the `format…` helpers for numbers,
 * dates and durations written the way the reader's language writes them (Intl).
 *
 * Not localised on purpose: the signed figures of lib/format (`+3.41%`, `+8.89 pp`) — they are
 * the product's stable hooks and read the same in every language, like the tickers beside them.
 * Sentences for screen readers spell figures out in the reader's language instead (lib/i18n/speech).
 */
import { browserCatalog, type Catalog } from './catalog';
import type { MessageKey, PluralKey } from './keys';

export type { MessageKey, PluralKey } from './keys';
export { catalogFromMessages, type Catalog, type MessagesFile } from './catalog';

let catalog: Catalog | undefined;

/** Tests (and the screenshot tool) read a chosen messages.json instead of the browser's. */
export function useCatalog(next: Catalog | undefined): void {
  catalog = next;
  locale = undefined;
  plurals = undefined;
}

function active(): Catalog {
  return (catalog ??= browserCatalog());
}

type Substitution = string | number;

function text(value: Substitution): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** The message for `key`; the key itself if the catalog lacks it (visible, never a blank). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return active().getMessage(key, substitutions.map(text)) || key;
}

let plurals: Intl.PluralRules | undefined;

/**
 * A message that depends on `count`: `<key>_one`, `<key>_other` … chosen by the plural rules of the
 * catalog's language; `$1` is the count written in that language, further substitutions follow.
 */
export function tn(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const values = [formatNumber(count), ...substitutions.map(text)];
  const chosen = active().getMessage(`${key}_${plurals.select(count)}`, values);
  return chosen || active().getMessage(`${key}_other`, values) || key;
}

let locale: string | undefined;

/**
 * The BCP 47 tag of the catalog in use (its `intl_locale` message), not of the browser: a browser
 * in French reads the English catalog, and its numbers and dates should then be English too.
 */
export function uiLocale(): string {
  if (locale) return locale;
  const tag = active().getMessage('intl_locale');
  try {
    locale = Intl.getCanonicalLocales(tag || 'en')[0] ?? 'en';
  } catch {
    locale = 'en';
  }
  return locale;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

/** A date and time for a tooltip ("27 Nov 2026, 13:05"). */
export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "3 minutes ago", "in 40 seconds" in the reader's language: `seconds` < 0 is the past. */
export function formatRelative(seconds: number): string {
  const format = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'always' });
  const abs = Math.abs(seconds);
  const sign = seconds < 0 ? -1 : 1;
  if (abs < 90) return format.format(sign * Math.round(abs), 'second');
  const minutes = Math.round(abs / 60);
  if (minutes < 60) return format.format(sign * minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(sign * hours, 'hour');
  return format.format(sign * Math.round(hours / 24), 'day');
}
