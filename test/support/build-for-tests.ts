/** Build the extension against a given API base, with content scripts allowed on 127.0.0.1. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export function buildExtension(apiBase: string, outDir: string, browser: 'chrome' | 'firefox' = 'chrome', quiet = true): string {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, SECTOR_LENS_API_BASE: apiBase, SECTOR_LENS_EXTRA_MATCHES: 'http://127.0.0.1/*', SECTOR_LENS_OUT_DIR: outDir },
  });
  const dir = join(outDir, browser === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build produced no manifest in ${dir}`);
  return dir;
}
