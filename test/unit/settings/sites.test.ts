import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../../lib/sites/default-sites';
import { defaultSiteFor, defaultSiteHosts, isSiteOrigin, originMatchPattern, siteOriginOf } from '../../../lib/settings/sites';

describe('site origins', () => {
  it.each([
    ['https://example.com', true],
    ['http://127.0.0.1:8080', true],
    ['https://example.com/', false],
    ['https://example.com/path', false],
    ['https://*.example.com', false],
    ['<all_urls>', false],
    ['ftp://example.com', false],
    ['https://user@example.com', false],
  ])('%s is an origin: %s', (value, expected) => {
    expect(isSiteOrigin(value)).toBe(expected);
  });

  it.each([
    ['https://news.example.com/a/b?c#d', 'https://news.example.com'],
    ['http://localhost:5173/pages/x.html', 'http://localhost:5173'],
    ['chrome://extensions', null],
    ['chrome-extension://abc/popup.html', null],
    ['about:blank', null],
    [undefined, null],
  ])('the site of %s is %s', (url, origin) => {
    expect(siteOriginOf(url)).toBe(origin);
  });

  it('covers an origin with a pattern a browser accepts (no port)', () => {
    expect(originMatchPattern('http://localhost:5173')).toBe('http://localhost/*');
    expect(originMatchPattern('https://news.example.com')).toBe('https://news.example.com/*');
  });

  it('finds the default site of a URL and its hosts', () => {
    expect(defaultSiteFor('https://www.coindesk.com/markets/x')?.name).toBe('CoinDesk');
    expect(defaultSiteFor('https://example.com/')).toBeUndefined();
    const gate = DEFAULT_SITES.find((site) => site.name === 'Gate');
    expect(gate && defaultSiteHosts(gate)).toEqual(['www.gate.com', 'www.gate.io']);
  });
});
