import { describe, expect, it } from 'vitest';
import { DEFAULT_WATCHED, TAXONOMY } from '../../../lib/model';
import { addCustomSector, moveWatched, removeCustomSector, sectorEntries, setWatched } from '../../../lib/ui/sector-order';

const base = { watchedSectors: ['depin', 'artificial-intelligence'], customSectors: [{ id: 'solana-ecosystem', name: 'Solana Ecosystem' }] };

describe('watched sector edits', () => {
  it('lists watched sectors in order, then every other taxonomy sector, then unwatched custom ones', () => {
    const entries = sectorEntries(base);
    expect(entries.slice(0, 2).map((e) => [e.name, e.watched])).toEqual([['DePIN', true], ['AI', true]]);
    expect(entries).toHaveLength(TAXONOMY.length + 1);
    expect(entries.at(-1)).toEqual({ id: 'solana-ecosystem', name: 'Solana Ecosystem', watched: false, custom: true });
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('names a watched category that is neither in the taxonomy nor custom by its id', () => {
    expect(sectorEntries({ watchedSectors: ['bnb-chain-ecosystem'], customSectors: [] })[0]).toMatchObject({ name: 'bnb-chain-ecosystem', custom: true });
  });

  it('switching on appends, switching off removes', () => {
    expect(setWatched(base, 'gaming', true).watchedSectors).toEqual(['depin', 'artificial-intelligence', 'gaming']);
    expect(setWatched(base, 'depin', false).watchedSectors).toEqual(['artificial-intelligence']);
    expect(setWatched(base, 'depin', true).watchedSectors).toEqual(['artificial-intelligence', 'depin']);
  });

  it.each([
    ['layer-1', 0, ['layer-1', 'artificial-intelligence', 'depin', 'real-world-assets-rwa']],
    ['artificial-intelligence', 3, ['depin', 'real-world-assets-rwa', 'layer-1', 'artificial-intelligence']],
    ['depin', 99, ['artificial-intelligence', 'real-world-assets-rwa', 'layer-1', 'depin']],
    ['gaming', 0, ['artificial-intelligence', 'depin', 'real-world-assets-rwa', 'layer-1']],
  ])('moving %s to %i', (id, to, expected) => {
    expect(moveWatched({ watchedSectors: DEFAULT_WATCHED.slice(0, 4), customSectors: [] }, id, to).watchedSectors).toEqual(expected);
  });

  it('adds a CoinGecko category once, with its name, and removes it completely', () => {
    const added = addCustomSector(base, 'bnb-chain-ecosystem', 'BNB Chain Ecosystem');
    expect(added.watchedSectors.at(-1)).toBe('bnb-chain-ecosystem');
    expect(addCustomSector(added, 'bnb-chain-ecosystem', 'again').customSectors).toHaveLength(2);
    expect(addCustomSector(base, 'gaming', 'Gaming (GameFi)').customSectors).toEqual(base.customSectors);
    expect(removeCustomSector(added, 'bnb-chain-ecosystem')).toEqual(base);
  });
});
