/**
 * `npm run dev`: build the extension against a local CoinGecko stand-in that serves the recorded
 * responses in test/fixtures/coingecko, then open the demo article in Chromium with the extension
 * loaded. Without a display, print where the build is and how to load it, and keep serving.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildExtension, ROOT } from './build-for-tests';
import { startFakeCoinGecko } from './fake-coingecko';

const DEFAULT_PORT = 8787;
const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}
const server = await startFakeCoinGecko(port).catch((error: NodeJS.ErrnoException) => {
  // Another `npm run dev` (or anything else) holds the port: say so and how to pick another.
  if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
  console.error(`Port ${port} on 127.0.0.1 is ${error.code === 'EADDRINUSE' ? 'already in use (another npm run dev?)' : 'not allowed here'}.
Stop what holds it, or choose another port: PORT=8788 npm run dev  (PORT=0 picks a free one).`);
  process.exit(1);
});
console.log(`Local CoinGecko stand-in (recorded data) on ${server.origin}`);
const extensionDir = buildExtension(server.apiBase, join(ROOT, '.output', 'demo'), 'chrome', false);
const demoUrl = `${server.origin}/pages/demo-article.html`;
const browserPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!process.env.DISPLAY && process.platform === 'linux') {
  console.log(`
No display here, so no browser window. The extension is built in:
  ${extensionDir}
Load it in Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → choose that folder.
Then open the demo article: ${demoUrl}
(Serving until you press Ctrl+C.)`);
} else if (!existsSync(browserPath)) {
  console.log(`No Chromium at ${browserPath} (set CHROMIUM_PATH). Load ${extensionDir} by hand and open ${demoUrl}.`);
} else {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sector-lens-demo-')), {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(`Chromium is open on ${demoUrl}. Rest the pointer on a ticker. Close the window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
