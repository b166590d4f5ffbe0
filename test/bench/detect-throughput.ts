// Detector throughput and lexicon footprint, against a naive Cryptip-style matcher:
//   npm run bench:detect            (add `node --expose-gc` via NODE_OPTIONS for heap numbers)
//   npm run --silent bench:detect -- --json   the table on stderr, one JSON object on stdout's last line
// Not a timed test: numbers vary by machine; compare the ratio, not the absolutes. Times are this
// process's CPU time (user + system, GC threads included), the best of seven interleaved rounds: on
// a machine other work shares, wall time measures the neighbours as much as the detector. The
// ratio is the median of each round's own detector/naive ratio (see `measure`).
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

/** CPU seconds of one run, and what it found. */
function cpuSeconds(run: () => number): { seconds: number; found: number } {
  const started = process.cpuUsage();
  const found = run();
  const used = process.cpuUsage(started);
  return { seconds: (used.user + used.system) / 1e6, found };
}

const ROUNDS = 7;
interface Run {
  label: string;
  run: () => number;
}
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The runs interleaved, one of each per round after a warm-up, the whole-text detector first and
 * the naive matcher second, so that every detector run has a naive run right beside it in time:
 * on a shared VM the machine's own speed drifts by a third between seconds, and a ratio of two
 * best-of-N figures taken a second apart carries that drift. Each rate is the best round (the
 * least disturbed); the ratio is the median of the rounds' own ratios.
 */
function measure(runs: readonly [Run, Run, ...Run[]]): { rates: number[]; roundRatios: number[] } {
  for (const { run } of runs) run();
  const best = runs.map(() => Infinity);
  const found = runs.map(() => 0);
  const roundRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const seconds = runs.map(({ run }, index) => {
      const result = cpuSeconds(run);
      found[index] = result.found;
      best[index] = Math.min(best[index] as number, result.seconds);
      return result.seconds;
    });
    // The whole-text detector over the naive matcher run right after it: naive seconds over detector seconds.
    roundRatios.push((seconds[1] as number) / (seconds[0] as number));
  }
  const rates = runs.map(({ label }, index) => {
    const rate = megabytes / (best[index] as number);
    log(`${label.padEnd(44)} ${rate.toFixed(1).padStart(7)} MB/s  (${found[index]} matches, ${((best[index] as number) * 1000).toFixed(0)} ms)`);
    return rate;
  });
  return { rates, roundRatios };
}

// Cryptip-style baseline: one case-insensitive alternation of every top-250 symbol and name.
const top = JSON.parse(readFileSync(TOP_250, 'utf8')) as { symbol: string; name: string }[];
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = [...new Set(top.flatMap((coin) => [coin.symbol, coin.name]))].sort((a, b) => b.length - a.length);
const naive = new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'gi');

log(`text: ${megabytes.toFixed(1)} MB in ${paragraphs.length} paragraphs (corpus passages repeated, numbered)`);
const { rates, roundRatios } = measure([
  { label: 'lib/detect, whole text as one call', run: () => findMentions(page, lexicon, createPageContext()).mentions.length },
  { label: 'naive top-250 regex alternation (Cryptip-style)', run: () => [...page.matchAll(naive)].length },
  {
    label: 'lib/detect, per paragraph (content-script way)',
    run: () => {
      const context = createPageContext();
      for (const paragraph of paragraphs) collectBindings(context, paragraph, lexicon);
      return paragraphs.reduce((count, paragraph) => count + findMentions(paragraph, lexicon, context).mentions.length, 0);
    },
  },
]);
const [mbPerSecond, naiveMbPerSecond, perParagraphMbPerSecond] = rates as [number, number, number];
const ratio = median(roundRatios);
log(`ratio lib/detect / naive, median of ${ROUNDS} interleaved rounds: ${ratio.toFixed(2)}x (rounds ${roundRatios.map((value) => value.toFixed(2)).join(' ')}); of the best rates: ${(mbPerSecond / naiveMbPerSecond).toFixed(2)}x`);
log(`lexicon JSON: ${statSync(LEXICON).size} bytes; heap after parse + compile: ${gc ? `${((heapAfter - heapBefore) / 1024).toFixed(0)} KB` : 'run with node --expose-gc'}`);
if (JSON_OUTPUT) {
  const round = (value: number) => Math.round(value * 10) / 10;
  console.log(JSON.stringify({ mbPerSecond: round(mbPerSecond), perParagraphMbPerSecond: round(perParagraphMbPerSecond), naiveMbPerSecond: round(naiveMbPerSecond), ratio: Math.round(ratio * 100) / 100 }));
}
