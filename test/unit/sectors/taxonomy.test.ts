import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED, TAXONOMY } from '../../../lib/sectors/taxonomy';

const recorded = JSON.parse(readFileSync(new URL('../../fixtures/coingecko/categories.json', import.meta.url), 'utf8')) as { id: string }[];
const recordedIds = new Set(recorded.map((row) => row.id));

describe('sector taxonomy table', () => {
  it.each(TAXONOMY.map((sector) => [sector.name, sector.id]))('%s (%s) is a real CoinGecko category', (_name, id) => {
    expect(recordedIds.has(id)).toBe(true);
  });

  it('has unique ids and names, and watches the first eight by default', () => {
    expect(new Set(TAXONOMY.map((s) => s.id)).size).toBe(TAXONOMY.length);
    expect(new Set(TAXONOMY.map((s) => s.name)).size).toBe(TAXONOMY.length);
    expect(DEFAULT_WATCHED).toEqual(['artificial-intelligence', 'depin', 'real-world-assets-rwa', 'layer-1', 'layer-2', 'decentralized-finance-defi', 'meme-token', 'gaming']);
  });
});
