/**
 * The protocol has directions. The compile-time half is checked by `npm run typecheck`: each
 * `@ts-expect-error` below fails the build if the line it guards ever type-checks.
 */
import { describe, expect, it } from 'vitest';
import { sendToBackground, sendToTab, TO_BACKGROUND, TO_CONTENT, type BackgroundHandlers, type ContentHandlers } from '../../../lib/messaging';

// Never called: it exists for the type checker.
function _wrongWays(): void {
  // @ts-expect-error views.get is the background's to answer, not a tab's.
  void sendToTab(1, 'getViews', { coinIds: [] });
  // @ts-expect-error page.mentions is asked of a tab, not of the background.
  void sendToBackground('getPageMentions', {});
  // @ts-expect-error the background must wire a handler for every to-background message.
  const background: BackgroundHandlers = { getViews: () => ({ window: '24h', views: [], sectors: [] }) };
  // @ts-expect-error a content script answers every to-content message.
  const content: ContentHandlers = { revealMention: () => ({ ok: true }) };
  void background;
  void content;
}

describe('message tables', () => {
  const all = [...Object.values(TO_BACKGROUND), ...Object.values(TO_CONTENT)];

  it('give every message one wire name, unique across both directions', () => {
    const names = all.map((definition) => definition.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('share no key between directions', () => {
    expect(Object.keys(TO_BACKGROUND).filter((key) => key in TO_CONTENT)).toEqual([]);
  });
});
