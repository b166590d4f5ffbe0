/**
 * `npm run icons`: render public/icon/icon.svg to the PNG sizes the stores and browsers ask for
 * (16, 32, 48, 96, 128), using Debian's Chromium headless. The PNGs are committed; run this only
 * after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const dir = resolve(import.meta.dirname, '..', '..', 'public', 'icon');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons: ${SIZES.join(', ')} px in ${dir}`);
