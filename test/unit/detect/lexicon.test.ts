import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, buildLongTailIndex, compactLexiconSchema, compileLexicon, findMentions, ordinaryWordsOf, parseLongTail, resolveLongTail } from '../../../lib/detect';
import { FORMER_LISTED_TICKERS, LISTED_HOLDERS } from '../../../lib/detect/long-tail/listed-holders';

const DATA = join(import.meta.dirname, '../../../public/data');

describe('buildLexicon', () => {
  const built = buildLexicon({
    markets: [
      [{ id: 'render-token', symbol: 'render', name: 'Render', market_cap_rank: 70 }],
      [
        { id: 'render-token', symbol: 'render', name: 'Render', market_cap_rank: 90 },
        { id: 'bitcoin', symbol: 'btc', name: 'Bitcoin', market_cap_rank: 1 },
      ],
    ],
    list: [
      { id: 'bitcoin', symbol: 'btc', name: 'Bitcoin' },
      { id: 'render-token', symbol: 'render', name: 'Render' },
      { id: 'nosana', symbol: 'nos', name: 'Nosana' },
      { id: 'grass', symbol: 'grass', name: 'Grass' },
    ],
    notableIds: ['nosana', 'missing-id'],
    isOrdinaryWord: (word) => ['render', 'grass'].includes(word),
    dataDate: '2026-04-19',
    sources: ['test'],
  });

  it('ranks by the newest snapshot, adds notable ids unranked, upper-cases tickers', () => {
    expect(built.top.coins.map(([id, symbol, , rank]) => [id, symbol, rank])).toEqual([
      ['bitcoin', 'BTC', 1],
      ['render-token', 'RENDER', 70],
      ['nosana', 'NOS', null],
    ]);
    expect(built.top.dataDate).toBe('2026-04-19');
    expect(built.longTail.coins).toHaveLength(4);
  });

  it('marks ordinary-word names so they need context', () => {
    const lexicon = compileLexicon(built.top);
    expect(lexicon.byName.get('render')?.[0]?.policy).toBe('needs-context');
    expect(lexicon.byName.get('nosana')?.[0]?.policy).toBe('any-case');
  });

  it('rebuilds from fresh rows with a word test taken from the shipped snapshot', () => {
    const isWord = ordinaryWordsOf(built.top);
    expect(isWord('render')).toBe(true);
    expect(isWord('nosana')).toBe(false);
    expect(isWord('never-seen')).toBe(true);
  });
});

describe('bundled snapshot', () => {
  const json = JSON.parse(readFileSync(join(DATA, 'lexicon-top.json'), 'utf8')) as unknown;

  it('is valid, dated, and small enough for every tab', () => {
    const parsed = compactLexiconSchema.parse(json);
    expect(parsed.dataDate).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(parsed.coins.length).toBeGreaterThan(250);
    expect(statSync(join(DATA, 'lexicon-top.json')).size).toBeLessThan(100_000);
  });

  it('rejects a malformed lexicon with a typed error', () => {
    expect(() => compactLexiconSchema.parse({ format: 'sector-lens/lexicon@1', dataDate: 'yesterday', sources: [], coins: [] })).toThrow(/dataDate|Invalid/);
  });
});

