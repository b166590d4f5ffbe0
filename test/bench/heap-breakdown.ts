/**
 * `npx tsx test/bench/heap-breakdown.ts`: where the heap the content script adds to a tab goes.
 * Takes a heap snapshot (CDP HeapProfiler) of the typical article without the extension and
 * with it (after the first scan), and prints the difference of self sizes grouped by V8 node
 * type and constructor / string kind. One snapshot per side; `--keep DIR` writes them out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, ROOT } from '../support/build-for-tests';
import { startFakeCoinGecko } from '../support/fake-coingecko';
import { articlePage } from './article-generator';
import { launchBench } from './bench-browser';
import { serveBenchPages } from './bench-server';

const keepAt = process.argv.indexOf('--keep');
const keepDir = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
const skipBuild = process.argv.includes('--no-build');

async function snapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  console.error(`used ${(usedSize / 1024).toFixed(1)} KB`);
  return chunks.join('');
}

interface Snapshot { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] }
function groups(json: string): Map<string, { size: number; count: number }> {
  const snap = JSON.parse(json) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [T, N, S] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const out = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + T]!]!;
    const name = snap.strings[snap.nodes[i + N]!]!;
    const key = type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' ? type : type === 'code' || type === 'hidden' || type === 'array' || type === 'object shape' ? `${type}:${name.replace(/\d+/g, '#').slice(0, 60)}` : `${type}:${name.slice(0, 60)}`;
    const entry = out.get(key) ?? { size: 0, count: 0 };
    entry.size += snap.nodes[i + S]!;
    entry.count += 1;
    out.set(key, entry);
  }
  return out;
}

const server = await serveBenchPages({ 'typical.html': articlePage(25_000, 3) });
const fake = await startFakeCoinGecko();
const extensionDir = skipBuild ? join(ROOT, '.output', 'bench', 'chrome-mv3') : buildExtension(fake.apiBase, join(ROOT, '.output', 'bench'));

const plain = await launchBench();
const tab = await plain.context.newPage();
await tab.goto(`${server.origin}/typical.html`);
// The same Playwright call as on the extension's side: waitForFunction brings Playwright's
// injected script into the page (~0.5 MB of heap), which is no part of the content script.
await tab.waitForFunction(() => document.readyState === 'complete', null, { polling: 50 });
const without = await snapshot(tab);
await plain.close();

const ext = await launchBench(extensionDir);
const extTab = await ext.context.newPage();
await extTab.goto(`${server.origin}/typical.html`);
await extTab.waitForFunction(() => performance.getEntriesByName('sector-lens:first-scan').length > 0, null, { polling: 50 });
const withExt = await snapshot(extTab);
await ext.close();
await fake.close();
await server.close();
if (keepDir) {
  writeFileSync(join(keepDir, 'without.heapsnapshot'), without);
  writeFileSync(join(keepDir, 'with.heapsnapshot'), withExt);
}

const a = groups(without);
const b = groups(withExt);
const rows = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
  const before = a.get(key) ?? { size: 0, count: 0 };
  const after = b.get(key) ?? { size: 0, count: 0 };
  return { key, delta: after.size - before.size, count: after.count - before.count };
});
rows.sort((x, y) => y.delta - x.delta);
const total = rows.reduce((sum, row) => sum + row.delta, 0);
/** Coarse parts: what V8 counts in Runtime.getHeapUsage (bench:page's heapAddedKB) and what lives
 * outside it (typed arrays' buffers, the script's source as an external string, Blink's own heap). */
const PARTS: [part: string, test: RegExp][] = [
  ['off V8 heap: Blink objects, typed-array buffers, external strings (script source)', /^native:(blink::|system \/ (ExternalStringData|JSArrayBufferData))|^native:(StaticRange|CustomHighlight|Highlight)/],
  ['machine code (JIT: baseline and optimised functions)', /^code:(system \/ (InstructionStream|Code|TrustedByteArray|ProtectedFixedArray|CodeWrapper|LoadHandler|StoreHandler|DeoptimizationData)|\(constant pool\))/],
  ['bytecode and its feedback', /^code:/],
  ['the isolated world: bindings (templates, accessors, global cells)', /^native:system \/ (FunctionTemplateInfo|FunctionTemplateRareData|ObjectTemplateInfo|AccessorPair|AccessorInfo|PropertyCell|ArrayList|WeakArrayList|PropertyArray)/],
  ['object shapes (maps, descriptors)', /^object shape:/],
  ['data: strings, arrays, objects, Map/Set tables, closures', /./],
];
const partSizes = new Map<string, number>();
for (const row of rows) {
  const part = PARTS.find(([, test]) => test.test(row.key))?.[0] ?? 'other';
  partSizes.set(part, (partSizes.get(part) ?? 0) + row.delta);
}
for (const [part, size] of partSizes) console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${part}`);
console.log(`self size added: ${(total / 1024).toFixed(1)} KB`);
for (const row of rows.slice(0, 60)) console.log(`${(row.delta / 1024).toFixed(1).padStart(8)} KB ${String(row.count).padStart(7)}  ${row.key}`);
