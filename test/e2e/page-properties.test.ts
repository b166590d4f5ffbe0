/**
 * Property suite over detection + painting on random DOM trees (fast-check, fixed seed, in
 * Chromium): nothing throws, the page's text never changes, painting twice paints nothing twice,
 * painted ranges stay inside their text and out of editable/code/SVG subtrees, and the element
 * fallback puts the page back exactly when it stops.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inlineText } from '../bench/harness-bundle';
import { ROOT } from '../support/build-for-tests';
import { launchExtension, type LoadedExtension } from './support/launch';

const WORDS = [
  'Bitcoin', 'bitcoin', 'BTC', '$BTC', 'ETH/USDT', 'SOLUSDT', 'Aethir (ATH)', 'ATH', '$ATH', 'Render', 'render', 'near', 'NEAR', 'SEC', 'ETF', 'AI',
  'the', 'market', 'rose', 'fell', 'after', 'somETHing', 'https://example.com/$BTC', 'a@b.co', '<img src=x onerror=alert(1)>', '&amp;', '🚀', 'Ünïcode', '(', ')', '$', '',
];
const TAGS = ['div', 'p', 'span', 'em', 'b', 'a', 'li', 'blockquote', 'h2', 'code', 'pre', 'textarea', 'button'] as const;

type Tree = string | { tag: (typeof TAGS)[number]; editable: boolean; children: Tree[] };
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({ tag: fc.constantFrom(...TAGS), editable: fc.integer({ min: 0, max: 7 }).map((n) => n === 0), children: fc.array(tie('tree'), { maxLength: 5 }) }),
  ),
}));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function html(node: Tree): string {
  if (typeof node === 'string') return escape(node);
  const attrs = node.editable ? ' contenteditable="true"' : '';
  return `<${node.tag}${attrs}>${node.children.map(html).join('')}</${node.tag}>`;
}

describe('random DOM trees', () => {
  let ext: LoadedExtension;
  let page: Page;
  let bundle = '';
  beforeAll(async () => {
    const built = await build({ entryPoints: [join(ROOT, 'test/e2e/support/property-entry.ts')], bundle: true, format: 'iife', write: false, plugins: [inlineText] });
    bundle = built.outputFiles[0]?.text ?? '';
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(['highlight', 'elements'] as const)('%s painter: text unchanged, idempotent, nothing in skipped subtrees', async (kind) => {
    let painted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 6 }), async (trees) => {
        // setContent: an about:blank page no content script runs on; only the bundle paints.
        await page.setContent(`<!doctype html><body>${trees.map(html).join('')}</body>`);
        await page.addScriptTag({ content: bundle });
        const result = await page.evaluate((k) => (window as unknown as { slProps: { run(kind: string): Promise<Record<string, number | boolean>> } }).slProps.run(k), kind);
        painted += Number(result.firstSize);
        expect(result.textUnchanged).toBe(true);
        expect(result.badRanges).toBe(0);
        expect(result.secondSize).toBe(result.firstSize);
        if (kind === 'highlight') expect(result.domUnchanged).toBe(true);
        expect(result.restored).toBe(true);
      }),
      { numRuns: 40, seed: 20261124 },
    );
    expect(painted).toBeGreaterThan(20); // the trees did hold mentions
  }, 120_000);
});
