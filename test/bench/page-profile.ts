/**
 * Where the page path's time goes: Chromium's sampling profiler (CDP, 0.1 ms) over one call of the
 * bench harness (page-harness.ts), bundled unminified so functions keep their names; prints the
 * inclusive time per function (lib/page/README.md, "The page path around the detector").
 *   npx tsx test/bench/page-profile.ts                                   the 1 MB article's scan
 *   npx tsx test/bench/page-profile.ts "window.slBench.feed('ours', 1000, 20)" feed.html
 *   npx tsx test/bench/page-profile.ts --cold "window.slBench.detectPasses(1)"  the first call in a fresh tab
 * The profile is also written to /tmp/sector-lens-page.cpuprofile (DevTools → Performance → load).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlePage, feedPage } from './article-generator';
import { launchBench } from './bench-browser';
import { serveBenchPages } from './bench-server';
import { bundleHarness, withPainterCss } from './harness-bundle';

const args = process.argv.slice(2);
// --cold: profile the first call in a fresh page (what a reader's tab pays), not after two warm-up loads.
const cold = args.includes('--cold');
const [call = "window.slBench.scan({ painter: 'highlight' })", file = 'big.html'] = args.filter((arg) => arg !== '--cold');
const harness = await bundleHarness({ minify: false });
const server = await serveBenchPages({ 'big.html': withPainterCss(articlePage(1_050_000)), 'feed.html': withPainterCss(feedPage()), 'harness.js': harness });
const browser = await launchBench();
const page = await browser.context.newPage();
const load = async () => {
  await page.goto(`${server.origin}/${file}`);
  await page.addScriptTag({ url: `${server.origin}/harness.js` });
};
// Twice unprofiled first: the page cache and the JIT warm, as in bench:page.
for (let i = 0; i < (cold ? 0 : 2); i++) {
  await load();
  await page.evaluate(call);
}
await load();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const result: unknown = await page.evaluate(call);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();
const out = join(tmpdir(), 'sector-lens-page.cpuprofile');
writeFileSync(out, JSON.stringify(profile));
console.log(`${call} on ${file}: ${JSON.stringify(result)} (profile: ${out})\n`);
for (const [name, ms] of inclusiveTimes(profile).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);

/** Time per function, each sample counted once per function on its stack (recursion too). */
/** The parts of CDP's Profiler.Profile read here. */
type Profile = { nodes: { id: number; callFrame: { functionName: string; lineNumber: number }; children?: number[] }[]; samples?: number[]; timeDeltas?: number[] };

function inclusiveTimes({ nodes, samples = [], timeDeltas = [] }: Profile): [string, number][] {
  const self = new Map<number, number>();
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map<string, number>();
  for (const [id, ms] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      const name = frame ? `${frame.functionName || '(anonymous)'}${frame.lineNumber >= 0 ? ` :${frame.lineNumber + 1}` : ''}` : '?';
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}
