/**
 * The sites crypto readers spend their time on, as pages modelled on their structure
 * (test/fixtures/pages/x-timeline.html, reddit-thread.html, binance-square-feed.html), served at
 * the real sites' URLs through the browser's request routing so that the real content script
 * resolves the real site profile: new posts painted within 500 ms, nothing painted twice after a
 * re-render, skipped regions left alone, open shadow roots painted and styled, client-side
 * navigation dropping the old page's mentions and badge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-for-tests';
import { useExtension, type LoadedExtension } from './support/launch';
import { cardTooltip, highlightCount } from './support/page-helpers';
import { GENERIC_PROFILE, SITE_PROFILES, siteScope } from '../../lib/page/site-profile';

async function openAt(ext: LoadedExtension, url: string, fixture: string): Promise<Page> {
  const body = readFileSync(join(ROOT, 'test/fixtures/pages', fixture), 'utf8');
  const origin = new URL(url).origin;
  await ext.context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('sector-lens')?.size ?? 0) > 0, null, { timeout: 15_000 });
  return page;
}

interface Painted {
  text: string;
  /** Selectors (from the list asked about) the painted text sits inside, across shadow roots. */
  inside: string[];
  inShadow: boolean;
  key: string;
}

/** Every painted range, where it sits, read from the page's own world (the registry is shared). */
function painted(page: Page, selectors: string[] = []): Promise<Painted[]> {
  return page.evaluate((selectors) => {
    const highlight = CSS.highlights.get('sector-lens');
    if (!highlight) return [];
    const ids = new Map<Node, number>();
    const parentOf = (node: Node): Element | null => {
      const parent = node.parentNode;
      if (!parent) return null;
      return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
    };
    return [...(highlight as unknown as Iterable<AbstractRange>)].map((range) => {
      const node = range.startContainer;
      if (!ids.has(node)) ids.set(node, ids.size);
      const inside = new Set<string>();
      for (let el = parentOf(node); el; el = parentOf(el)) for (const s of selectors) if (el.matches(s)) inside.add(s);
      return {
        text: (node.textContent ?? '').slice(range.startOffset, range.endOffset),
        inside: [...inside],
        inShadow: node.getRootNode() instanceof ShadowRoot,
        key: `${ids.get(node)}:${range.startOffset}-${range.endOffset}`,
      };
    });
  }, selectors);
}

/** Run `action` in the page and measure until the highlight holds `more` ranges than before. */
function timeUntilPainted(page: Page, action: string, more: number): Promise<number> {
  return page.evaluate(
    ({ action, more }) =>
      new Promise<number>((resolve, reject) => {
        const size = () => CSS.highlights.get('sector-lens')?.size ?? 0;
        const target = size() + more;
        const start = performance.now();
        new Function(action)();
        const tick = () => {
          const elapsed = performance.now() - start;
          if (size() >= target) resolve(elapsed);
          else if (elapsed > 5_000) reject(new Error(`only ${size()} of ${target} painted after 5 s`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { action, more },
  );
}

/**
 * The tab of the page opened last: the extension sees no URL for a tab on a site it holds no host
 * permission for (the default sites' content script matches do not give that), so by recency.
 */
async function newestTabId(ext: LoadedExtension): Promise<number> {
  return ext.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1)));
}

const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));

