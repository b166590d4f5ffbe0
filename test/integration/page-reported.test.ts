/**
 * The popup learns that a tab's page has answered from the tab's own report (an event), not by
 * asking again and again. Driven through WXT's fakeBrowser runtime.onMessage, as the content
 * script's runtime.sendMessage would reach the popup.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TO_BACKGROUND } from '../../lib/messaging';
import { pageReported } from '../../lib/ui/popup-data';

const report = (tabId: number, id: string | undefined = fakeBrowser.runtime.id) =>
  fakeBrowser.runtime.onMessage.trigger({ channel: 'sector-lens', name: TO_BACKGROUND.reportPage.name, data: { tokens: [] } }, { id, tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
});

describe('pageReported', () => {
  it('resolves on the first report from its tab, ignoring other tabs and other extensions, and stops listening', async () => {
    vi.useFakeTimers();
    let resolved = false;
    const waiting = pageReported(7, 10_000).then(() => (resolved = true));
    await report(8);
    await report(7, 'another-extension');
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(false);
    await report(7);
    await waiting;
    expect(resolved).toBe(true);
    expect(await report(7)).toEqual([]);
  });

  it('never answers the report: the background does', async () => {
    const waiting = pageReported(7, 10_000);
    const replies = await report(7);
    await waiting;
    expect(replies).toEqual([undefined]);
  });

  it('gives up after the timeout, and at once when cancelled', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void pageReported(7, 10_000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    const cancel = new AbortController();
    const cancelled = pageReported(7, 10_000, cancel.signal);
    cancel.abort();
    await cancelled;
    expect(await report(7)).toEqual([]);
  });
});
