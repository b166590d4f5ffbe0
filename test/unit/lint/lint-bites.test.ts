/**
 * The layer rules must bite: each case is source text linted AS IF it stood at a real path of the
 * repo (ESLint's lintText with that filePath, so imports resolve against the real tree), and each
 * crossing must fail with its zone's message. Cases that stay inside their layer must pass, so
 * the rules cannot pass by rejecting everything either.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_ZONES, ZONES } from '../../../lib/lint/zones.js';

const ROOT = join(import.meta.dirname, '../../..');
let eslint: ESLint;
// The first lint loads the config and the TypeScript parser: seconds on a busy machine, so it
// happens here, with room, rather than inside the first case's time limit.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('export {};', { filePath: join(ROOT, 'lib/model/windows.ts') });
}, 120_000);

async function problems(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const zoneMessage = (name: string): string => {
  const zone = ZONES.find((candidate) => candidate.name === name);
  if (!zone) throw new Error(`no zone ${name}`);
  return zone.message;
};

/** [zone, file it pretends to be, source]: every one must be reported with that zone's message. */
const CROSSINGS: [string, string, string][] = [
  // The probes of issue 16, as written there.
  ['content', 'lib/page/card-data.ts', "import { createMarketService } from '../market/service';\nexport const use = createMarketService;"],
  ['content', 'lib/page/card-data.ts', "import { loadCredentials } from '../settings/credentials';\nexport const use = loadCredentials;"],
  ['content', 'lib/page/card-data.ts', "import { startBackground } from '../background/main';\nexport const use = startBackground;"],
  ['pure-detect', 'lib/detect/index.ts', "import { startPageSession } from '../page/page-session';\nexport const use = startPageSession;"],
  ['popup-options', 'lib/ui/popup-data.ts', "import { createMarketService } from '../market/service';\nexport const use = createMarketService;"],
  // Every way of spelling an import: aliases, folder index, extension, dynamic, re-exports, require, types.
  ['content', 'lib/page/card-data.ts', "import { createMarketService } from '@/lib/market/service';\nexport const use = createMarketService;"],
  ['content', 'lib/page/card-data.ts', "import { createMarketService } from '~/lib/market/service.ts';\nexport const use = createMarketService;"],
  ['content', 'lib/page/card-data.ts', "import { createMarketService } from '@@/lib/market/service';\nexport const use = createMarketService;"],
  ['content', 'lib/page/card-data.ts', "import { createMarketService } from '~~/lib/market/service';\nexport const use = createMarketService;"],
  ['content', 'lib/page/card-data.ts', "export const load = () => import('../market/service');"],
  ['content', 'lib/page/card-data.ts', 'export const load = () => import(`../background/main`);'],
  ['content', 'lib/page/card-data.ts', "export * from '../market/errors';"],
  ['content', 'lib/page/card-data.ts', "export { MarketError } from '../market/errors';"],
  ['content', 'lib/page/card-data.ts', "import '../background/badge';"],
  ['content', 'lib/page/card-data.ts', "import type { Credentials } from '../settings/credentials';\nexport type Secret = Credentials;"],
  ['content', 'lib/page/card-data.ts', "export type Service = typeof import('../market/service');"],
  ['content', 'lib/page/deep/nested.ts', "import { createMarketService } from '../../market/service';\nexport const use = createMarketService;"],
  ['content', 'entrypoints/news.content/index.ts', "import { startBackground } from '../../lib/background/main';\nexport const use = startBackground;"],
  ['content', 'entrypoints/news.content/index.ts', "import { loadCredentials } from '@/lib/settings/credentials';\nexport const use = loadCredentials;"],
  ['content', 'entrypoints/card-ui.ts', "import { createMarketService } from '../lib/market/service';\nexport const use = createMarketService;"],
  ['content', 'entrypoints/other.content.ts', "import background from './background';\nexport const use = background;"],
  ['popup-options', 'lib/ui/popup-data.ts', "export const load = () => import('@/lib/market/service');"],
  ['popup-options', 'entrypoints/popup/main.tsx', "import { createMarketService } from '../../lib/market/service';\nexport const use = createMarketService;"],
  ['popup-options', 'entrypoints/options/main.tsx', "import { startBackground } from '~/lib/background/main';\nexport const use = startBackground;"],
  ['popup-options', 'lib/ui/options-app.tsx', "import { startContentScript } from '../page/content-main';\nexport const use = startContentScript;"],
  ['pure-detect', 'lib/detect/index.ts', "import { startPageSession } from '@/lib/page/page-session';\nexport const use = startPageSession;"],
  ['pure-detect', 'lib/detect/scan/find-mentions.ts', "import { sendToBackground } from '../../messaging';\nexport const use = sendToBackground;"],
  ['pure-detect', 'lib/detect/index.ts', "import { browser } from 'wxt/browser';\nexport const use = browser;"],
  ['pure-detect', 'lib/detect/index.ts', "export { storage } from '#imports';"],
  ['pure-detect', 'lib/detect/index.ts', "import { h } from 'preact';\nexport const use = h;"],
  ['pure-sectors', 'lib/sectors/rank.ts', "import { loadSettings } from '../settings/storage';\nexport const use = loadSettings;"],
  ['pure-sectors', 'lib/sectors/rank.ts', "import { createMarketService } from '../market';\nexport const use = createMarketService;"],
  ['pure-sectors', 'lib/sectors/rank.ts', "import browser from 'webextension-polyfill';\nexport const use = browser;"],
  ['pure-model', 'lib/model/windows.ts', "import { PROTOCOL } from '../messaging/protocol';\nexport const use = PROTOCOL;"],
  ['pure-guard', 'lib/guard/guard.ts', "import * as z from 'zod/mini';\nexport const use = z;"],
  ['pure-guard', 'lib/guard/guard.ts', "import { coinIdSchema } from '../model';\nexport const use = coinIdSchema;"],
  ['pure-model', 'lib/model/windows.ts', "import { findMentions } from '../detect';\nexport const use = findMentions;"],
  ['pure-model', 'lib/model/windows.ts', "import { storage } from 'wxt/utils/storage';\nexport const use = storage;"],
  ['components', 'components/token-row.tsx', "import { sendToBackground } from '../lib/messaging';\nexport const use = sendToBackground;"],
  ['components', 'components/token-row.tsx', "import { sendToTab } from '@/lib/messaging/transport';\nexport const use = sendToTab;"],
  ['components', 'components/token-row.tsx', "import { loadSettings } from '../lib/settings/storage';\nexport const use = loadSettings;"],
  ['components', 'components/token-row.tsx', "import { loadSettings } from '../lib/settings';\nexport const use = loadSettings;"],
  ['components', 'components/token-row.tsx', "import { useSettings } from '../lib/ui/use-settings';\nexport const use = useSettings;"],
  ['components', 'components/token-row.tsx', "import { browser } from 'wxt/browser';\nexport const use = browser;"],
  ['components', 'components/token-row.tsx', "export const load = () => import('../lib/messaging/transport');"],
  ['storage', 'lib/background/lexicon-refresh.ts', "import { storage } from 'wxt/utils/storage';\nexport const use = storage;"],
  ['storage', 'components/token-row.tsx', "import { storage } from 'wxt/utils/storage';\nexport const use = storage;"],
  ['shared', 'lib/messaging/protocol.ts', "import { createMarketService } from '../market/service';\nexport const use = createMarketService;"],
  ['shared', 'lib/settings/schema.ts', "import { useSettings } from '../ui/use-settings';\nexport const use = useSettings;"],
  ['shared', 'lib/i18n/speech.ts', "import { createMarketService } from '../market/service';\nexport const use = createMarketService;"],
  ['shared', 'lib/i18n/labels.ts', "export const load = () => import('../page/lazy-card');"],
  ['shared', 'lib/gap-text.ts', "import { HoverCard } from '../components/hover-card';\nexport const use = HoverCard;"],
];

