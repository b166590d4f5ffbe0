/**
 * The card's "Since published" block and the popup's since-published window, on the since test
 * article dated 50 h before the served hourly data (the fake's 'hourly-series' dataset), plus the
 * card on the same article dated 10 days back (older than the series).
 */
import { join } from 'node:path';
import { launchExtensionAt } from '../e2e/support/extension';
import { cardTooltip, highlightCount, restPointerOn } from '../e2e/support/page-helpers';
import type { ShotContext } from './popup-shots';

const HOUR = 3_600_000;

export async function sinceShots(ctx: ShotContext): Promise<void> {
  const ext = await launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme });
  await ext.admin('dataset?name=hourly-series');
  try {
    const rows = (await (await fetch(`${ctx.apiOrigin}/api/v3/coins/markets?vs_currency=usd&ids=aethir&sparkline=true`)).json()) as { last_updated: string }[];
    const last = Date.parse(rows[0]!.last_updated);
    for (const [name, back] of [['since', 50 * HOUR], ['since-too-old', 240 * HOUR]] as const) {
      const page = await ext.openPage(`since-article.html?published=${new Date(last - back).toISOString()}`);
      await ctx.until(async () => (await highlightCount(page)) > 0, 'highlights');
      await restPointerOn(page, 'ATH');
      await ctx.until(async () => (await cardTooltip(page).locator('[data-sl-since]').count().catch(() => 0)) > 0, 'since block');
      await page.screenshot({ path: join(ctx.out, `card-${name}-${ctx.scheme}.png`) });
      if (name === 'since') {
        const popup = await ext.context.newPage();
        await popup.setViewportSize({ width: 420, height: 600 });
        await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await ext.tabIdOf(page)}`);
        await popup.getByRole('radio', { name: 'since published' }).click();
        await ctx.until(async () => (await popup.locator('[data-sl-since-window]').count()) > 0, 'since window');
        await ctx.until(async () => (await popup.locator('[data-sl-coin]').count()) > 0, 'popup rows');
        await popup.locator('[data-sl-coin="aethir"] .row-button').click();
        await popup.locator('main').screenshot({ path: join(ctx.out, `popup-since-${ctx.scheme}.png`) });
        await popup.close();
      }
      await page.close();
    }
  } finally {
    await ext.admin('reset');
    await ext.close();
  }
}
