/**
 * `npm run bench:page`: prints what the page layer costs, in headless Debian Chromium.
 *   1. scan + detect + highlight of a ~1 MB article against the floor (bare TreeWalker + one regex
 *      pass) and the peer (mark.js marking the same mentions), each on a fresh load, until the
 *      next frame has painted; plus the element-wrapping fallback, and the real extension's scan;
 *   2. page DOM churn with static vs live ranges painted;
 *   3. 1,000 feed items appended: time per item and the longest task, against the floor with and
 *      without its matches painted (the Highlight API costs on a changing page too); the same on pages modelled
 *      on X, Reddit and Binance Square, with each site's profile;
 *   4. content-script bundle size (and the card chunk loaded on first hover); 5. JavaScript heap the content script adds to a typical article.
 * Bounded: about a minute on two cores.
 * `npm run --silent bench:page -- --json`: the same table on stderr, and one JSON object on the last
 * line of stdout (the figures the README and the issue quote).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { startFakeCoinGecko } from '../support/fake-coingecko';
import { articlePage, feedPage } from './article-generator';
import { heapUsed, launchBench, longTasks, median, watchLongTasks } from './bench-browser';
import { serveBenchPages } from './bench-server';
import { bundleHarness, withPainterCss } from './harness-bundle';
import type { BenchApi, ScanOptions } from './page-harness';

const RUNS = 3;
const FEED_ITEMS = 1000;
const FEED_BATCH = 20;
const JSON_OUTPUT = process.argv.includes('--json');
// With --json the table still prints, on stderr, so stdout holds only the JSON line.
const log = JSON_OUTPUT ? console.error : console.log;

const harness = await bundleHarness({ minify: true });
const big = withPainterCss(articlePage(1_050_000));
/** Pages modelled on the sites' structure (test/fixtures/pages), each with its profile and its "more posts" function. */
const SITE_PAGES = [
  { profile: 'x', file: 'x-timeline.html', append: 'appendPosts' },
  { profile: 'reddit', file: 'reddit-thread.html', append: 'loadMoreComments' },
  { profile: 'binance-square', file: 'binance-square-feed.html', append: 'morePosts' },
] as const;
const SITE_ITEMS = 600;
const sitePages = Object.fromEntries(SITE_PAGES.map((site) => [site.file, withPainterCss(readFileSync(join(ROOT, 'test/fixtures/pages', site.file), 'utf8'))]));
const pages = { 'big.html': big, 'typical.html': articlePage(25_000, 3), 'feed.html': withPainterCss(feedPage()), ...sitePages, 'harness.js': harness };
const server = await serveBenchPages(pages);
const fake = await startFakeCoinGecko();
const extensionDir = buildExtension(fake.apiBase, join(ROOT, '.output', 'bench'));
const bigText = big.replace(/<(style|script)[^]*?<\/\1>/g, '').replace(/<[^>]+>/g, '').length;