/** [file, source, message part]: a global the layer may not use. */
const GLOBAL_CROSSINGS: [string, string, string][] = [
  ['components/token-row.tsx', "export const load = () => fetch('https://api.coingecko.com/api/v3/ping');", 'fetch'],
  ['components/token-row.tsx', "export const load = () => window.fetch('/x');", 'window.fetch'],
  ['components/token-row.tsx', "export const load = () => globalThis.fetch('/x');", 'globalThis.fetch'],
  ['components/token-row.tsx', "export const send = () => browser.runtime.sendMessage({});", 'browser'],
  ['components/token-row.tsx', "export const send = () => chrome.runtime.sendMessage({});", 'chrome'],
  ['components/token-row.tsx', "export const read = () => new XMLHttpRequest();", 'XMLHttpRequest'],
  ['lib/detect/index.ts', 'export const body = () => document.body;', 'document'],
  ['lib/detect/index.ts', 'export const width = () => window.innerWidth;', 'window'],
  ['lib/detect/index.ts', "export const ping = () => fetch('/x');", 'fetch'],
  ['lib/detect/index.ts', 'export const id = () => browser.runtime.id;', 'browser'],
  ['lib/sectors/rank.ts', "export const ok = () => CSS.supports('color', 'red');", 'CSS'],
  ['lib/sectors/rank.ts', 'export const lang = () => navigator.language;', 'navigator'],
  ['lib/model/windows.ts', 'export const id = () => chrome.runtime.id;', 'chrome'],
  ['lib/page/card-data.ts', "export const load = () => fetch('https://api.coingecko.com/api/v3/ping');", 'fetch'],
  ['lib/ui/popup-data.ts', "export const load = () => fetch('https://api.coingecko.com/api/v3/ping');", 'fetch'],
  ['entrypoints/popup/main.tsx', "export const load = () => fetch('https://api.coingecko.com/api/v3/ping');", 'fetch'],
  ['lib/market/cache-store.ts', "export const read = () => browser.storage.local.get('x');", 'browser.storage'],
  ['lib/page/card-data.ts', "export const read = () => browser.storage.sync.get('settings');", 'browser.storage'],
];

