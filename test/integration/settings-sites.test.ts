/**
 * Sites enabled from the popup, in the background: registrations follow settings, the reader's
 * tab gets the script at once, and nothing runs where the browser did not grant access.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteScriptingApi } from '../../lib/background/site-scripting';
import { createSiteScripts } from '../../lib/background/sites';
import { defaultSiteFor } from '../../lib/settings/sites';
import { loadSettings, updateSettings } from '../../lib/settings/storage';

function fakeScripting(granted: string[], tabs: Record<number, string>) {
  const registered = new Map<string, string[]>();
  const injected: number[] = [];
  const answering = new Set<number>();
  const api: SiteScriptingApi = {
    registeredIds: async () => [...registered.keys(), 'someone-else'],
    register: async (scripts) => {
      for (const { id, matches } of scripts) {
        if (registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        registered.set(id, matches);
      }
    },
    unregister: async (ids) => ids.forEach((id) => registered.delete(id)),
    hasHostPermission: async (pattern) => granted.includes(pattern),
    coveredByManifest: (url) => defaultSiteFor(url) !== undefined,
    tabUrl: async (tabId) => tabs[tabId],
    hasContentScript: async (tabId) => answering.has(tabId),
    injectContentScript: async (tabId) => {
      injected.push(tabId);
      answering.add(tabId);
    },
  };
  return { api, registered, injected, answering };
}

const settings = async () => (await loadSettings()).settings;

describe('sites enabled from the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the origin, remembers it and starts the script in the tab', async () => {
    const fake = fakeScripting(['https://news.example.com/*'], { 5: 'https://news.example.com/story/1' });
    const sites = createSiteScripts({ api: fake.api, loadSettings: settings, updateSettings });
    await expect(sites.enable(5, 'https://news.example.com')).resolves.toEqual({ ok: true });
    expect((await settings()).addedSites).toEqual(['https://news.example.com']);
    expect([...fake.registered]).toEqual([['sector-lens-site:https://news.example.com', ['https://news.example.com/*']]]);
    expect(fake.injected).toEqual([5]);
    // Twice is harmless: no duplicate registration, no second copy of the script in the tab.
    await expect(sites.enable(5, 'https://news.example.com')).resolves.toEqual({ ok: true });
    expect(fake.injected).toEqual([5]);
    expect((await settings()).addedSites).toEqual(['https://news.example.com']);
  });

  it('refuses without the host permission, for another site, or for a non-web origin', async () => {
    const fake = fakeScripting([], { 5: 'https://news.example.com/story/1' });
    const sites = createSiteScripts({ api: fake.api, loadSettings: settings, updateSettings });
    expect((await sites.enable(5, 'https://news.example.com')).ok).toBe(false);
    expect((await sites.enable(5, 'https://elsewhere.example')).ok).toBe(false);
    expect((await sites.enable(5, 'chrome://extensions')).ok).toBe(false);
    expect(fake.injected).toEqual([]);
    expect((await settings()).addedSites).toEqual([]);
  });

  it('switching a default site back on clears it from disabledSites without adding it', async () => {
    await updateSettings({ disabledSites: ['decrypt.co'] });
    const fake = fakeScripting(['https://decrypt.co/*'], { 9: 'https://decrypt.co/news/1' });
    const sites = createSiteScripts({ api: fake.api, loadSettings: settings, updateSettings });
    await expect(sites.enable(9, 'https://decrypt.co')).resolves.toEqual({ ok: true });
    const after = await settings();
    expect(after.disabledSites).toEqual([]);
    expect(after.addedSites).toEqual([]);
    expect(fake.registered.size).toBe(0);
    expect(fake.injected).toEqual([9]);
  });

  it('follows settings: a switched-off or removed site is unregistered, a revoked one too', async () => {
    const granted = ['https://a.example/*', 'https://b.example/*'];
    const fake = fakeScripting(granted, {});
    const sites = createSiteScripts({ api: fake.api, loadSettings: settings, updateSettings });
    await sites.sync(await updateSettings({ addedSites: ['https://a.example', 'https://b.example'] }));
    expect([...fake.registered.keys()].sort()).toEqual(['sector-lens-site:https://a.example', 'sector-lens-site:https://b.example']);
    await sites.sync(await updateSettings({ disabledSites: ['a.example'] }));
    expect([...fake.registered.keys()]).toEqual(['sector-lens-site:https://b.example']);
    granted.splice(1, 1);
    await sites.sync(await settings());
    expect(fake.registered.size).toBe(0);
  });

  it('overlapping syncs never register an id twice', async () => {
    const fake = fakeScripting(['https://a.example/*'], {});
    const sites = createSiteScripts({ api: fake.api, loadSettings: settings, updateSettings });
    const next = await updateSettings({ addedSites: ['https://a.example'] });
    await Promise.all([sites.sync(next), sites.sync(next), sites.sync(next)]);
    expect(fake.registered.size).toBe(1);
  });
});