type Result = { ms: number; scriptMs?: number; cpuMs?: number; mentions: number };
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Load a fresh page with the harness and call one harness function with JSON arguments. */
async function inPage<K extends keyof BenchApi>(page: Page, call: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  await page.goto(`${server.origin}/big.html`);
  await page.addScriptTag({ url: `${server.origin}/harness.js` });
  return page.evaluate(`window.slBench.${call}(...${JSON.stringify(args)})`) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/**
 * The same, also reading the page's main-thread CPU time (CDP Performance.getMetrics
 * `ThreadTime`) around the call: on a machine other work shares, wall time counts the
 * neighbours too, CPU time much less (it still holds the evaluate round trip, ~1 ms).
 */
async function inPageWithCpu<K extends 'scan' | 'floor' | 'floorPainted' | 'markJs'>(page: Page, call: K, ...args: Parameters<BenchApi[K]>): Promise<Result> {
  await page.goto(`${server.origin}/big.html`);
  await page.addScriptTag({ url: `${server.origin}/harness.js` });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
  const before = await threadMs();
  const result = (await page.evaluate(`window.slBench.${call}(...${JSON.stringify(args)})`)) as Result;
  const cpuMs = (await threadMs()) - before;
  await cdp.detach();
  return { ...result, cpuMs };
}

async function contest(page: Page, name: string, run: () => Promise<Result>): Promise<Result & { name: string }> {
  const results: Result[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  const medianOf = (pick: (result: Result) => number | undefined) => median(results.map((r) => pick(r) ?? NaN));
  return { name, ms: medianOf((r) => r.ms), scriptMs: medianOf((r) => r.scriptMs), cpuMs: medianOf((r) => r.cpuMs), mentions: results[0]?.mentions ?? 0 };
}

log(`Page: ${kb(bigText)} of article text. Chromium headless, median of ${RUNS} fresh loads, timed until the next frame.\n`);
const plain = await launchBench();
const page = await plain.context.newPage();
const scanOf = (painter: ScanOptions['painter']) => () => inPageWithCpu(page, 'scan', { painter });
// Warm the page cache and the JIT once; not counted.
await inPage(page, 'floor');
const rows = [
  await contest(page, 'floor: TreeWalker + one regex pass', () => inPageWithCpu(page, 'floor')),
  await contest(page, 'floor + its matches painted (Highlight API)', () => inPageWithCpu(page, 'floorPainted')),
  await contest(page, 'Sector Lens: highlights (static ranges)', scanOf('highlight')),
  await contest(page, 'Sector Lens: highlights (live ranges)', scanOf('live-ranges')),
  await contest(page, 'Sector Lens: wrapping elements (fallback)', scanOf('elements')),
  await contest(page, 'mark.js, same mentions', () => inPageWithCpu(page, 'markJs')),
];
const floorMs = rows[0]?.ms ?? NaN;
const markMs = rows[5]?.ms ?? NaN;
for (const row of rows) {
  log(`${row.name.padEnd(44)} ${fmt(row.ms).padStart(10)}  ${(row.ms / floorMs).toFixed(2)}× floor  ${(markMs / row.ms).toFixed(2)}× faster than mark.js  (script ${fmt(row.scriptMs ?? NaN)}, then the frame; main-thread CPU ${fmt(row.cpuMs ?? NaN)}; ${row.mentions} mentions)`);
}

const walkText = await inPage(page, 'walk', false);
const walkShadow = await inPage(page, 'walk', true);
log(`\nThe scanner's walk of the big page alone (best of 5): text nodes only ${fmt(walkText.ms)}, also visiting elements for open shadow roots (the default) ${fmt(walkShadow.ms)} (${walkShadow.mentions} text nodes)`);

// Where the scan's time goes: the detector alone, cold (a fresh tab) and once V8 has optimised it.
const PASSES = 4;
const detectRuns: { passes: { learnMs: number; detectMs: number }[]; texts: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(`${server.origin}/big.html`);
  await page.addScriptTag({ url: `${server.origin}/harness.js` });
  detectRuns.push((await page.evaluate(`window.slBench.detectPasses(${PASSES})`)) as (typeof detectRuns)[number]);
}
const passMs = (pass: number, part: 'learnMs' | 'detectMs') => median(detectRuns.map((run) => run.passes[pass]?.[part] ?? NaN));
const detectColdMs = passMs(0, 'learnMs') + passMs(0, 'detectMs');
const detectWarmMs = passMs(PASSES - 1, 'learnMs') + passMs(PASSES - 1, 'detectMs');
log(
  `The detector alone on the page's ${detectRuns[0]?.texts ?? 0} texts (no walk, index or paint), ${PASSES} passes in one page load: ` +
    `first (cold) learn ${fmt(passMs(0, 'learnMs'))} + detect ${fmt(passMs(0, 'detectMs'))}, last (warm) learn ${fmt(passMs(PASSES - 1, 'learnMs'))} + detect ${fmt(passMs(PASSES - 1, 'detectMs'))}`,
);

log('\nPage DOM churn (2,000 insert+remove at the top of the article) with the paint in place:');
for (const [label, options] of [['nothing painted', null], ['static ranges', { painter: 'highlight' }], ['live ranges', { painter: 'live-ranges' }]] as const) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await inPage(page, 'churnWith', options, 2000)).ms);
  log(`  ${label.padEnd(16)} ${fmt(median(times))}`);
}
async function feedRun(target: Page, mode: 'ours' | 'floor' | 'floorPainted') {
  await target.goto(`${server.origin}/feed.html`);
  await target.addScriptTag({ url: `${server.origin}/harness.js` });
  await watchLongTasks(target);
  const result = (await target.evaluate(`window.slBench.feed(${JSON.stringify(mode)}, ${FEED_ITEMS}, ${FEED_BATCH})`)) as Result;
  return { ...result, longest: Math.max(0, ...(await longTasks(target))) };
}
log(`\nFeed: ${FEED_ITEMS} items appended in batches of ${FEED_BATCH}, one task each, until all painted:`);
let feedMentions = FEED_ITEMS;
const feedMs = { ours: NaN, floor: NaN, floorPainted: NaN };
let longestTaskMs = 0;
const FEED_LABELS = { floor: 'floor (observer + regex)', floorPainted: 'floor + matches painted', ours: 'Sector Lens' };
for (const mode of ['floor', 'floorPainted', 'ours'] as const) {
  const result = await feedRun(page, mode);
  feedMs[mode] = result.ms;
  if (mode === 'ours') {
    feedMentions = result.mentions;
    longestTaskMs = Math.max(longestTaskMs, result.longest);
  }
  log(`  ${FEED_LABELS[mode].padEnd(26)} ${fmt(result.ms)} total, ${(result.ms / FEED_ITEMS).toFixed(3)} ms/item, longest task ${result.longest ? fmt(result.longest) : 'none over 50 ms'} (${result.mentions} mentions)`);
}
log(`\nSite-like pages (test/fixtures/pages), ${SITE_ITEMS} posts appended in batches of ${FEED_BATCH} with the site's profile:`);
const sites: Record<string, { msPerItem: number; floorMsPerItem: number; longestTaskMs: number }> = {};
for (const site of SITE_PAGES) {
  const run = async (mode: 'ours' | 'floor') => {
    await page.goto(`${server.origin}/${site.file}`);
    await page.addScriptTag({ url: `${server.origin}/harness.js` });
    await watchLongTasks(page);
    const result = (await page.evaluate(`window.slBench.siteFeed(${JSON.stringify(mode)}, ${JSON.stringify(site.profile)}, ${JSON.stringify(site.append)}, ${SITE_ITEMS}, ${FEED_BATCH})`)) as Result;
    return { ...result, longest: Math.max(0, ...(await longTasks(page))) };
  };
  const floorRun = await run('floor');
  const ours = await run('ours');
  sites[site.profile] = { msPerItem: ours.ms / SITE_ITEMS, floorMsPerItem: floorRun.ms / SITE_ITEMS, longestTaskMs: ours.longest };
  log(
    `  ${site.profile.padEnd(16)} ${(ours.ms / SITE_ITEMS).toFixed(3)} ms/item vs floor ${(floorRun.ms / SITE_ITEMS).toFixed(3)} (${(ours.ms / floorRun.ms).toFixed(2)}×), longest task ${ours.longest ? fmt(ours.longest) : 'none over 50 ms'} (floor's ${floorRun.longest ? fmt(floorRun.longest) : 'none over 50 ms'}; ${ours.mentions} painted, floor matched ${floorRun.mentions})`,
  );
}
const heapWithout: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const tab = await plain.context.newPage();
  await tab.goto(`${server.origin}/typical.html`);
  // The same Playwright call the extension's side makes (waitForFunction), so that both sides
  // hold Playwright's injected script (~550 KB of heap, no part of ours; counted as added until
  // 28 Nov 03:10, test/bench/heap-breakdown.ts found it).
  await tab.waitForFunction(() => document.readyState === 'complete', null, { polling: 50 });
  heapWithout.push(await heapUsed(tab));
  await tab.close();
}
await plain.close();

