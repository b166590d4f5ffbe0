import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromMessages, formatDateTime, formatNumber, formatRelative, t, tn, uiLocale, useCatalog } from '../../../lib/i18n';
import { formatEntry } from '../../../lib/i18n/catalog';
import { readLocale } from '../../support/locales';

const use = (name: string) => useCatalog(catalogFromMessages(readLocale(name)));

describe('message substitution (the browsers’ rules)', () => {
  it.each([
    [{ message: 'Hello $WHO$!', placeholders: { who: { content: '$1' } } }, ['Ana'], 'Hello Ana!'],
    [{ message: '$B$ after $a$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['one', 'two'], 'two after one'],
    [{ message: 'Costs $$5 for $X$', placeholders: { x: { content: '$1' } } }, ['you'], 'Costs $5 for you'],
    [{ message: 'Unknown $NOPE$ stays' }, [], 'Unknown $NOPE$ stays'],
    [{ message: 'Missing $X$.', placeholders: { x: { content: '$1' } } }, [], 'Missing .'],
  ])('%j with %j → %s', (entry, subs, expected) => expect(formatEntry(entry, subs)).toBe(expected));
});

describe('t and tn', () => {
  afterAll(() => use('en'));

  it('English: one and other', () => {
    use('en');
    expect(tn('badge_title', 1)).toBe('Sector Lens: 1 token on this page');
    expect(tn('badge_title', 2)).toBe('Sector Lens: 2 tokens on this page');
    expect(tn('badge_title', 1234)).toBe('Sector Lens: 1,234 tokens on this page');
    expect(t('ext_name')).toBe('Sector Lens');
  });

  it('Spanish writes the count the Spanish way; Japanese has one plural form', () => {
    use('es');
    expect(uiLocale()).toBe('es');
    expect(tn('badge_title', 1)).toBe('Sector Lens: 1 token en esta página');
    expect(tn('badge_title', 12345)).toBe('Sector Lens: 12.345 tokens en esta página');
    use('ja');
    expect(tn('badge_title', 1)).toBe(tn('badge_title', 5).replace('5', '1'));
  });

  it('numbers, dates and durations follow the catalog’s language, not the machine’s', () => {
    use('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatRelative(-180)).toBe('vor 3 Minuten');
    expect(formatDateTime(Date.UTC(2026, 10, 27, 13, 5))).toMatch(/27\.11\.2026/);
    use('en');
    expect(formatRelative(40)).toBe('in 40 seconds');
    expect(formatRelative(-5 * 3600)).toBe('5 hours ago');
  });

  it('an unknown key shows itself rather than a blank', () => {
    useCatalog({ getMessage: () => '' });
    expect(t('ext_name')).toBe('ext_name');
  });
});
