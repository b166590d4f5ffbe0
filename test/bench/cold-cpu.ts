/**
 * A fresh tab's first call, main-thread CPU, one or more trees compared in the same run:
 *   npx tsx test/bench/cold-cpu.ts /tmp/main-copy /work/wt/speed          (a `git archive` copy vs a worktree)
 *   npx tsx test/bench/cold-cpu.ts --rounds 12 --call "window.slBench.detectPasses(1)" TREE…
 * Each round opens one fresh tab per tree (alternating the order), loads the 1 MB article and that
 * tree's harness (page-harness.ts, minified), and reads CDP `Performance.getMetrics` `ThreadTime`
 * around the one call. Why CPU and not wall time: on the shared two-core machine a tab's main
 * thread gets 60–100 % of the wall clock (a 100 ms busy loop reads 62–101 ms of CPU under load 11),
 * so the wall time of a cold pass moved 2–4× between runs while its CPU moved ±10 %. Prints the
 * median and every round per tree, and the wall learn/detect figures the call returns.
 * `--js-flags "…"`: V8 flags for diagnosis (`--max-opt=2`: never leave Maglev), not for figures.
 */
import { articlePage } from './article-generator';
import { launchBench, median } from './bench-browser';
import { serveBenchPages } from './bench-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value ?? fallback;
};
const rounds = Number(option('--rounds', '8'));
const call = option('--call', 'window.slBench.detectPasses(1)');
const jsFlags = option('--js-flags', '');
const trees = args.length > 0 ? args : [process.cwd()];

const pages: Record<string, string> = {};
for (const [index, tree] of trees.entries()) {
  const { bundleHarness, withPainterCss } = (await import(`${tree}/test/bench/harness-bundle.ts`)) as typeof import('./harness-bundle');
  pages[`h${index}.js`] = await bundleHarness({ minify: true });
  pages['big.html'] ??= withPainterCss(articlePage(1_050_000));
}
const server = await serveBenchPages(pages);
const browser = await launchBench(undefined, jsFlags || undefined);
type Round = { cpuMs: number; learnMs: number; detectMs: number };
const results: Round[][] = trees.map(() => []);
try {
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < trees.length; k++) {
      const index = round % 2 === 0 ? k : trees.length - 1 - k;
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/big.html`);
      await page.addScriptTag({ url: `${server.origin}/h${index}.js` });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
      const before = await threadMs();
      const out = (await page.evaluate(call)) as { passes?: { learnMs: number; detectMs: number }[] };
      const cpuMs = (await threadMs()) - before;
      const first = out.passes?.[0];
      results[index]?.push({ cpuMs, learnMs: first?.learnMs ?? NaN, detectMs: first?.detectMs ?? NaN });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (values: number[]) => `${median(values).toFixed(1).padStart(6)} ms  [${values.map((value) => value.toFixed(0)).join(' ')}]`;
console.log(`${call}, first call in a fresh tab, ${rounds} rounds${jsFlags ? `, --js-flags=${jsFlags}` : ''}:`);
for (const [index, tree] of trees.entries()) {
  const runs = results[index] ?? [];
  console.log(`${tree}\n  main-thread CPU ${fmt(runs.map((run) => run.cpuMs))}\n  wall learn+detect ${fmt(runs.map((run) => run.learnMs + run.detectMs))}`);
}
