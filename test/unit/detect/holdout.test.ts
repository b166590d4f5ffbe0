/**
 * Held-out passages (test/fixtures/detect-holdout/, written apart from the detector's own corpus
 * and never tuned on) scored exactly as the command line detects them, plus one run of the real
 * command line to pin its output format.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDocument, parseLexicon, parseLongTail } from '../../../lib/detect';

const root = resolve(import.meta.dirname, '..', '..', '..');
const dir = join(root, 'test', 'fixtures', 'detect-holdout');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const labels = readJson(join(dir, 'labels.json')) as { passages: Record<string, { expected: string[]; optional: string[] }> };
const lexicon = parseLexicon(readJson(join(root, 'public', 'data', 'lexicon-top.json')));
const longTail = parseLongTail(readJson(join(root, 'public', 'data', 'coins-long-tail.json')));

describe('held-out news passages', () => {
  it('token-set precision ≥ 0.97 and recall ≥ 0.93', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const report: string[] = [];
    for (const [file, { expected, optional }] of Object.entries(labels.passages)) {
      const found = new Set(detectDocument(readFileSync(join(dir, file), 'utf8'), lexicon, longTail).map((m) => m.coinId));
      const misses = expected.filter((id) => !found.has(id));
      const wrong = [...found].filter((id) => !expected.includes(id) && !optional.includes(id));
      tp += expected.length - misses.length;
      fn += misses.length;
      fp += wrong.length;
      if (misses.length || wrong.length) report.push(`${file}: missed [${misses.join(', ')}] false [${wrong.join(', ')}]`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`held-out: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${report.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });

  it('the command line prints {"mentions":[…]} with string indices into the file', () => {
    const file = join(dir, '03-ai-tokens.txt');
    const out = execFileSync('npm', ['run', '--silent', 'detect', '--', file], { cwd: root, encoding: 'utf8' });
    const parsed = JSON.parse(out) as { mentions: { coinId: string; symbol: string; start: number; end: number; form: string }[] };
    const text = readFileSync(file, 'utf8');
    expect(parsed.mentions.length).toBeGreaterThan(5);
    for (const m of parsed.mentions) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['coinId', 'symbol', 'start', 'end', 'form']));
      expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
    const aethir = parsed.mentions.find((m) => m.coinId === 'aethir');
    expect(aethir && text.slice(aethir.start, aethir.end)).toBe('Aethir');
  }, 30_000);
});
