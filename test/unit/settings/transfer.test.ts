import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { EXPORT_FORMAT, exportSettings, importSettings } from '../../../lib/settings/transfer';

function current(): Settings {
  return { ...defaultSettings(), watchedSectors: ['depin'], window: '1h', pins: { ATH: 'aethir' } };
}

describe('settings export', () => {
  it('writes a versioned file that imports back to the same settings', () => {
    const settings = { ...current(), addedSites: ['https://news.example.com'] };
    const text = exportSettings(settings, new Date('2025-01-02T03:04:05Z'));
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: '2025-01-02T03:04:05.000Z' });
    const back = importSettings(text, defaultSettings());
    expect(back).toMatchObject({ ok: true, settings, rejected: [], ignored: [] });
  });

  it('never contains an API key', () => {
    expect(exportSettings(current())).not.toMatch(/key/i);
  });
});

describe('settings import', () => {
  it.each([
    ['not json at all', 'not JSON'],
    ['[1,2,3]', 'settings object'],
    ['{"hello":"world"}', 'no Sector Lens settings'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 7, settings: { window: '1h' } }), 'newer Sector Lens'],
  ])('refuses %s and says why', (text, reason) => {
    const result = importSettings(text, current());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('applies valid fields, keeps the current value of rejected ones and reports them', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 2, settings: { window: '7d', averaging: 'harmonic', leaveOneOut: 'yes', apiKey: 'CG-secret' } });
    const result = importSettings(text, current());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.window).toBe('7d');
    expect(result.settings.averaging).toBe(current().averaging);
    expect(result.settings.watchedSectors).toEqual(['depin']);
    expect(result.applied).toEqual(['window']);
    expect(result.rejected.sort()).toEqual(['averaging', 'leaveOneOut']);
    expect(result.ignored).toEqual(['apiKey']);
    expect(JSON.stringify(result.settings)).not.toContain('CG-secret');
  });

  it('migrates a bare v1 settings object', () => {
    const result = importSettings(JSON.stringify({ addedSites: ['https://news.example.com/*'], window: '24h' }), current());
    expect(result).toMatchObject({ ok: true, settings: { addedSites: ['https://news.example.com'], window: '24h' } });
  });
});
