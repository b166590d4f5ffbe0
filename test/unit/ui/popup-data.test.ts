import { describe, expect, it } from 'vitest';
import { matchCategories } from '../../../components/category-search';
import { sortTokens } from '../../../components/token-list';
import type { TokenView } from '../../../lib/messaging/views';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { absentState, chartSectors } from '../../../lib/ui/popup-data';
import { importReport } from '../../../lib/ui/settings-backup';

describe('popup chart sectors', () => {
  it('has one row per watched sector in order, with the averages that arrived and "unknown" for the rest', () => {
    const settings = { ...DEFAULT_SETTINGS, watchedSectors: ['depin', 'solana-ecosystem', 'artificial-intelligence'], customSectors: [{ id: 'solana-ecosystem', name: 'Solana Ecosystem' }] };
    const arrived = { categoryId: 'artificial-intelligence', name: 'AI', average: 3.41, method: 'cap-weighted' as const, constituents: 48, asOf: 1, stale: false };
    const rows = chartSectors(settings, [arrived]);
    expect(rows.map((row) => [row.categoryId, row.name, row.average])).toEqual([
      ['depin', 'DePIN', null],
      ['solana-ecosystem', 'Solana Ecosystem', null],
      ['artificial-intelligence', 'AI', 3.41],
    ]);
  });
});

describe('why the popup has nothing to list', () => {
  it.each([
    ['chrome://extensions', [], { status: 'restricted' }],
    ['https://news.example.com/a', [], { status: 'not-enabled', host: 'news.example.com' }],
    ['https://x.com/someone', ['x.com'], { status: 'switched-off', host: 'x.com' }],
    [undefined, [], { status: 'not-enabled', host: null }],
  ])('%s (switched off: %j)', (url, disabledSites, expected) => {
    expect(absentState(url, { disabledSites })).toEqual(expected);
  });
});

function view(coinId: string, move: number | null, outperformance: number | null): TokenView {
  const sector = { categoryId: 'depin', name: 'DePIN', watched: true, average: 1, method: 'cap-weighted' as const, leaveOneOut: true, outperformance, rank: 1, rankedAmong: 4, constituents: 3, asOf: 1, stale: false };
  return { coinId, symbol: coinId.toUpperCase(), name: coinId, price: 1, move, marketCapRank: 1, sectors: outperformance === null ? [] : [sector], asOf: 1, stale: false };
}

describe('token order in the popup', () => {
  const tokens = [
    { coinId: 'a', symbol: 'A', count: 1 },
    { coinId: 'b', symbol: 'B', count: 5 },
    { coinId: 'c', symbol: 'C', count: 2 },
    { coinId: 'd', symbol: 'D', count: 9 },
  ];
  const views = new Map([view('a', 4, 3), view('b', -2, -3), view('c', 10, null)].map((v) => [v.coinId, v]));
  it.each([
    ['outperformance', ['a', 'b', 'd', 'c']],
    ['move', ['c', 'a', 'b', 'd']],
    ['mentions', ['d', 'b', 'c', 'a']],
  ] as const)('by %s, unknown values last', (sort, expected) => {
    expect(sortTokens(tokens, views, sort).map((t) => t.coinId)).toEqual(expected);
  });

  it('equally mentioned tokens keep the order the page names them in', () => {
    const page = [
      { coinId: 'zeta', symbol: 'ZET', count: 2 },
      { coinId: 'alpha', symbol: 'ALP', count: 2 },
      { coinId: 'mid', symbol: 'MID', count: 3 },
    ];
    expect(sortTokens(page, new Map(), 'mentions').map((t) => t.coinId)).toEqual(['mid', 'zeta', 'alpha']);
  });
});

describe('category search', () => {
  const list = [
    { id: 'solana-ecosystem', name: 'Solana Ecosystem' },
    { id: 'solana-meme-coins', name: 'Solana Meme' },
    { id: 'depin', name: 'DePIN' },
  ];
  it('matches every word against name or id, skips what is already listed', () => {
    expect(matchCategories(list, 'sol meme', new Set()).map((c) => c.id)).toEqual(['solana-meme-coins']);
    expect(matchCategories(list, 'SOLANA', new Set(['solana-ecosystem'])).map((c) => c.id)).toEqual(['solana-meme-coins']);
    expect(matchCategories(list, '  ', new Set())).toEqual([]);
  });
});

describe('import report', () => {
  it('names what was taken, refused and ignored in the reader’s words', () => {
    const report = importReport({ ok: true, settings: { ...DEFAULT_SETTINGS }, applied: ['window', 'watchedSectors'], rejected: ['averaging'], ignored: ['apiKey'] });
    expect(report.lines).toEqual([
      'Imported: default window and watched sectors.',
      'Rejected (invalid, kept your current value): sector average method.',
      'Ignored (not Sector Lens settings): apiKey.',
    ]);
    expect(importReport({ ok: false, reason: 'The file is not JSON.' }).lines[0]).toContain('unchanged');
  });
});
