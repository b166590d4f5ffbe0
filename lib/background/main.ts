/** Everything the background does, wired in one place; entrypoints/background.ts only calls it. */
import { browser } from 'wxt/browser';
import { handleMessages, type Handlers } from '../messaging';
import { createClient } from '../market/api-config';
import { createMarketService } from '../market/service';
import { loadCredentials } from '../settings/credentials';
import { loadSettings } from '../settings/storage';
import { showBadge } from './badge';
import { startCategoryList } from './categories';
import { startSiteScripts } from './sites';

export function startBackground(): void {
  const market = createMarketService({
    settings: async () => (await loadSettings()).settings,
    client: async () => createClient((await loadSettings()).settings.apiBaseUrl, await loadCredentials()),
  });
  const handlers: Handlers = {
    ...startSiteScripts(),
    ...startCategoryList(),
    getViews: (request) => market.getViews(request),
    reportPage: async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await showBadge(tabId, report);
      return { ok: true };
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
      return { ok: true };
    },
  };
  handleMessages(handlers);
}