describe('resolveLongTail', () => {
  const index = buildLongTailIndex({
    format: 'sector-lens/long-tail@1',
    dataDate: '2026-04-19',
    coins: [
      ['hivemapper', 'HONEY', 'Hivemapper', null],
      ['honey', 'HNY', 'Honey', null],
      ['coin-2', 'COIN', 'COIN', null],
      ['coin-3', 'COIN', 'Coin on Base', null],
      ['coin6900', 'COIN', 'Coin6900', null],
      ['kaito', 'KAITO', 'KAITO', null],
      ['ocean-protocol', 'OCEAN', 'Ocean Protocol', null],
      ['bridged-ocean', 'OCEAN', 'Bridged OCEAN (Fuse)', null],
    ],
  });

  it('resolves by the name written before (SYM), a sole cashtag holder, or an exact project name', () => {
    const mentions = resolveLongTail(
      [
        { symbol: 'HONEY', nameHint: 'Hivemapper', start: 0, end: 18, form: 'name-symbol' },
        { symbol: 'KAITO', start: 20, end: 30, form: 'pair' },
        { symbol: 'OCEAN', start: 31, end: 37, form: 'cashtag' },
        { symbol: null, nameHint: 'Ocean Protocol', start: 40, end: 54, form: 'name' },
      ],
      index,
    );
    expect(mentions.map((m) => m.coinId)).toEqual(['hivemapper', 'kaito', 'ocean-protocol', 'ocean-protocol']);
  });

  it('gives up when the choice would be a guess', () => {
    expect(resolveLongTail([{ symbol: 'COIN', start: 0, end: 5, form: 'cashtag' }], index)).toEqual([]);
    expect(resolveLongTail([{ symbol: 'COIN', nameHint: 'Coinbase', start: 0, end: 15, form: 'name-symbol' }], index)).toEqual([]);
  });

  describe('the holder an exchange lists', () => {
    const shared = buildLongTailIndex({
      format: 'sector-lens/long-tail@1',
      dataDate: '2026-04-19',
      coins: [
        ['city', 'CITY', 'CITY', null],
        ['manchester-city-fan-token', 'CITY', 'Manchester City Fan Token', null],
        ['alpha-city-2', 'CITY', 'Alpha City', null],
        ['playdapp', 'PDA', 'PlayDapp', null],
        ['myro', '$MYRO', 'Myro', null],
        ['gifto', 'GFT', 'Gifto', null],
        ['game-fantasy-token', 'GFT', 'Game Fantasy', null],
        ['coin-2', 'COIN', 'COIN', null],
        ['coin6900', 'COIN', 'Coin6900', null],
      ],
    });
    const ids = (candidates: Parameters<typeof resolveLongTail>[0]): (string | null)[] => resolveLongTail(candidates, shared).map((m) => m.coinId);

    it('takes the listed holder of a shared ticker written as a pair, a cashtag or a listed ticker', () => {
      expect(ids([{ symbol: 'CITY', start: 0, end: 4, form: 'pair' }])).toEqual(['manchester-city-fan-token']);
      expect(ids([{ symbol: 'GFT', start: 0, end: 4, form: 'cashtag' }])).toEqual(['gifto']);
      expect(ids([{ symbol: 'GFT', start: 0, end: 3, form: 'symbol' }])).toEqual(['gifto']);
    });

    it('reads a former ticker and a ticker stored with its cashtag', () => {
      expect(ids([{ symbol: 'PLA', start: 0, end: 3, form: 'pair' }])).toEqual(['playdapp']);
      expect(ids([{ symbol: 'MYRO', start: 0, end: 4, form: 'symbol' }])).toEqual(['myro']);
    });

    it('lets the written name decide, and leaves a ticker no exchange settles unmarked', () => {
      expect(ids([{ symbol: 'GFT', nameHint: 'Game Fantasy', start: 0, end: 19, form: 'name-symbol' }])).toEqual(['game-fantasy-token']);
      expect(ids([{ symbol: 'GFT', nameHint: 'Globex Fund', start: 0, end: 17, form: 'name-symbol' }])).toEqual([]);
      expect(ids([{ symbol: 'COIN', start: 0, end: 4, form: 'pair' }])).toEqual([]);
    });

    it('names, for every listed ticker, a coin of the bundled long tail that holds it', () => {
      const longTail = parseLongTail(JSON.parse(readFileSync(join(DATA, 'coins-long-tail.json'), 'utf8')));
      for (const [symbol, id] of Object.entries(LISTED_HOLDERS)) {
        const holders = longTail.bySymbol.get(symbol) ?? [];
        expect(holders.map((coin) => coin.id), symbol).toContain(id);
      }
      for (const [symbol, { symbol: current, id }] of Object.entries(FORMER_LISTED_TICKERS)) {
        expect(longTail.bySymbol.get(symbol), symbol).toBeUndefined();
        expect((longTail.bySymbol.get(current) ?? []).map((coin) => coin.id)).toContain(id);
      }
    });
  });

  it('gets its candidates from findMentions', () => {
    const lexicon = compileLexicon({ format: 'sector-lens/lexicon@1', dataDate: '2026-04-19', sources: [], coins: [] });
    const { mentions, unresolved } = findMentions('Hivemapper (HONEY) and $KAITO', lexicon);
    expect(mentions).toEqual([]);
    expect(resolveLongTail(unresolved, index).map((m) => m.coinId)).toEqual(['hivemapper', 'kaito']);
  });
});
