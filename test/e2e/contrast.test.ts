/**
 * Every text we render reaches WCAG AA contrast — 4.5:1, or 3:1 for large text — measured on the
 * rendered colours (support/contrast.ts) of the card, the popup and the options page, in light
 * and dark, including the warning and error states. Prints the table the README quotes.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { auditContrast, type ContrastSample } from './support/contrast';
import { launchExtension, type LoadedExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

const table: string[] = [];
const opened: LoadedExtension[] = [];

async function audit(page: Page, surface: string, root: string | null): Promise<ContrastSample[]> {
  const samples = await page.evaluate(auditContrast, root);
  const worst = [...samples].sort((a, b) => a.ratio - b.ratio)[0];
  table.push(`| ${surface} | ${samples.length} | ${worst ? `${worst.ratio.toFixed(2)}:1 (${worst.where} "${worst.text}", ${worst.color} on ${worst.background})` : '—'} | ${samples.filter((s) => !s.pass).length} |`);
  return samples;
}

const failures = (samples: ContrastSample[]) => samples.filter((sample) => !sample.pass);

async function launch(scheme: 'light' | 'dark', scenario?: string) {
  const ext = await launchExtension({ colorScheme: scheme });
  opened.push(ext);
  await ext.admin(scenario ? `scenario?name=${scenario}&retryAfter=40` : 'reset');
  const page = await ext.openPage('demo-article.html');
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  return { ext, page };
}

describe.each(['light', 'dark'] as const)('contrast, %s theme', (scheme) => {
  afterAll(async () => {
    // The stand-in is shared by every e2e file: leave it answering normally.
    await opened[0]?.admin('reset');
    for (const ext of opened.splice(0)) await ext.close();
  });

  it('card, popup (a row open) and options page', async () => {
    const { ext, page } = await launch(scheme);
    await restPointerOn(page, 'ATH');
    await expect.poll(() => cardTooltip(page).getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    const card = await audit(page, `card, ${scheme}`, 'sector-lens-card');
    expect(card.length).toBeGreaterThan(10);
    expect(failures(card)).toEqual([]);

    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.locator('[data-sl-coin="aethir"] .row-button').click();
    await popup.locator('.detail').waitFor();
    const popupSamples = await audit(popup, `popup, ${scheme}`, null);
    expect(popupSamples.length).toBeGreaterThan(20);
    expect(failures(popupSamples)).toEqual([]);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('.sector-list').waitFor();
    await options.getByRole('button', { name: 'Test key' }).click();
    await options.locator('.ok, .problem').first().waitFor({ timeout: 15_000 });
    const optionsSamples = await audit(options, `options, ${scheme}`, null);
    expect(optionsSamples.length).toBeGreaterThan(40);
    expect(failures(optionsSamples)).toEqual([]);
  });

  it('the warning states: rate-limited card and popup note', async () => {
    const { ext, page } = await launch(scheme, 'rate-limited');
    await restPointerOn(page, 'ATH');
    await expect.poll(() => cardTooltip(page).getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('error');
    expect(failures(await audit(page, `card rate-limited, ${scheme}`, 'sector-lens-card'))).toEqual([]);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.locator('.note').waitFor({ timeout: 15_000 });
    const samples = await audit(popup, `popup rate-limited, ${scheme}`, null);
    // The stand-in is shared by every e2e file: leave it answering normally, then close.
    await ext.admin('reset');
    await ext.close();
    opened.splice(opened.indexOf(ext), 1);
    expect(failures(samples)).toEqual([]);
  });
});

afterAll(() => {
  console.log(['| surface | texts | lowest ratio (where) | below AA |', '|---|---|---|---|', ...table].join('\n'));
});
