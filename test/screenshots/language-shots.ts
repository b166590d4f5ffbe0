/**
 * The card, the popup (a row open) and the options page with Chromium in another language
 * (LANGUAGE/LANG, Debian's chromium-l10n): to see that every language fits — CJK widths, long
 * German words — and nothing is clipped.
 */
import { join } from 'node:path';
import { launchExtensionAt, type LoadedExtension } from '../e2e/support/extension';
import { cardTooltip, highlightCount, restPointerOn } from '../e2e/support/page-helpers';
import type { ShotContext } from './popup-shots';

export const SHOT_LANGUAGES = ['es', 'ja', 'zh-CN', 'ko', 'de'] as const;

/** The card over `word` on `pageName` and the popup for that tab (a row opened when `openCoin` is
 * given), shot as `card-…` and `popup-…`; the page is left open. */
export async function cardAndPopupShots(ext: LoadedExtension, ctx: ShotContext, pageName: string, word: string, name: (what: string) => string, openCoin?: string): Promise<void> {
  const page = await ext.openPage(pageName);
  await ctx.until(async () => (await highlightCount(page)) > 0, 'highlights');
  await restPointerOn(page, word);
  await ctx.until(async () => (await cardTooltip(page).getAttribute('data-sl-state').catch(() => null)) === 'ready', 'card');
  await page.screenshot({ path: name('card') });

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await ext.tabIdOf(page)}`);
  await ctx.until(async () => (await popup.locator('[data-sl-coin]').count()) > 0, 'popup rows');
  if (openCoin) await popup.locator(`[data-sl-coin="${openCoin}"] .row-button`).click();
  await popup.locator('main').screenshot({ path: name('popup') });
}

export async function languageShots(ctx: ShotContext, language: string): Promise<void> {
  const ext = await launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme, language });
  const name = (what: string) => join(ctx.out, `${what}-${language}-${ctx.scheme}.png`);
  await cardAndPopupShots(ext, ctx, 'demo-article.html', 'ATH', name, 'aethir');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.locator('.sector-list').waitFor();
  await options.screenshot({ path: name('options'), fullPage: true });
  await ext.close();
}
