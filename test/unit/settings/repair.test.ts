import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../../lib/settings/schema';

describe('settings repair', () => {
  it('a first run gets the defaults and reports nothing', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('keeps every valid field and resets only the broken ones', () => {
    const { settings, reset } = repairSettings({
      ...DEFAULT_SETTINGS,
      watchedSectors: ['depin', 'artificial-intelligence'],
      averaging: 'harmonic',
      window: '7d',
      pins: { ATH: 'aethir' },
      leaveOneOut: 'yes',
    });
    expect(settings.watchedSectors).toEqual(['depin', 'artificial-intelligence']);
    expect(settings.window).toBe('7d');
    expect(settings.pins).toEqual({ ATH: 'aethir' });
    expect(settings.averaging).toBe(DEFAULT_SETTINGS.averaging);
    expect(settings.leaveOneOut).toBe(DEFAULT_SETTINGS.leaveOneOut);
    expect(reset.sort()).toEqual(['averaging', 'leaveOneOut']);
  });

  it.each([[42], ['garbage'], [[1, 2, 3]], [{ watchedSectors: 'ai' }]])('garbage %j falls back to defaults and says so', (raw) => {
    const { settings, reset } = repairSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset.length).toBeGreaterThan(0);
  });
});
