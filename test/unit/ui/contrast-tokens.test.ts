/**
 * The colour pairs of states the end-to-end contrast test cannot reach in seconds (figures gone
 * stale after their freshness limit): each text colour variable on each background it is used
 * on, in light and dark, read from the stylesheets themselves. Everything reachable is measured
 * on the rendered page by test/e2e/contrast.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Custom properties of the light block and the dark block of a stylesheet. */
function themes(file: string, lightSelector: RegExp, darkSelector: RegExp): { light: Map<string, string>; dark: Map<string, string> } {
  const css = readFileSync(resolve(ROOT, file), 'utf8');
  const block = (selector: RegExp) => {
    const start = css.search(selector);
    const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
    return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  };
  const light = block(lightSelector);
  return { light, dark: new Map([...light, ...block(darkSelector)]) };
}

function ratio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const CASES = [
  // The card's stale footer and stale-sector dot, on the card and on a warning note.
  { file: 'components/hover-card.css', light: /:host \{/, dark: /:host\(\[data-theme='dark'\]\)/, pairs: [['--sl-warn', '--sl-bg'], ['--sl-warn', '--sl-warn-bg'], ['--sl-warn', '--sl-soft'], ['--sl-muted', '--sl-soft']] },
  // The popup's "old data" footer, and old figures in a row (muted), also on a selected row.
  { file: 'entrypoints/popup/popup.css', light: /:root \{/, dark: /@media \(prefers-color-scheme: dark\) \{\s*:root \{/, pairs: [['--warn-text', '--bg'], ['--muted', '--bg'], ['--muted', '--hover']] },
] as const;

describe.each(CASES)('$file', ({ file, light, dark, pairs }) => {
  const sets = themes(file, light, dark);
  it.each(['light', 'dark'] as const)('%s: every pair reaches 4.5:1', (theme) => {
    const vars = sets[theme];
    for (const [fg, bg] of pairs) {
      const [a, b] = [vars.get(fg), vars.get(bg)];
      expect(a && b, `${fg} / ${bg}`).toBeTruthy();
      expect(ratio(a!, b!), `${theme} ${fg} ${a} on ${bg} ${b}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
