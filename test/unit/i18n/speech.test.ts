import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromMessages, t, useCatalog } from '../../../lib/i18n';
import { sinceSummary, tokenSummary } from '../../../lib/i18n/speech';
import type { SectorView, SinceView, TokenView } from '../../../lib/messaging/views';
import { readLocale } from '../../support/locales';

const use = (name: string) => useCatalog(catalogFromMessages(readLocale(name)));
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 27, 12);

// Shapes for the sentence builder only: the figures are the brief's worked example, not market data.
const sector = (name: string, outperformance: number | null, rank: number | null = null): SectorView => ({
  categoryId: name.toLowerCase(),
  name,
  average: 3.41,
  method: 'equal-weighted',
  constituents: 47,
  asOf: NOW,
  stale: false,
  watched: true,
  leaveOneOut: true,
  outperformance,
  rank,
  rankedAmong: rank === null ? 0 : 48,
});

const view = (since?: SinceView, stale = false): TokenView => ({
  coinId: 'aethir',
  symbol: 'ATH',
  name: 'Aethir',
  price: 0.05,
  move: 12.3,
  marketCapRank: 150,
  sectors: [sector('AI', 8.89, 2)],
  since,
  asOf: NOW,
  stale,
});

describe('the card as spoken sentences', () => {
  afterAll(() => use('en'));

  it('says the window’s move and each sector, then the since-published block', () => {
    use('en');
    const since: SinceView = { publishedAt: NOW - 50 * HOUR, move: -2.5, sectors: [sector('AI', -1.2)] };
    expect(tokenSummary(view(since), '24h', NOW)).toBe(
      'ATH is up 12.30% over 24 hours, 8.89 percentage points ahead of AI, rank 2 of 48. ' +
        'ATH is down 2.50% since this page was published, 1.20 percentage points behind AI.',
    );
  });

  it('a since block without a figure speaks the reason the card shows, never a number from another window', () => {
    use('en');
    const since: SinceView = { publishedAt: NOW - 12 * 24 * HOUR, series: { start: NOW - 7 * 24 * HOUR, end: NOW }, move: null, moveGap: 'before-series', sectors: [] };
    const spoken = sinceSummary('ATH', since, NOW);
    expect(spoken).toMatch(/^Published 12 days ago: the hourly data covers 7 days\.$/);
    expect(tokenSummary(view(since), '24h', NOW)).toContain(spoken);
    expect(spoken).not.toMatch(/\d+\.\d\d/);
  });

  it('reads the since block once when the window already is “since”, and staleness last', () => {
    use('en');
    const since: SinceView = { publishedAt: NOW - 50 * HOUR, move: 12.3, sectors: [sector('AI', 8.89, 2)] };
    const spoken = tokenSummary(view(since, true), 'since', NOW);
    expect(spoken.match(/since this page was published/g)).toHaveLength(1);
    expect(spoken.endsWith(t('speech_stale'))).toBe(true);
  });

  it('speaks the reader’s language', () => {
    use('de');
    const since: SinceView = { publishedAt: NOW - 50 * HOUR, move: 1.5, sectors: [] };
    const spoken = tokenSummary(view(since), '24h', NOW);
    expect(spoken).toContain('12,30');
    expect(spoken).toContain('1,50');
    expect(spoken).not.toContain('since this page');
  });
});
