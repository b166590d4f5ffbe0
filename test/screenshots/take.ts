/**
 * `npm run screenshots`: the hover card, the popup in each of its states and the options page
 * (light, dark) as a reader sees them, in headless Chromium against recorded data. PNGs go to
 * test/screenshots/out/ (ignored by git; the README's pictures are copied from there by hand).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { startFakeCoinGecko } from '../support/fake-coingecko';
import { launchExtensionAt } from '../e2e/support/extension';
import { cardTooltip, highlightCount, restPointerOn } from '../e2e/support/page-helpers';
import { languageShots, SHOT_LANGUAGES } from './language-shots';
import { optionsShots } from './options-shots';
import { popupShots } from './popup-shots';
import { rateLimitShots } from './rate-limit-shots';
import { scriptShots } from './script-shots';
import { sinceShots } from './since-shots';
import { until } from './until';

/** `npm run screenshots -- --only since`: just one group, while working on it. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const out = join(ROOT, 'test', 'screenshots', 'out');
mkdirSync(out, { recursive: true });
const server = await startFakeCoinGecko();
const extensionDir = buildExtension(server.apiBase, join(ROOT, '.output', 'screenshots'));


// `npm run screenshots -- --languages`: only the other-language shots (card, popup, options).
const languagesOnly = process.argv.includes('--languages');
for (const scheme of only === 'since' ? [] : (['light', 'dark'] as const)) {
  for (const language of SHOT_LANGUAGES) await languageShots({ extensionDir, apiOrigin: server.origin, out, scheme, until }, language);
}
// A Japanese article, its coins written in katakana, with the UI in Japanese.
for (const scheme of only === 'since' ? [] : (['light', 'dark'] as const)) await scriptShots({ extensionDir, apiOrigin: server.origin, out, scheme, until });
for (const scheme of languagesOnly || only === 'since' ? [] : (['light', 'dark'] as const)) {
  const ext = await launchExtensionAt({ extensionDir, apiOrigin: server.origin, colorScheme: scheme });
  const page = await ext.openPage('demo-article.html');
  await until(async () => (await highlightCount(page)) > 0, 'highlights');
  await restPointerOn(page, 'ATH');
  await until(async () => (await cardTooltip(page).getAttribute('data-sl-state').catch(() => null)) === 'ready', 'card');
  await page.screenshot({ path: join(out, `card-${scheme}.png`) });
  // The 7-day sparkline shows only where the hourly series is asked for (a page dated within 7
  // days): the since-published shots below carry it.
  await ext.close();

  const ctx = { extensionDir, apiOrigin: server.origin, out, scheme, until };
  await popupShots(ctx);
  await optionsShots(ctx);
}
for (const scheme of ['light', 'dark'] as const) {
  if (!languagesOnly && (only === undefined || only === 'since')) await sinceShots({ extensionDir, apiOrigin: server.origin, out, scheme, until });
}
// The rate-limited card: a fresh browser (nothing cached) while CoinGecko answers 429.
server.setScenario('rate-limited', { retryAfterSeconds: 40 });
for (const scheme of languagesOnly || only === 'since' ? [] : (['light', 'dark'] as const)) {
  const ext = await launchExtensionAt({ extensionDir, apiOrigin: server.origin, colorScheme: scheme });
  const page = await ext.openPage('demo-article.html');
  await until(async () => (await highlightCount(page)) > 0, 'highlights');
  await restPointerOn(page, 'ATH');
  await until(async () => (await cardTooltip(page).getAttribute('data-sl-state').catch(() => null)) === 'error', 'rate-limited card');
  await page.screenshot({ path: join(out, `card-rate-limited-${scheme}.png`) });
  await ext.close();
}
server.reset();
// Keyless at 5 requests a minute: a card with one sector counting down, and the popup.
if (only !== 'since') await rateLimitShots(server, extensionDir, out);
await server.close();
console.log(`screenshots in ${out}`);
