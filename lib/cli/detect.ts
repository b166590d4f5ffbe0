// Prints the coins a text file mentions, treating the whole file as one page:
//   npm run --silent detect -- FILE [--date YYYY-MM-DD]
// Output: {"mentions":[{"coinId","symbol","start","end","form","confidence",…}]} where start/end
// are JavaScript string indices into the file's text. Uses the bundled lexicon and the long tail.
// --date is the text's publication date (renamed tickers follow it); without it, today.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDocument, parseLexicon, parseLongTail } from '../detect/index.ts';

const USAGE = 'usage: npm run --silent detect -- FILE [--date YYYY-MM-DD]';

function parseArgs(args: readonly string[]): { file: string; date?: string } {
  let file: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--date' || arg.startsWith('--date=')) {
      date = arg === '--date' ? args[++i] : arg.slice('--date='.length);
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(`detect: --date wants YYYY-MM-DD, got ${date ?? 'nothing'}\n${USAGE}`);
    } else if (file === undefined && !arg.startsWith('--')) file = arg;
    else fail(`detect: unexpected argument ${arg}\n${USAGE}`);
  }
  if (file === undefined) fail(USAGE);
  return date === undefined ? { file } : { file, date };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { file, date } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`detect: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const dataDir = resolve(fileURLToPath(import.meta.url), '../../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));
const mentions = detectDocument(text, parseLexicon(readJson('lexicon-top.json')), parseLongTail(readJson('coins-long-tail.json')), date === undefined ? {} : { date });
process.stdout.write(JSON.stringify({ mentions }) + '\n');
