/**
 * The card and the popup while rate limited, as a keyless reader meets it: Filecoin's card loaded
 * DePIN, then CoinGecko answers 429 (Retry-After 40 s) and the reader hovers Aethir (AI + DePIN):
 * DePIN from cache, AI counting down to its next try. Shot twice, 3 s apart, so the countdown is
 * seen to move. Run by take.ts, or alone: `npx tsx test/screenshots/rate-limit-shots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { startFakeCoinGecko, type FakeCoinGecko } from '../support/fake-coingecko';
import { launchExtensionAt } from '../e2e/support/extension';
import { highlightCount, restPointerOn } from '../e2e/support/page-helpers';
import { until } from './until';


export async function rateLimitShots(server: FakeCoinGecko, extensionDir: string, out: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    server.reset();
    server.setLimit({ perMinute: 5, retryAfterEvery: 2, latencyMs: 400 });
    const ext = await launchExtensionAt({ extensionDir, apiOrigin: server.origin, colorScheme: scheme });
    const page = await ext.openPage('demo-article.html');
    await until(async () => (await highlightCount(page)) > 0, 'highlights');
    const card = page.locator('sector-lens-card .sl-card');
    await restPointerOn(page, 'FIL');
    await until(async () => (await card.getAttribute('data-sl-state').catch(() => null)) === 'ready', 'Filecoin card');
    server.setScenario('rate-limited', { retryAfterSeconds: 40 });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    await restPointerOn(page, 'ATH');
    await until(async () => (await card.locator('[data-sl-waiting]').count().catch(() => 0)) > 0, 'Aethir card with a sector waiting');
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: join(out, `card-rate-limited-${scheme}.png`) });
    await page.waitForTimeout(3_000);
    await page.screenshot({ path: join(out, `card-rate-limited-3s-later-${scheme}.png`) });

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await ext.tabIdOf(page)}`);
    await until(async () => (await popup.locator('[data-sl-coin]').count()) > 0, 'popup rows');
    await popup.waitForTimeout(2_000);
    await popup.locator('main').screenshot({ path: join(out, `popup-rate-limited-countdown-${scheme}.png`) });
    await ext.close();
  }
  server.reset();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = join(ROOT, 'test', 'screenshots', 'out');
  mkdirSync(out, { recursive: true });
  const server = await startFakeCoinGecko();
  const extensionDir = buildExtension(server.apiBase, join(ROOT, '.output', 'screenshots'));
  await rateLimitShots(server, extensionDir, out);
  await server.close();
  console.log(`screenshots in ${out}`);
}
