/** Headless Debian Chromium for the benchmark, with or without the built extension. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/support/chromium-path';

const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** `jsFlags`: V8 flags for diagnosis only (`--max-opt=2`: no optimising tier; `--trace-deopt`), never for a figure. */
export async function launchBench(extensionDir?: string, jsFlags?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sector-lens-bench-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...BASE_ARGS, ...extensionArgs, ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Long tasks (> 50 ms) the page's main thread runs from now on, read back with `longTasks(page)`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
}

/** JavaScript heap in use in the page's isolate (main world and isolated worlds) after a full GC. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
