/**
 * Sites the reader enabled from the popup. The content script is registered at runtime for each
 * added origin (scripting.registerContentScripts), kept in step with settings.addedSites and
 * settings.disabledSites, and injected into the reader's tab right away so nobody has to reload.
 * Default sites need none of this: they are in the manifest.
 */
import { browser } from 'wxt/browser';
import type { BackgroundHandlers } from '../messaging';
import type { ResponseOf } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { hostOf, isSiteOrigin, originMatchPattern } from '../settings/sites';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { browserSiteScripting, type SiteScriptingApi } from './site-scripting';
import { t } from '../i18n';

const ID_PREFIX = 'sector-lens-site:';

export interface SiteDeps {
  api: SiteScriptingApi;
  loadSettings: () => Promise<Settings>;
  updateSettings: (patch: Partial<Settings>) => Promise<Settings>;
}

export function createSiteScripts({ api, loadSettings, updateSettings }: SiteDeps) {
  /** Registered scripts follow settings: one per added, switched-on origin the reader still grants. */
  async function syncNow(settings: Settings): Promise<void> {
    const wanted = new Map<string, string>();
    for (const origin of settings.addedSites) {
      if (settings.disabledSites.includes(hostOf(origin))) continue;
      const pattern = originMatchPattern(origin);
      // Permission can be withdrawn in the browser's own UI; registering then would only fail.
      if (await api.hasHostPermission(pattern)) wanted.set(`${ID_PREFIX}${origin}`, pattern);
    }
    const registered = (await api.registeredIds()).filter((id) => id.startsWith(ID_PREFIX));
    const stale = registered.filter((id) => !wanted.has(id));
    const missing = [...wanted].filter(([id]) => !registered.includes(id)).map(([id, pattern]) => ({ id, matches: [pattern] }));
    if (stale.length > 0) await api.unregister(stale);
    if (missing.length > 0) await api.register(missing);
  }

  // One sync at a time: a settings change arrives while enable() is syncing, and two overlapping
  // passes would both register the same id (which the browser refuses).
  let queue: Promise<void> = Promise.resolve();
  function sync(settings: Settings): Promise<void> {
    const run = queue.then(() => syncNow(settings));
    queue = run.catch((error: unknown) => console.warn('Sector Lens: could not update site scripts', error));
    return run;
  }

  async function enable(tabId: number, origin: string): Promise<ResponseOf<'enableSite'>> {
    if (!isSiteOrigin(origin)) return { ok: false, reason: t('site_not_web') };
    const url = await api.tabUrl(tabId);
    if (!url || !url.startsWith(`${origin}/`)) return { ok: false, reason: t('site_tab_moved') };
    if (!(await api.hasHostPermission(originMatchPattern(origin)))) {
      return { ok: false, reason: t('site_not_granted') };
    }
    const current = await loadSettings();
    const host = hostOf(origin);
    // A site the manifest already covers only needs switching back on; registering it as well
    // would run two copies of the script on its pages.
    const builtIn = api.coveredByManifest(url);
    const next = await updateSettings({
      disabledSites: current.disabledSites.filter((h) => h !== host),
      addedSites: builtIn || current.addedSites.includes(origin) ? current.addedSites : [...current.addedSites, origin],
    });
    await sync(next);
    if (!(await api.hasContentScript(tabId))) await api.injectContentScript(tabId);
    return { ok: true };
  }

  return { sync, enable };
}
export type SiteScripts = ReturnType<typeof createSiteScripts>;

/** Background wiring: keep registrations in step with settings and permissions; answer the popup. */
export function startSiteScripts(): Pick<BackgroundHandlers, 'enableSite'> {
  const sites = createSiteScripts({ api: browserSiteScripting(), loadSettings: async () => (await loadSettings()).settings, updateSettings });
  const resync = () => void loadSettings().then(({ settings }) => sites.sync(settings)).catch(() => undefined);
  resync();
  watchSettings((settings) => void sites.sync(settings).catch(() => undefined));
  browser.permissions.onRemoved.addListener(resync);
  return { enableSite: ({ tabId, origin }) => sites.enable(tabId, origin) };
}
