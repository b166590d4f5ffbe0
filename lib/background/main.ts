/** Everything the background does, wired in one place; entrypoints/background.ts only calls it. */
import { browser } from 'wxt/browser';
import { handleBackgroundMessages, type BackgroundHandlers } from '../messaging';
import { extensionCacheStore } from '../market/cache-store';
import { createMembership } from '../market/membership';
import { extensionBudgetStore, extensionMembershipStore } from '../market/market-stores';
import { createMarketService } from '../market/service';
import { loadCredentials } from '../settings/credentials';
import { publishedAtOf } from '../model/page-date';
import { loadSettings } from '../settings/storage';
import { showBadge } from './badge';
import { startCommands } from './commands';
import { createLexiconService } from './lexicon';
import { loadStoredLexicon, saveStoredLexicon } from './lexicon-refresh';
import { scheduleLexiconRefresh } from './lexicon-alarm';
import { startCategoryList } from './categories';
import { startSiteScripts } from './sites';

export function startBackground(): void {
  // Settings and credentials are read per request, so changes made in the options page apply to
  // the next request without listeners here (and survive service-worker restarts for free).
  const readAsset = async (path: string): Promise<unknown> => (await fetch(browser.runtime.getURL(`/${path}` as '/'))).json();
  const membership = createMembership({ store: extensionMembershipStore(), readShipped: () => readAsset('data/sector-membership.json') });
  const market = createMarketService({
    loadSettings: async () => (await loadSettings()).settings,
    loadCredentials,
    store: extensionCacheStore(),
    budgetStore: extensionBudgetStore,
    membership,
  });
  const lexicon = createLexiconService({
    readAsset,
    loadStored: loadStoredLexicon,
    saveStored: saveStoredLexicon,
    fetchSources: () => market.lexiconSources(),
    // The daily rebuild also dates a new membership snapshot from what category answers taught.
    afterRebuild: () => membership.rebuildSnapshot().then(() => undefined),
  });
  scheduleLexiconRefresh(() => lexicon.refreshIfDue());
  startCommands();
  const handlers: BackgroundHandlers = {
    // The page's date rides on the lexicon request (its candidates, parsed here): the content
    // script needs both before its first scan and carries no date parser (lib/model/page-date.ts).
    getLexicon: async ({ published }) => ({ ...(await lexicon.getLexicon()), ...publishedAtOf(published, Date.now()) }),
    datePage: ({ published }) => publishedAtOf(published, Date.now()),
    resolveLongTail: (request) => lexicon.resolve(request),
    listAlternatives: (request) => lexicon.alternatives(request),
    ...startSiteScripts(),
    ...startCategoryList(() => market.categoriesList()),
    getViews: ({ published, ...request }) => market.getViews(request.publishedAt === undefined ? { ...request, ...publishedAtOf(published, Date.now()) } : request),
    testApiKey: (request) => market.testApiKey(request),
    getBudget: () => market.budget(),
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
  handleBackgroundMessages(handlers);
}