/** Imports that stay inside their layer: the rules must let them pass. */
const ALLOWED: [string, string][] = [
  ['lib/page/card-data.ts', "import { sendToBackground } from '../messaging';\nexport const use = sendToBackground;"],
  ['lib/page/card-data.ts', "import { loadSettings } from '../settings/storage';\nexport const use = loadSettings;"],
  ['lib/detect/index.ts', "import { MENTION_FORMS } from '../model';\nexport const use = MENTION_FORMS;"],
  ['lib/detect/index.ts', "import { tokenize } from './text/tokenize';\nexport const use = tokenize;"],
  ['lib/sectors/rank.ts', "import * as z from 'zod/mini';\nexport const use = z;"],
  ['lib/ui/popup-data.ts', "import { sendToBackground } from '../messaging';\nexport const use = sendToBackground;"],
  ['lib/ui/use-api-key.ts', "import { loadCredentials } from '../settings/credentials';\nexport const use = loadCredentials;"],
  ['components/token-row.tsx', "import type { TokenView } from '../lib/messaging/views';\nexport type View = TokenView;"],
  ['components/token-row.tsx', "import { type SectorEntry } from '../lib/ui/sector-order';\nexport type Entry = SectorEntry;"],
  ['components/token-row.tsx', "import { formatPercent } from '../lib/format';\nexport const use = formatPercent;"],
  ['lib/background/main.ts', "import { createMarketService } from '../market/service';\nexport const use = createMarketService;"],
  ['lib/storage/stored-item.ts', "export const read = () => browser.storage.local.get('x');"],
];

describe('lint zones bite on resolved paths', { timeout: 30_000 }, () => {
  it.each(CROSSINGS)('%s: %s rejects %s', async (zone, filePath, code) => {
    const found = await problems(filePath, code);
    expect(found).toContainEqual({ ruleId: 'zones/import-zones', message: expect.stringContaining(zoneMessage(zone)) });
  });

  it.each(GLOBAL_CROSSINGS)('%s may not use %s', async (filePath, code, name) => {
    const found = await problems(filePath, code);
    expect(found.filter((problem) => problem.ruleId === 'no-restricted-globals' || problem.ruleId === 'no-restricted-properties').map((problem) => problem.message)).toContainEqual(expect.stringContaining(name));
  });

  it.each(ALLOWED)('%s may %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });

  it('has a crossing for every zone and every layer with banned globals', () => {
    expect(new Set(CROSSINGS.map(([zone]) => zone))).toEqual(new Set(ZONES.map((zone) => zone.name)));
    for (const zone of GLOBAL_ZONES) {
      const covered = GLOBAL_CROSSINGS.some(([filePath]) => zone.target.some((glob) => filePath.startsWith(glob.replace(/\*.*$/, ''))));
      expect(covered, zone.name).toBe(true);
    }
  });
});
