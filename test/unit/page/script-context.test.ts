/**
 * The content script's own context (lib/page/script-context.ts, standing in for WXT's in the
 * content-script build) and its location watcher: a newer copy of the script stops the older one,
 * nothing else does, and client-side navigation is reported once per new address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchLocation, type LocationSource } from '../../../lib/page/location-watch';
import { ContentScriptContext, startedEventName } from '../../../lib/page/script-context';

describe('ContentScriptContext', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('document', new EventTarget());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('a newer copy of the same script aborts the older one, and only it', () => {
    const first = new ContentScriptContext('news');
    expect(first.signal.aborted).toBe(false);
    const second = new ContentScriptContext('news');
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    const third = new ContentScriptContext('news');
    expect(second.signal.aborted).toBe(true);
    expect(third.signal.aborted).toBe(false);
  });

  it('another script of the extension, or a foreign event of the same name, stops nothing', () => {
    const news = new ContentScriptContext('news');
    new ContentScriptContext('other');
    document.dispatchEvent(new CustomEvent(startedEventName('news'), { detail: null }));
    document.dispatchEvent(new CustomEvent(startedEventName('news'), { detail: { contentScriptName: 'other', messageId: 'x' } }));
    expect(news.signal.aborted).toBe(false);
  });

  it("speaks WXT's event both ways: a copy built with either context stops the other", async () => {
    vi.stubGlobal('window', { postMessage: () => undefined });
    // WXT names its event after the build's entrypoint (the name it passes, 'news') when its
    // module loads.
    vi.stubEnv('ENTRYPOINT', 'news');
    vi.resetModules();
    const { ContentScriptContext: WxtContext } = await import('wxt/utils/content-script-context');
    const ours = new ContentScriptContext('news');
    const wxts = new WxtContext('news');
    expect(ours.signal.aborted).toBe(true);
    expect(wxts.signal.aborted).toBe(false);
    new ContentScriptContext('news');
    expect(wxts.signal.aborted).toBe(true);
  });
});

describe('watchLocation', () => {
  type Navigate = Event & { destination: { url: string } };
  const navigateTo = (target: EventTarget, url: string) => target.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }) as Navigate);

  it('with the Navigation API: once per new address, never after the signal aborts', () => {
    const navigation = new EventTarget();
    const win = { location: { href: 'https://www.binance.com/en/square' }, navigation } as unknown as LocationSource;
    const controller = new AbortController();
    const onChange = vi.fn();
    watchLocation(onChange, controller.signal, win);
    navigateTo(navigation, 'https://www.binance.com/en/square');
    expect(onChange).not.toHaveBeenCalled();
    navigateTo(navigation, 'https://www.binance.com/en/square/post/1');
    navigateTo(navigation, 'https://www.binance.com/en/square/post/1');
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    navigateTo(navigation, 'https://www.binance.com/en/square/post/2');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('without it: the address is compared once a second, until the signal aborts', () => {
    vi.useFakeTimers();
    try {
      const win = { location: { href: 'https://x.com/home' } };
      const controller = new AbortController();
      const onChange = vi.fn();
      watchLocation(onChange, controller.signal, win);
      vi.advanceTimersByTime(1000);
      expect(onChange).not.toHaveBeenCalled();
      win.location.href = 'https://x.com/a/status/1';
      vi.advanceTimersByTime(999);
      expect(onChange).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onChange).toHaveBeenCalledTimes(1);
      controller.abort();
      win.location.href = 'https://x.com/b/status/2';
      vi.advanceTimersByTime(5000);
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