log('\nThe built extension (content script as shipped):');
const withExtension = await launchBench(extensionDir);
const extPage = await withExtension.context.newPage();
const scans: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await extPage.goto(`${server.origin}/big.html`);
  const handle = await extPage.waitForFunction(() => performance.getEntriesByName('sector-lens:first-scan')[0], null, { timeout: 30_000, polling: 50 });
  scans.push(await handle.evaluate((entry) => (entry as PerformanceMeasure).duration));
}
log(`  first scan of the big page (document_idle → painted ranges, no frame): ${fmt(median(scans))}`);
const extFeed = await extPage.context().newPage();
await extFeed.goto(`${server.origin}/feed.html`);
await extFeed.waitForFunction(() => performance.getEntriesByName('sector-lens:first-scan').length > 0, null, { polling: 50 });
await watchLongTasks(extFeed);
const feedStart = Date.now();
await extFeed.evaluate(`(async () => { for (let i = 0; i < ${FEED_ITEMS}; i += ${FEED_BATCH}) { appendFeedItems(${FEED_BATCH}); await new Promise((r) => setTimeout(r, 0)); } })()`);
await extFeed.waitForFunction((n) => (CSS.highlights.get('sector-lens')?.size ?? 0) >= n, feedMentions, { polling: 'raf', timeout: 30_000 });
const extFeedLongest = Math.max(0, ...(await longTasks(extFeed)));
longestTaskMs = Math.max(longestTaskMs, extFeedLongest);
log(`  feed of ${FEED_ITEMS} items painted in ${Date.now() - feedStart} ms wall clock, longest task ${extFeedLongest || 'none over 50 ms'}`);
const heapWith: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const tab = await withExtension.context.newPage();
  await tab.goto(`${server.origin}/typical.html`);
  await tab.waitForFunction(() => performance.getEntriesByName('sector-lens:first-scan').length > 0, null, { polling: 50 });
  heapWith.push(await heapUsed(tab));
  await tab.close();
}
await withExtension.close();
log(`  heap on a typical article (${kb(pages['typical.html'].length)} HTML): ${kb(median(heapWithout))} without, ${kb(median(heapWith))} with → ${kb(median(heapWith) - median(heapWithout))} added`);

