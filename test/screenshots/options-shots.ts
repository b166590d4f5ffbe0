/** The options page: as first opened, and with a repaired value, a search and an import report. */
import { join } from 'node:path';
import { defaultSettings } from '../../lib/settings/schema';
import { launchExtensionAt } from '../e2e/support/extension';
import type { ShotContext } from './popup-shots';

export async function optionsShots(ctx: ShotContext): Promise<void> {
  const ext = await launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme });
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'AI', exact: true }).waitFor();
  await options.screenshot({ path: join(ctx.out, `options-${ctx.scheme}.png`), fullPage: true });

  // A complete stored object with one field a newer or broken install wrote ("mode").
  const stored = { ...defaultSettings(), watchedSectors: ['depin', 'artificial-intelligence', 'solana-ecosystem'], customSectors: [{ id: 'solana-ecosystem', name: 'Solana Ecosystem' }], averaging: 'mode', pins: { ATH: 'aethir' }, addedSites: ['https://news.example.com'] };
  await ext.worker.evaluate((settings) => chrome.storage.sync.set({ settings: { version: 2, ...settings } }), stored);
  await options.reload();
  await options.getByLabel('Add any CoinGecko category').fill('gaming');
  await ctx.until(async () => (await options.locator('.category-results li').count()) > 0, 'category results');
  await options.getByLabel('Import settings…').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ window: '7d', leaveOneOut: 'sometimes', apiKey: 'x' })) });
  await options.locator('[data-sl-import]').waitFor();
  await options.screenshot({ path: join(ctx.out, `options-edited-${ctx.scheme}.png`), fullPage: true });
  await ext.close();
}
