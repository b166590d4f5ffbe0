/**
 * Issue #6's acceptance path: the reader changes the watched sectors in the options page, the
 * popup for an open article follows, and the choice survives closing and reopening the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED } from '../../lib/model';
import { launchExtension, type LoadedExtension } from './support/launch';
import { highlightCount } from './support/page-helpers';
import { chartSectorIds, openOptions } from './support/settings-helpers';

const profileDir = mkdtempSync(join(tmpdir(), 'sector-lens-profile-'));
let ext: LoadedExtension | undefined;

afterAll(async () => {
  await ext?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function popupForArticle(extension: LoadedExtension) {
  const page = await extension.openPage('demo-article.html');
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const popup = await extension.openPopup(await extension.tabIdOf(page));
  await popup.locator('[data-sl-coin]').first().waitFor({ timeout: 15_000 });
  return popup;
}

describe('watched sectors from options to popup', () => {
  const expected = [...DEFAULT_WATCHED.filter((id) => id !== 'artificial-intelligence' && id !== 'depin'), 'storage', 'depin'];

  it('the open popup follows the options page: switch off, switch on, reorder', async () => {
    ext = await launchExtension({ profileDir });
    const popup = await popupForArticle(ext);
    expect(await chartSectorIds(popup)).toEqual(DEFAULT_WATCHED);

    const options = await openOptions(ext);
    await options.getByRole('checkbox', { name: 'AI', exact: true }).uncheck();
    await options.getByLabel('Storage', { exact: true }).check();
    // DePIN (now first) moves to the end, one arrow press at a time, as a keyboard user would.
    for (let i = 0; i < DEFAULT_WATCHED.length - 1; i++) await options.getByRole('button', { name: 'Move DePIN down', exact: true }).click();

    await expect.poll(() => chartSectorIds(popup), { timeout: 10_000 }).toEqual(expected);
    // Every row is there whether or not its average could be computed ("—" then).
    const storageRow = popup.locator('[data-sl-chart] [data-sl-sector="storage"]');
    expect(await storageRow.innerText()).toMatch(/Storage[\s\S]*([+-]\d+\.\d\d%|—|no data yet)/);

    // A freshly opened popup shows the same.
    const fresh = await ext.openPopup(await ext.tabIdOf(await ext.openPage('demo-article.html')));
    await expect.poll(() => chartSectorIds(fresh), { timeout: 15_000 }).toEqual(expected);
  });

  it('survives a browser restart with the same profile', async () => {
    await ext?.close({ keepProfile: true });
    ext = await launchExtension({ profileDir });
    const popup = await popupForArticle(ext);
    await expect.poll(() => chartSectorIds(popup), { timeout: 10_000 }).toEqual(expected);
    const options = await openOptions(ext);
    expect(await options.getByRole('checkbox', { name: 'AI', exact: true }).isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Storage', exact: true }).isChecked()).toBe(true);
  });
});