describe('an X-like timeline (x.com)', () => {
  const ext = useExtension();
  let page: Page;

  it('every site profile selector is valid CSS', async () => {
    const probe = await ext().context.newPage();
    const selectors = [GENERIC_PROFILE, ...SITE_PROFILES].flatMap((p) => [...siteScope(p).roots, ...siteScope(p).skip, p.post?.container, p.post?.time, siteScope(p).siteCard].filter((s) => s !== undefined));
    const invalid = await probe.evaluate((list) => list.filter((s) => {
      try {
        document.querySelector(s);
        return false;
      } catch {
        return true;
      }
    }), selectors);
    expect(invalid).toEqual([]);
    await probe.close();
  });

  it('paints the posts and nothing in navigation, trends, the composer or pop-up layers', async () => {
    page = await openAt(ext(), 'https://x.com/home', 'x-timeline.html');
    await settle(page);
    const ranges = await painted(page, ['[data-testid="primaryColumn"]', 'article[data-testid="tweet"]']);
    expect(ranges.length).toBeGreaterThan(0);
    // Everything painted is post text: not the nav ($DOGE, Solana (SOL)), trends ($PEPE, Cardano
    // (ADA)), who-to-follow ($XRP), the composer ($AVAX) or its hints ($LINK).
    expect(ranges.filter((r) => !r.inside.includes('article[data-testid="tweet"]'))).toEqual([]);
    expect(ranges.map((r) => r.text)).not.toEqual(expect.arrayContaining(['$DOGE']));
    const texts = new Set(ranges.map((r) => r.text));
    for (const text of ['Bitcoin (BTC)', '$ETH', 'Aethir (ATH)', '$TAO', '$SOL']) expect(texts).toContain(text);
    for (const text of ['$DOGE', 'Solana (SOL)', '$PEPE', 'Cardano (ADA)', '$XRP', '$AVAX', '$LINK']) expect(texts).not.toContain(text);
    // One range per mention in the posts: 2 + 2 + 1 + 0 per four posts.
    const posts = await page.locator('article[data-testid="tweet"]').count();
    const expected = await page.evaluate((n) => Array.from({ length: n }, (_, i) => [2, 2, 1, 0][i % 4] as number).reduce((a, b) => a + b, 0), posts);
    expect(ranges).toHaveLength(expected);
  });

  it('paints posts appended while scrolling within 500 ms, and what X adds to #layers stays unpainted', async () => {
    const before = await highlightCount(page);
    // Ten posts: 2+2+1+0 per four, from wherever the count stands.
    const posts = await page.locator('article[data-testid="tweet"]').count();
    const more = Array.from({ length: 10 }, (_, i) => [2, 2, 1, 0][(posts + i) % 4] as number).reduce((a, b) => a + b, 0);
    const ms = await timeUntilPainted(page, 'window.appendPosts(10); window.showCashtagCard();', more);
    expect(ms).toBeLessThan(500);
    await settle(page);
    expect(await highlightCount(page)).toBe(before + more);
    // Scrolling to the end appends more through the page's own observer: painted as well.
    const count = await page.locator('article[data-testid="tweet"]').count();
    await page.mouse.wheel(0, 20_000);
    await expect.poll(() => page.locator('article[data-testid="tweet"]').count(), { timeout: 5_000 }).toBeGreaterThan(count);
    await settle(page);
    const total = await page.locator('article[data-testid="tweet"]').count();
    const all = Array.from({ length: total }, (_, i) => [2, 2, 1, 0][i % 4] as number).reduce((a, b) => a + b, 0);
    await expect.poll(() => highlightCount(page), { timeout: 2_000 }).toBe(all);
  });

  it('paints nothing twice when posts re-render in place', async () => {
    const before = await highlightCount(page);
    await page.evaluate(() => {
      const rerender = (window as unknown as { rerenderPost(n: number): boolean }).rerenderPost;
      for (let i = 0; i < 8; i++) rerender(i);
      // Twice in a row, the way a feed re-renders on a like or a counter update.
      for (let i = 0; i < 8; i++) rerender(i);
    });
    await settle(page);
    const ranges = await painted(page);
    expect(new Set(ranges.map((r) => r.key)).size).toBe(ranges.length);
    expect(ranges).toHaveLength(before);
    // Only connected nodes carry paint.
    const stale = await page.evaluate(() => [...(CSS.highlights.get('sector-lens') as unknown as Iterable<AbstractRange>)].filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
  });

  it('leaves the hover on a cashtag link to X\'s own card, and opens ours on other mentions (the profile\'s site card, sent with the lexicon)', async () => {
    /** The middle of `text` in the first post whose body has it, inside a cashtag link or not. */
    const centre = (text: string, inLink: boolean) => page.evaluate(({ text, inLink }) => {
      for (const body of document.querySelectorAll('article[data-testid="tweet"] [data-testid="tweetText"]')) {
        for (const element of body.querySelectorAll(inLink ? 'a' : 'span')) {
          const node = element.firstChild as Text | null;
          const at = node?.data.indexOf(text) ?? -1;
          if (!node || at < 0) continue;
          element.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, { text, inLink });
    const hover = async (point: { x: number; y: number } | null) => {
      expect(point).not.toBeNull();
      await page.mouse.move((point?.x ?? 0) - 40, (point?.y ?? 0) - 20);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 6 });
    };
    await page.keyboard.press('Escape');
    await hover(await centre('$ETH', true));
    await page.waitForTimeout(1_500);
    expect(await cardTooltip(page).count()).toBe(0);
    await hover(await centre('Bitcoin (BTC)', false));
    await expect(cardTooltip(page).waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
  });
});

describe('a Reddit-like thread of custom elements with open shadow roots (reddit.com)', () => {
  const ext = useExtension();
  let page: Page;

  it('paints text inside open shadow roots, with the painter style adopted there, and skips header, rail and composer', async () => {
    page = await openAt(ext(), 'https://www.reddit.com/r/CryptoCurrency/comments/abc123/compute_tokens_this_week/', 'reddit-thread.html');
    await settle(page);
    const ranges = await painted(page);
    const texts = ranges.map((r) => r.text);
    // Title in the post's shadow root, body slotted from the light DOM, comments in their shadow roots.
    expect(texts).toEqual(expect.arrayContaining(['Bittensor (TAO)', 'Render (RENDER)', 'Aethir (ATH)', '$TAO', '$ETH', 'Bitcoin (BTC)']));
    expect(ranges.filter((r) => r.inShadow).length).toBeGreaterThanOrEqual(4);
    for (const text of ['Dogecoin (DOGE)', '$SOL', '$LINK', 'Cardano (ADA)']) expect(texts).not.toContain(text);
    // The highlight style reaches into the shadow root: the rule is there, and it applies.
    const look = await page.evaluate(() => {
      const comment = document.querySelector('shreddit-comment');
      const body = comment?.shadowRoot?.querySelector('p.body');
      if (!body) return null;
      const style = getComputedStyle(body, '::highlight(sector-lens)');
      return { line: style.textDecorationLine, style: style.textDecorationStyle };
    });
    expect(look).toEqual({ line: 'underline', style: 'dotted' });
  });

  it('paints comments loaded later and text added inside a shadow root within 500 ms', async () => {
    // Six comments: $ETH, Bitcoin (BTC), none, twice.
    const ms = await timeUntilPainted(page, 'window.loadMoreComments(6)', 4);
    expect(ms).toBeLessThan(500);
    const inShadow = await timeUntilPainted(page, "window.replyInShadow(1, 'Edit: and Solana (SOL) too.')", 1);
    expect(inShadow).toBeLessThan(500);
    const ranges = await painted(page);
    expect(new Set(ranges.map((r) => r.key)).size).toBe(ranges.length);
    expect(ranges.map((r) => r.text)).toContain('Solana (SOL)');
  });

  it('opens the card from a mention inside a shadow root', async () => {
    const point = await page.evaluate(() => {
      const body = document.querySelector('shreddit-comment[data-comment="0"]')?.shadowRoot?.querySelector('p.body');
      const text = body?.firstChild as Text | null;
      const at = text?.data.indexOf('$ETH') ?? -1;
      if (!text || at < 0) return null;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(point).not.toBeNull();
    await page.mouse.move((point?.x ?? 0) - 40, (point?.y ?? 0) - 20);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 6 });
    await expect(cardTooltip(page).waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
  });
});

describe('a Binance-Square-like feed with client-side navigation (binance.com/…/square)', () => {
  const ext = useExtension();

  it('skips trending and the composer, and navigation drops the old page\'s mentions and badge', async () => {
    const page = await openAt(ext(), 'https://www.binance.com/en/square', 'binance-square-feed.html');
    const tabId = await newestTabId(ext());
    await settle(page);
    const texts = (await painted(page)).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['$BTC', 'Ethereum (ETH)', 'Solana (SOL)', '$TAO']));
    for (const text of ['$BNB', '$PEPE', '$WIF', 'Cardano (ADA)', '$DOGE']) expect(texts).not.toContain(text);
    await expect.poll(() => ext().badgeText(tabId), { timeout: 10_000 }).toBe('4');

    const ms = await timeUntilPainted(page, 'window.morePosts(3)', 4);
    expect(ms).toBeLessThan(500);

    // Open a post: pushState and a new main view holding one token.
    await page.locator('article.feed-card a').first().click();
    await expect.poll(() => page.url()).toContain('/en/square/post/5000');
    await expect.poll(async () => (await painted(page)).map((r) => r.text), { timeout: 5_000 }).toEqual(['Aethir (ATH)']);
    await expect.poll(() => ext().badgeText(tabId), { timeout: 10_000 }).toBe('1');

    // Back to the feed: its mentions again, the post's gone.
    await page.goBack();
    await expect.poll(() => ext().badgeText(tabId), { timeout: 10_000 }).toBe('4');
    const back = (await painted(page)).map((r) => r.text);
    expect(back).not.toContain('Aethir (ATH)');
    expect(back).toContain('$BTC');
  });
});
