import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { DEFAULT_SITES, defaultSiteMatches } from '../../../lib/sites/default-sites';

describe('default news sites table', () => {
  it.each(defaultSiteMatches())('%s is a valid, specific match pattern', (pattern) => {
    expect(() => new MatchPattern(pattern)).not.toThrow();
    expect(pattern).not.toMatch(/^(\*|<all_urls>)|:\/\/\*\/|:\/\/\*\.\*/);
    expect(pattern.startsWith('https://')).toBe(true);
  });

  it('has unique names and patterns', () => {
    expect(new Set(DEFAULT_SITES.map((site) => site.name)).size).toBe(DEFAULT_SITES.length);
    expect(new Set(defaultSiteMatches()).size).toBe(defaultSiteMatches().length);
  });

  it.each([
    ['https://www.coindesk.com/markets/2025/08/28/story', true],
    ['https://cointelegraph.com/news/some-story', true],
    ['https://x.com/someone/status/1', true],
    ['https://www.binance.com/en/square/post/123', true],
    ['https://www.binance.com/en/trade/BTC_USDT', false],
    ['https://example.com/', false],
  ])('%s matched: %s', (url, expected) => {
    const matched = defaultSiteMatches().some((pattern) => new MatchPattern(pattern).includes(url));
    expect(matched).toBe(expected);
  });
});
