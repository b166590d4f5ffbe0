// Detector throughput and lexicon footprint, against a naive Cryptip-style matcher:
//   npm run bench:detect            (add `node --expose-gc` via NODE_OPTIONS for heap numbers)
//   npm run --silent bench:detect -- --json   the table on stderr, one JSON object on stdout's last line
// Not a timed test: numbers vary by machine; compare the ratio, not the absolutes. Times are this
// process's CPU time (user + system, GC threads included), best of five: on a machine other work
// shares, wall time measures the neighbours as much as the detector.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectBindings, createPageContext, findMentions, parseLexicon } from '../../lib/detect/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'test/fixtures/detect-corpus');
const LEXICON = join(ROOT, 'public/data/lexicon-top.json');
const TOP_250 = join(ROOT, '../shared/fixtures/coingecko/markets-all-sparkline-1h.json');
const TARGET_BYTES = 5 * 1024 * 1024;
const JSON_OUTPUT = process.argv.includes('--json');
// With --json the table still prints, on stderr, so stdout holds only the JSON line.
const log = JSON_OUTPUT ? console.error : console.log;

const passages = readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(CORPUS, file), 'utf8'));
const paragraphs: string[] = [];
let size = 0;
// Each round numbers its paragraphs: a page never repeats a paragraph, and a detector that scans a
// repeated text once must not look faster for it.
for (let round = 1; size < TARGET_BYTES; round++) {
  for (const passage of passages) for (const text of passage.split('\n\n')) {
    const paragraph = `${text} [${round}]`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
}
const page = paragraphs.join('\n\n');
const megabytes = Buffer.byteLength(page) / 1024 / 1024;

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

const heapBefore = heapUsed();
const lexiconJson = JSON.parse(readFileSync(LEXICON, 'utf8')) as unknown;
const lexicon = parseLexicon(lexiconJson);
const heapAfter = heapUsed();

/** Best of five runs after a warm-up, in CPU seconds: the least disturbed by other work. */
function time(label: string, run: () => number): number {
  run();
  let seconds = Infinity;
  let found = 0;
  for (let round = 0; round < 5; round++) {
    const started = process.cpuUsage();
    found = run();
    const used = process.cpuUsage(started);
    seconds = Math.min(seconds, (used.user + used.system) / 1e6);
  }
  const rate = megabytes / seconds;
  log(`${label.padEnd(44)} ${rate.toFixed(1).padStart(7)} MB/s  (${found} matches, ${(seconds * 1000).toFixed(0)} ms)`);
  return rate;
}

// Cryptip-style baseline: one case-insensitive alternation of every top-250 symbol and name.
const top = JSON.parse(readFileSync(TOP_250, 'utf8')) as { symbol: string; name: string }[];
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = [...new Set(top.flatMap((coin) => [coin.symbol, coin.name]))].sort((a, b) => b.length - a.length);
const naive = new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'gi');

log(`text: ${megabytes.toFixed(1)} MB in ${paragraphs.length} paragraphs (corpus passages repeated, numbered)`);
const mbPerSecond = time('lib/detect, whole text as one call', () => findMentions(page, lexicon, createPageContext()).mentions.length);
const perParagraphMbPerSecond = time('lib/detect, per paragraph (content-script way)', () => {
  const context = createPageContext();
  for (const paragraph of paragraphs) collectBindings(context, paragraph, lexicon);
  return paragraphs.reduce((count, paragraph) => count + findMentions(paragraph, lexicon, context).mentions.length, 0);
});
const naiveMbPerSecond = time('naive top-250 regex alternation (Cryptip-style)', () => [...page.matchAll(naive)].length);
log(`ratio lib/detect / naive: ${(mbPerSecond / naiveMbPerSecond).toFixed(2)}x`);
log(`lexicon JSON: ${statSync(LEXICON).size} bytes; heap after parse + compile: ${gc ? `${((heapAfter - heapBefore) / 1024).toFixed(0)} KB` : 'run with node --expose-gc'}`);
if (JSON_OUTPUT) {
  const round = (value: number) => Math.round(value * 10) / 10;
  console.log(JSON.stringify({ mbPerSecond: round(mbPerSecond), perParagraphMbPerSecond: round(perParagraphMbPerSecond), naiveMbPerSecond: round(naiveMbPerSecond) }));
}
