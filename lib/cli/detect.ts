// Prints the coins a text file mentions, treating the whole file as one page:
//   npm run --silent detect -- FILE
// Output: {"mentions":[{"coinId","symbol","start","end","form","confidence",…}]} where start/end
// are JavaScript string indices into the file's text. Uses the bundled lexicon and the long tail.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectBindings, createPageContext, findMentions, parseLexicon, parseLongTail, resolveLongTail } from '../detect/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent detect -- FILE');
  process.exit(2);
}
const dataDir = resolve(fileURLToPath(import.meta.url), '../../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));

const text = readFileSync(file, 'utf8');
const lexicon = parseLexicon(readJson('lexicon-top.json'));
const page = createPageContext();
collectBindings(page, text, lexicon);
const { mentions, unresolved } = findMentions(text, lexicon, page);
const longTail = resolveLongTail(unresolved, parseLongTail(readJson('coins-long-tail.json')));
const all = [...mentions, ...longTail].sort((a, b) => a.start - b.start);
process.stdout.write(JSON.stringify({ mentions: all }) + '\n');
