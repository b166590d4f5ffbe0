/**
 * A Japanese article read with the UI in Japanese: the coins it writes in katakana
 * (ビットコイン, ソラナ…) painted, the card over one of them, and the popup's list of the page's
 * tokens (lib/detect/README.md, "Coins in the reader's script").
 */
import { join } from 'node:path';
import { launchExtensionAt } from '../e2e/support/extension';
import { cardAndPopupShots } from './language-shots';
import type { ShotContext } from './popup-shots';

export async function scriptShots(ctx: ShotContext): Promise<void> {
  const ext = await launchExtensionAt({ extensionDir: ctx.extensionDir, apiOrigin: ctx.apiOrigin, colorScheme: ctx.scheme, language: 'ja' });
  await cardAndPopupShots(ext, ctx, 'demo-article-ja.html', 'ソラナ', (what) => join(ctx.out, `${what}-script-ja-${ctx.scheme}.png`));
  await ext.close();
}
