/** Reading and writing the extension's stored settings from a test, through its service worker. */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from './extension';

export async function storedSettings(ext: LoadedExtension): Promise<Record<string, unknown>> {
  const all = await ext.worker.evaluate(() => chrome.storage.sync.get('settings'));
  return (all.settings ?? {}) as Record<string, unknown>;
}

export async function storeSettings(ext: LoadedExtension, value: unknown): Promise<void> {
  await ext.worker.evaluate((settings) => chrome.storage.sync.set({ settings }), value);
}

export async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Watched sectors' }).waitFor();
  return page;
}

/** The category ids of the popup chart's rows, in order. */
export function chartSectorIds(popup: Page): Promise<string[]> {
  return popup.locator('[data-sl-chart] [data-sl-sector]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sl-sector') ?? ''));
}
