/**
 * The options page against stored settings: every taxonomy sector has a switch labelled with its
 * name, a corrupt stored value is repaired and reported, and import never costs the reader their
 * settings while export never carries the API key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED, TAXONOMY } from '../../lib/model';
import { launchExtension, type LoadedExtension } from './support/launch';
import { openOptions, storedSettings, storeSettings } from './support/settings-helpers';

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('options page', () => {
  it('has one switch per taxonomy sector, labelled exactly with its name, the defaults on', async () => {
    await storeSettings(ext, null);
    const options = await openOptions(ext);
    for (const sector of TAXONOMY) {
      const box = options.getByRole('checkbox', { name: sector.name, exact: true });
      expect(await box.count(), sector.name).toBe(1);
      expect(await box.isChecked(), sector.name).toBe(DEFAULT_WATCHED.includes(sector.id));
      expect(await options.getByLabel(sector.name, { exact: true }).count(), sector.name).toBe(1);
    }
  });

  it('repairs a corrupt stored value field by field and says what was reset', async () => {
    await storeSettings(ext, { version: 2, watchedSectors: ['gaming', 'depin'], averaging: 'harmonic', window: 12 });
    const options = await openOptions(ext);
    const notice = options.getByRole('status').filter({ hasText: 'reset to their defaults' });
    expect(await notice.innerText()).toMatch(/sector average method.*default window|default window.*sector average method/);
    expect(await options.getByRole('checkbox', { name: 'Gaming', exact: true }).isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'AI', exact: true }).isChecked()).toBe(false);
    const healed = await storedSettings(ext);
    expect(healed).toMatchObject({ version: 2, watchedSectors: ['gaming', 'depin'], averaging: 'cap-weighted', window: '24h' });
  });

  it('imports valid fields, reports rejected ones, and keeps everything on a bad file', async () => {
    await storeSettings(ext, { version: 2, watchedSectors: ['depin'], window: '1h' });
    const options = await openOptions(ext);
    const upload = options.getByLabel('Import settings…');

    await upload.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await options.getByText('Nothing was imported').waitFor();
    expect(await storedSettings(ext)).toMatchObject({ watchedSectors: ['depin'], window: '1h' });

    const file = { format: 'sector-lens-settings', version: 2, settings: { window: '7d', averaging: 'mean', apiKey: 'CG-leak' } };
    await upload.setInputFiles({ name: 'partly.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const report = options.locator('[data-sl-import="ok"]');
    await report.waitFor();
    expect(await report.innerText()).toContain('Imported: default window.');
    expect(await report.innerText()).toContain('Rejected (invalid, kept your current value): sector average method.');
    expect(await report.innerText()).toContain('Ignored (not Sector Lens settings): apiKey.');
    await expect.poll(async () => (await storedSettings(ext)).window).toBe('7d');
    expect(await storedSettings(ext)).toMatchObject({ watchedSectors: ['depin'], averaging: 'cap-weighted' });
    expect(JSON.stringify(await storedSettings(ext))).not.toContain('CG-leak');
  });

  it('exports the settings as JSON without the API key', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ credentials: { plan: 'demo', key: 'CG-secret-demo-key' } }));
    const options = await openOptions(ext);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const path = await (await download).path();
    expect(path && existsSync(path)).toBeTruthy();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'sector-lens-settings', version: 2, settings: { window: '7d' } });
    expect(text).not.toContain('CG-secret');
  });

  it('reorders watched sectors by dragging a row', async () => {
    await storeSettings(ext, null);
    const options = await openOptions(ext);
    const row = (name: string) => options.locator('li.sector-item', { has: options.getByRole('checkbox', { name, exact: true }) });
    await row('Gaming').dragTo(row('AI'));
    await expect.poll(async () => ((await storedSettings(ext)).watchedSectors as string[])[0]).toBe('gaming');
    expect(await options.locator('li.sector-item .switch-name').first().innerText()).toBe('Gaming');
  });

  it('switching a news site off lists its hosts as switched off', async () => {
    const options = await openOptions(ext);
    await options.getByRole('checkbox', { name: 'Gate', exact: true }).uncheck();
    await expect.poll(async () => (await storedSettings(ext)).disabledSites).toEqual(['www.gate.com', 'www.gate.io']);
  });

  it('adds any CoinGecko category from the searchable list, watched last', async () => {
    const options = await openOptions(ext);
    await options.getByLabel('Add any CoinGecko category').fill('solana eco');
    await options.getByRole('button', { name: 'Add Solana Ecosystem', exact: true }).click();
    await expect.poll(async () => ((await storedSettings(ext)).watchedSectors as string[]).at(-1)).toBe('solana-ecosystem');
    expect(await options.getByRole('checkbox', { name: 'Solana Ecosystem', exact: true }).isChecked()).toBe(true);
  });

  it('"Test key" reports what CoinGecko answered', async () => {
    const options = await openOptions(ext);
    await options.getByRole('radio', { name: /^No key/ }).check();
    await options.getByRole('button', { name: 'Test key' }).click();
    await options.getByText('✓ CoinGecko answers without a key from here.').waitFor({ timeout: 15_000 });

    await ext.admin('scenario?name=unauthorized');
    await options.getByRole('radio', { name: /^Demo key/ }).check();
    await options.getByLabel('API key', { exact: true }).fill('CG-not-a-real-key');
    await options.getByRole('button', { name: 'Test key' }).click();
    await options.getByText(/✗ CoinGecko needs an API key/).waitFor({ timeout: 15_000 });
    await ext.admin('reset');
  });
});
