import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED, TAXONOMY, taxonomySector } from '../../../lib/model';
import { readRecorded } from '../../support/recorded';

const recordedIds = new Set((readRecorded('categories.json') as { id: string }[]).map((row) => row.id));

describe('sector taxonomy table', () => {
  it.each(TAXONOMY.map((sector) => [sector.id, sector.name]))('%s (%s) is a real CoinGecko category id', (id) => {
    expect(recordedIds.has(id)).toBe(true);
  });

  it('has unique ids and names, and watches the first eight by default', () => {
    expect(new Set(TAXONOMY.map((s) => s.id)).size).toBe(TAXONOMY.length);
    expect(new Set(TAXONOMY.map((s) => s.name)).size).toBe(TAXONOMY.length);
    expect(DEFAULT_WATCHED).toEqual(['artificial-intelligence', 'depin', 'real-world-assets-rwa', 'layer-1', 'layer-2', 'decentralized-finance-defi', 'meme-token', 'gaming']);
    expect(taxonomySector('depin')?.name).toBe('DePIN');
  });
});
