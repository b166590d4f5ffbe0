/**
 * `npm run membership`: the dated sector-membership snapshot shipped in public/data/, for the
 * lexicon's coins, so a hover on a known coin goes straight to its sectors' requests.
 *
 * Built from test/fixtures/coingecko/category-members.json, which is CONSTRUCTED (its `_about`
 * says how membership was assigned: each category's top-3 coins from the recorded
 * /coins/categories, plus textbook members present in the recorded /coins/markets files). That
 * note is copied into the snapshot. `coverage` lists the coins the assignment considered (the
 * lexicon's coins with a recorded markets row): for them, a category of the snapshot that does
 * not list them is taken to not contain them; any other coin is unknown. The background rebuilds
 * this daily from what category answers taught it (lib/market/membership.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKET_FILES, RECORDED_DIR } from '../../test/support/recorded';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = JSON.parse(readFileSync(join(RECORDED_DIR, 'category-members.json'), 'utf8')) as { _about: string; members: Record<string, string[]> };
const lexicon = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'lexicon-top.json'), 'utf8')) as { dataDate: string; coins: [string, ...unknown[]][] };
const lexiconIds = new Set(lexicon.coins.map(([id]) => id));
const recorded = new Set<string>();
for (const file of MARKET_FILES) for (const row of JSON.parse(readFileSync(join(RECORDED_DIR, file), 'utf8')) as { id: string }[]) recorded.add(row.id);

const categories: Record<string, string[]> = {};
for (const [categoryId, ids] of Object.entries(fixture.members).sort(([a], [b]) => a.localeCompare(b))) {
  categories[categoryId] = ids.filter((id) => lexiconIds.has(id)).sort();
}
const coverage = [...lexiconIds].filter((id) => recorded.has(id)).sort();
const snapshot = {
  format: 'sector-lens/membership@1',
  dataDate: lexicon.dataDate,
  about: `Constructed, not recorded. ${fixture._about}`,
  categories,
  coverage,
};
const out = join(ROOT, 'public', 'data', 'sector-membership.json');
writeFileSync(out, `${JSON.stringify(snapshot)}\n`);
console.log(`${out}: ${Object.keys(categories).length} categories, ${coverage.length} coins covered, data of ${lexicon.dataDate}`);
