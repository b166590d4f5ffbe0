/**
 * The bench harness (page-harness.ts) as one script for a test page, and the extension's
 * stylesheet as the browser adds it (manifest css): shared by bench:page (minified, as shipped)
 * and page-profile.ts (unminified, so the profile keeps function names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../support/build-for-tests';

/** Vite's `?inline` (a file's text as a string), as the extension build has it: for every esbuild
 * bundle of the page layer (the benches, and the e2e tests that run it in a page). */
export const inlineText: Plugin = {
  name: 'inline-text',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-text' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'inline-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

export async function bundleHarness({ minify }: { minify: boolean }): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test/bench/page-harness.ts')],
    bundle: true,
    minify,
    format: 'iife',
    write: false,
    target: 'chrome120',
    plugins: [inlineText],
  });
  return result.outputFiles[0]?.text ?? '';
}

const painterCss = readFileSync(join(ROOT, 'lib/page/painter.css'), 'utf8');

/** A page with the extension's stylesheet in it from the start. */
export const withPainterCss = (html: string): string => html.replace('</head>', `<style>${painterCss}</style></head>`);
