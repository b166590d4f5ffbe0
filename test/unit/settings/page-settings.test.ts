/**
 * The content script reads two settings without zod (lib/settings/page-settings.ts). Whatever
 * storage holds, it must read them as storage.ts does (migrate, then repair field by field), so a
 * page never disagrees with the popup about a pin or a switched-off site.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageSettings, pageDefaults, readPageSettings, watchPageSettings } from '../../../lib/settings/page-settings';
import { migrateSettings } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, repairSettings } from '../../../lib/settings/schema';
import { saveSettings } from '../../../lib/settings/storage';

const asStorageReads = (raw: unknown) => {
  const { settings } = repairSettings(migrateSettings(raw));
  return { disabledSites: settings.disabledSites, pins: settings.pins };
};

const storedV1: unknown = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/stored-v1.json'), 'utf8'));
const long = (n: number) => 'x'.repeat(n);

describe('the page settings', () => {
  afterEach(() => fakeBrowser.reset());

  it('default as the full settings do', () => {
    expect(pageDefaults()).toEqual({ disabledSites: DEFAULT_SETTINGS.disabledSites, pins: DEFAULT_SETTINGS.pins });
  });

  it.each([
    ['nothing stored', undefined],
    ['garbage', 'garbage'],
    ['an array', [1, 2]],
    ['a v1 object', storedV1],
    ['valid fields', { version: 2, disabledSites: ['x.com'], pins: { ATH: 'aethir' } }],
    ['a pin that is not a string', { pins: { ATH: 7 } }],
    ['a pin symbol too long', { pins: { [long(41)]: 'aethir' } }],
    ['a pinned id too long', { pins: { ATH: long(201) } }],
    ['a site name too long', { disabledSites: [long(301)] }],
    ['too many sites', { disabledSites: Array.from({ length: 501 }, (_, i) => `s${i}.com`) }],
    ['pins as an array', { pins: ['aethir'] }],
    ['one good field, one broken', { disabledSites: 'x.com', pins: { ATH: 'aethir' } }],
  ])('read %s as storage.ts does', (_name, raw) => {
    expect(readPageSettings(raw)).toEqual(asStorageReads(raw));
  });

  it('read random stored values as storage.ts does', () => {
    const field = fc.oneof(fc.anything(), fc.array(fc.string({ maxLength: 4 })), fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.string({ maxLength: 3 }), fc.integer())));
    const stored = fc.oneof(fc.anything(), fc.record({ version: fc.oneof(fc.constant(1), fc.constant(2), fc.anything()), disabledSites: field, pins: field }, { requiredKeys: [] }));
    fc.assert(
      fc.property(stored, (raw) => {
        expect(readPageSettings(raw)).toEqual(asStorageReads(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('load what another context saved, and follow its changes', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pins: { ATH: 'aethir' } });
    expect(await loadPageSettings()).toEqual({ disabledSites: [], pins: { ATH: 'aethir' } });
    const seen: unknown[] = [];
    const stop = watchPageSettings((settings) => seen.push(settings));
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS });
    expect(seen).toEqual([{ disabledSites: ['example.com'], pins: {} }]);
  });
});
