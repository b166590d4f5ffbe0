/**
 * Where the page path's time goes: Chromium's sampling profiler (CDP, 0.1 ms) over one call of the
 * bench harness (page-harness.ts), bundled unminified so functions keep their names; prints the
 * inclusive time per function (lib/page/README.md, "The page path around the detector").
 *   npx tsx test/bench/page-profile.ts                                   the 1 MB article's scan
 *   npx tsx test/bench/page-profile.ts "window.slBench.feed('ours', 1000, 20)" feed.html
 *   npx tsx test/bench/page-profile.ts --cold "window.slBench.detectPasses(1)"  the first call in a fresh tab
 *   npx tsx test/bench/page-profile.ts --compare 6 "window.slBench.detectPasses(1)"  cold against warm
 * --compare N: N fresh tabs; in each, the first call (cold) and the third (warm, same tab) are
 * profiled; prints SELF time per function, averaged over the tabs, the largest cold excess first
 * (a warm function's callees are often inlined into it, so compare totals, not every row).
 * --js-flags "…": V8 flags for diagnosis (`--max-opt=2`: Maglev at most), never for a figure.
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
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const compareTabs = Number(option('--compare') ?? 0);
const jsFlags = option('--js-flags');
// --cold: profile the first call in a fresh page (what a reader's tab pays), not after two warm-up loads.
const cold = args.includes('--cold');
const [call = "window.slBench.scan({ painter: 'highlight' })", file = 'big.html'] = args.filter((arg) => arg !== '--cold');
const harness = await bundleHarness({ minify: false });
const server = await serveBenchPages({ 'big.html': withPainterCss(articlePage(1_050_000)), 'feed.html': withPainterCss(feedPage()), 'harness.js': harness });
const browser = await launchBench(undefined, jsFlags);
const page = await browser.context.newPage();
const load = async (into = page) => {
  await into.goto(`${server.origin}/${file}`);
  await into.addScriptTag({ url: `${server.origin}/harness.js` });
};
if (compareTabs > 0) {
  const perTab = [new Map<string, number>(), new Map<string, number>()] as const;
  for (let tab = 0; tab < compareTabs; tab++) {
    const fresh = await browser.context.newPage();
    await load(fresh);
    const session = await fresh.context().newCDPSession(fresh);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    for (let round = 0; round < 3; round++) {
      if (round === 1) {
        await fresh.evaluate(call);
        continue;
      }
      await session.send('Profiler.start');
      await fresh.evaluate(call);
      const { profile: taken } = await session.send('Profiler.stop');
      const into = perTab[round === 0 ? 0 : 1];
      for (const [name, ms] of selfTimes(taken)) into.set(name, (into.get(name) ?? 0) + ms / compareTabs);
    }
    await fresh.close();
  }
  await browser.close();
  await server.close();
  const [coldSelf, warmSelf] = perTab;
  const total = (times: Map<string, number>) => [...times.values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`${call} on ${file}, self time per function, mean of ${compareTabs} fresh tabs${jsFlags ? ` (--js-flags=${jsFlags})` : ''}`);
  console.log(`    cold     warm   excess  (all samples: cold ${total(coldSelf).toFixed(1)} ms, warm ${total(warmSelf).toFixed(1)} ms)`);
  const names = [...new Set([...coldSelf.keys(), ...warmSelf.keys()])];
  const rows = names.map((name) => [name, coldSelf.get(name) ?? 0, warmSelf.get(name) ?? 0] as const).sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
  for (const [name, coldMs, warmMs] of rows.slice(0, 40)) console.log(`${coldMs.toFixed(1).padStart(8)} ${warmMs.toFixed(1).padStart(8)} ${(coldMs - warmMs).toFixed(1).padStart(8)}  ${name}`);
  process.exit(0);
}
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

/** The parts of CDP's Profiler.Profile read here. */
type Profile = { nodes: { id: number; callFrame: { functionName: string; lineNumber: number }; children?: number[] }[]; samples?: number[]; timeDeltas?: number[] };

/** Time per function where it is on top of the stack; a sample's gap is capped at 1 ms (a
 * descheduled thread on the loaded machine would otherwise charge whole stalls to one frame). */
function selfTimes({ nodes, samples = [], timeDeltas = [] }: Profile): Map<string, number> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'}${frame.lineNumber >= 0 ? ` :${frame.lineNumber + 1}` : ''}` : '?';
    times.set(name, (times.get(name) ?? 0) + Math.min(timeDeltas[i] ?? 0, 1000) / 1000);
  });
  return times;
}

/** Time per function, each sample counted once per function on its stack (recursion too). */
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
