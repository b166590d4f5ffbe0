/**
 * A Japanese article read with the UI in Japanese: the coins it writes in katakana
 * (ビットコイン, ソラナ…) painted, the card over one of them, and the popup's list of the page's
 * tokens (lib/detect/README.md, "Coins in the reader's script").
 */
import { join } from 'node:path';
import { launchExtensionAt } from '../e2e/support/extension';
import { cardTooltip, highlightCount, restPointerOn } from '../e2e/support/page-helpers';
import type { ShotContext } from './popup-shots';

export async function scriptShots(ctx: ShotContext): Promise<void> {
  const ext = await launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme, language: 'ja' });
  const name = (what: string) => join(ctx.out, `${what}-script-ja-${ctx.scheme}.png`);
  const page = await ext.openPage('demo-article-ja.html');
  await ctx.until(async () => (await highlightCount(page)) > 0, 'highlights');
  await restPointerOn(page, 'ソラナ');
  await ctx.until(async () => (await cardTooltip(page).getAttribute('data-sl-state').catch(() => null)) === 'ready', 'card');
  await page.screenshot({ path: name('card') });

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await ext.tabIdOf(page)}`);
  await ctx.until(async () => (await popup.locator('[data-sl-coin]').count()) > 0, 'popup rows');
  await popup.locator('main').screenshot({ path: name('popup') });
  await ext.close();
}
