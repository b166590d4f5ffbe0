// Prints the coins a text file mentions, treating the whole file as one page:
//   npm run --silent detect -- FILE
// Output: {"mentions":[{"coinId","symbol","start","end","form","confidence",…}]} where start/end
// are JavaScript string indices into the file's text. Uses the bundled lexicon and the long tail.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDocument, parseLexicon, parseLongTail } from '../detect/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent detect -- FILE');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`detect: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const dataDir = resolve(fileURLToPath(import.meta.url), '../../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));
const mentions = detectDocument(text, parseLexicon(readJson('lexicon-top.json')), parseLongTail(readJson('coins-long-tail.json')));
process.stdout.write(JSON.stringify({ mentions }) + '\n');
