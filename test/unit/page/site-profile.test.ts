import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../../lib/sites/default-sites';
import { GENERIC_PROFILE, resolveSiteProfile, SITE_PROFILES, siteProfileName, siteScope } from '../../../lib/page/site-profile';
import { SITE_SCOPES } from '../../../lib/page/tables/site-scopes';
import { SKIPPED_TAGS } from '../../../lib/page/tables/skipped-tags';
import { CARD_HOST_TAG } from '../../../lib/page/skip-rules';
import { scanScopeOf } from '../../../lib/page/scan-scope';

describe('site profiles', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://x.com/someone/status/1', 'x'],
    ['https://mobile.x.com/home', 'x'],
    ['https://twitter.com/someone', 'x'],
    ['https://www.reddit.com/r/CryptoCurrency/comments/abc/title/', 'reddit'],
    ['https://old.reddit.com/r/CryptoMarkets/', 'reddit'],
    ['https://www.binance.com/en/square', 'binance-square'],
    ['https://www.binance.com/en/square/post/123', 'binance-square'],
    ['https://www.binance.com/square/hashtag/btc', 'binance-square'],
    ['https://www.binance.com/zh-CN/square/profile/x', 'binance-square'],
    ['https://www.binance.com/en/trade/BTC_USDT', 'generic'],
    ['https://www.binance.com/en/squared-away', 'generic'],
    ['https://notx.com/home', 'generic'],
    ['https://x.com.evil.example/home', 'generic'],
    ['https://www.coindesk.com/markets/story', 'generic'],
    ['not a url', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(siteProfileName(resolveSiteProfile(url))).toBe(id);
  });

  it('covers every default social site the content script runs on', () => {
    const social = DEFAULT_SITES.filter((site) => ['X', 'Reddit crypto', 'Binance Square'].includes(site.name));
    expect(social).toHaveLength(3);
    for (const site of social) {
      for (const pattern of site.matches) {
        // A concrete URL under the pattern: every wildcard filled in.
        const url = pattern.replace(/\*$/, '').replaceAll('*', 'en');
        expect(resolveSiteProfile(url), url).not.toBe(GENERIC_PROFILE);
      }
    }
  });

  it('is well-formed data: unique ids, non-empty selectors, a time selector inside each post', () => {
    const all = [GENERIC_PROFILE, ...SITE_PROFILES];
    expect(new Set(all.map(siteProfileName)).size).toBe(all.length);
    for (const profile of SITE_PROFILES) {
      expect(profile.hosts.length).toBeGreaterThan(0);
      const { roots, skip, siteCard } = siteScope(profile);
      expect(roots.length).toBeGreaterThan(0);
      for (const selector of [...roots, ...skip, profile.post?.container, profile.post?.time, siteCard]) {
        if (selector !== undefined) expect(selector.trim()).not.toBe('');
      }
    }
    // Selectors are checked for valid CSS in a real browser (test/e2e/site-pages.test.ts).
  });

  it('gives each site profile its own scope, by place, and the generic profile none', () => {
    expect(SITE_SCOPES).toHaveLength(SITE_PROFILES.length);
    SITE_PROFILES.forEach((profile, at) => expect(siteScope(profile)).toBe(SITE_SCOPES[at]));
    expect(siteScope(GENERIC_PROFILE)).toEqual({ roots: [], skip: [] });
    // The site card is X's cashtag links; Reddit and Binance Square have none.
    expect(SITE_PROFILES.map((profile) => siteScope(profile).siteCard !== undefined)).toEqual([true, false, false]);
    expect(siteScope(resolveSiteProfile('https://www.reddit.com/r/CryptoCurrency/')).skip).toContain('shreddit-composer');
  });

  it('skips our own card\'s host on every site (the shared skipped tags, sent with the lexicon)', () => {
    expect(SKIPPED_TAGS.has(CARD_HOST_TAG)).toBe(true);
    for (const tag of ['script', 'style', 'input', 'textarea', 'code', 'pre']) expect(SKIPPED_TAGS.has(tag), tag).toBe(true);
  });

  it('joins a profile into one skip and one root selector, none for the generic profile', () => {
    expect(scanScopeOf(GENERIC_PROFILE)).toEqual({ skipSelector: null, rootSelector: null, shadowRoots: true });
    const x = scanScopeOf(resolveSiteProfile('https://x.com/home'));
    expect(x.skipSelector).toContain('#layers');
    expect(x.rootSelector).toContain('[data-testid="primaryColumn"]');
  });
});