const scriptsDir = join(extensionDir, 'content-scripts');
const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
let contentScriptGzip = 0;
for (const file of readdirSync(scriptsDir).filter((name) => name.endsWith('.js'))) {
  const bytes = readFileSync(join(scriptsDir, file));
  contentScriptGzip += gzipKB(join(scriptsDir, file));
  log(`\nContent script ${file}: ${kb(bytes.length)} raw, ${gzipKB(join(scriptsDir, file)).toFixed(1)} KB gzip (every tab on an enabled site)`);
}
// The card UI, imported on the first hover only (lib/page/card-chunk.ts).
const cardChunk = join(extensionDir, 'card-ui.js');
const cardChunkGzip = gzipKB(cardChunk);
log(`Card chunk card-ui.js: ${kb(readFileSync(cardChunk).length)} raw, ${cardChunkGzip.toFixed(1)} KB gzip (first hover)`);
await fake.close();
await server.close();

if (JSON_OUTPUT) {
  const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
  const rowMs = (index: number) => round(rows[index]?.ms ?? NaN);
  console.log(
    JSON.stringify({
      floorMs: rowMs(0),
      floorPaintedMs: rowMs(1),
      sectorLensMs: rowMs(2),
      markJsMs: rowMs(5),
      // Main-thread CPU time of the same runs (median), for comparing on a shared machine.
      floorCpuMs: round(rows[0]?.cpuMs ?? NaN),
      floorPaintedCpuMs: round(rows[1]?.cpuMs ?? NaN),
      sectorLensCpuMs: round(rows[2]?.cpuMs ?? NaN),
      feedMsPerItem: round(feedMs.ours / FEED_ITEMS, 3),
      feedFloorMsPerItem: round(feedMs.floor / FEED_ITEMS, 3),
      // The Highlight API's own cost on a page that keeps changing: the floor, painting its matches.
      feedFloorPaintedMsPerItem: round(feedMs.floorPainted / FEED_ITEMS, 3),
      longestTaskMs: round(longestTaskMs),
      heapAddedKB: round((median(heapWith) - median(heapWithout)) / 1024),
      contentScriptGzipKB: round(contentScriptGzip),
      cardChunkGzipKB: round(cardChunkGzip),
      walkMs: round(walkText.ms),
      walkWithShadowRootsMs: round(walkShadow.ms),
      // The detector alone on the big page's texts: its first pass in a page (cold) and its last (warm).
      detectColdMs: round(detectColdMs),
      detectWarmMs: round(detectWarmMs),
      sites: Object.fromEntries(Object.entries(sites).map(([id, site]) => [id, { msPerItem: round(site.msPerItem, 3), floorMsPerItem: round(site.floorMsPerItem, 3), longestTaskMs: round(site.longestTaskMs) }])),
    }),
  );
}
