import { describe, expect, it } from 'vitest';
import { createMembership, memoryMembershipStore } from '../../../lib/market/membership';
import { fakeClock } from '../../support/fake-clock';
import { SHIPPED_MEMBERSHIP } from '../../support/market-harness';

const SNAPSHOT = {
  format: 'sector-lens/membership@1',
  dataDate: '2026-04-19',
  categories: { depin: ['aethir', 'helium'], 'meme-token': ['dogecoin'] },
  coverage: ['aethir', 'helium', 'dogecoin', 'bitcoin'],
};

function setup(shipped: unknown = SNAPSHOT, store = memoryMembershipStore(), clock = fakeClock()) {
  return { membership: createMembership({ store, readShipped: async () => shipped, now: clock.now }), store, clock };
}

describe('sector membership without asking', () => {
  it('the snapshot answers yes / no for the coins it covers, unknown for the rest and for other categories', async () => {
    const { membership } = setup();
    expect(Object.fromEntries(await membership.of('aethir', ['depin', 'meme-token', 'gaming']))).toEqual({ depin: 'yes', 'meme-token': 'no', gaming: 'unknown' });
    expect(Object.fromEntries(await membership.of('bitcoin', ['depin']))).toEqual({ depin: 'no' });
    expect(Object.fromEntries(await membership.of('some-new-coin', ['depin']))).toEqual({ depin: 'unknown' });
  });

  it('what a category answer taught wins for a day; a full page proves nothing about absent coins', async () => {
    const { membership, clock } = setup();
    await membership.learn('depin', ['helium', 'render-token'], true);
    expect((await membership.of('aethir', ['depin'])).get('depin')).toBe('no');
    expect((await membership.of('render-token', ['depin'])).get('depin')).toBe('yes');
    await membership.learn('gaming', ['gala'], false);
    expect((await membership.of('aethir', ['gaming'])).get('gaming')).toBe('unknown');
    clock.advance(25 * 60 * 60 * 1000);
    expect((await membership.of('aethir', ['depin'])).get('depin')).toBe('yes'); // back to the snapshot
  });

  it('learned membership survives a restart (same store)', async () => {
    const first = setup();
    await first.membership.learn('meme-token', ['dogecoin', 'pepe'], true);
    const restarted = setup(SNAPSHOT, first.store, first.clock);
    expect((await restarted.membership.of('pepe', ['meme-token'])).get('meme-token')).toBe('yes');
  });

  it('the daily rebuild dates a new snapshot from what was learned, and it is used from then on', async () => {
    const { membership, store, clock } = setup();
    await membership.learn('gaming', ['gala', 'axie-infinity'], true);
    const rebuilt = await membership.rebuildSnapshot();
    expect(rebuilt?.dataDate).toBe(new Date(clock.now()).toISOString().slice(0, 10));
    expect(rebuilt?.categories.gaming).toEqual(['axie-infinity', 'gala']);
    expect(await store.loadSnapshot()).toEqual(rebuilt);
  });

  it('a corrupt snapshot is ignored: every coin is unknown, nothing crashes', async () => {
    const { membership } = setup({ format: 'nope' });
    expect((await membership.of('aethir', ['depin'])).get('depin')).toBe('unknown');
  });

  it('the shipped snapshot is dated, says how membership was assigned, and covers the demo coins', async () => {
    const shipped = SHIPPED_MEMBERSHIP as typeof SNAPSHOT & { about: string };
    expect(shipped.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shipped.about).toMatch(/Constructed/);
    const { membership } = setup(shipped);
    expect(Object.fromEntries(await membership.of('aethir', ['artificial-intelligence', 'depin', 'meme-token']))).toEqual({
      'artificial-intelligence': 'yes',
      depin: 'yes',
      'meme-token': 'no',
    });
  });
});
