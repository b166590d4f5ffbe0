import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, buildLongTailIndex, compactLexiconSchema, compileLexicon, findMentions, ordinaryWordsOf, parseLongTail, resolveLongTail } from '../../../lib/detect';
import { FORMER_LISTED_TICKERS, LISTED_HOLDER_ERAS, LISTED_HOLDERS } from '../../../lib/detect/long-tail/listed-holders';

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
      ['galaxy-digital-inc-class-a-common-stock', 'GLXY', 'Galaxy Digital Inc. Class A Common Stock', null],
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
    // A token mirroring a company's share under its ticker: the news means the equity.
    expect(resolveLongTail([{ symbol: 'GLXY', nameHint: 'Galaxy Digital', start: 0, end: 21, form: 'name-symbol' }], index)).toEqual([]);
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
        ['moon', 'MOON', 'r/CryptoCurrency Moons', null],
        ['moon-2', 'MOON', 'MOON', null],
        ['moon-3', 'MOON', 'Moon', null],
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

    it('reads a name written without its qualifier: "Moons (MOON)" is r/CryptoCurrency Moons', () => {
      expect(ids([{ symbol: 'MOON', nameHint: 'Moons', start: 0, end: 12, form: 'name-symbol' }])).toEqual(['moon']);
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
      for (const [symbol, eras] of Object.entries(LISTED_HOLDER_ERAS)) {
        for (const era of eras) if (era.id !== '') expect((longTail.bySymbol.get(symbol) ?? []).map((coin) => coin.id), symbol).toContain(era.id);
        // Eras in order, each ending where the next begins; the last one open.
        expect(eras.at(-1)?.until, symbol).toBeUndefined();
        const ends = eras.slice(0, -1).map((era) => era.until ?? '');
        expect([...ends].sort(), symbol).toEqual(ends);
      }
    });

    it('dates a ticker whose listed holder changed: the holder of the text\'s time, or none', () => {
      const dated = buildLongTailIndex({
        format: 'sector-lens/long-tail@1',
        dataDate: '2026-04-19',
        coins: [
          ['fuel-network', 'FUEL', 'Fuel Network', null],
          ['bitrue-token', 'BTR', 'Bitrue Coin', null],
          ['bitlayer-bitvm', 'BTR', 'Bitlayer', null],
        ],
      });
      const at = (symbol: string, date?: string) => resolveLongTail([{ symbol, start: 0, end: 4, form: 'pair' }], dated, date).map((m) => m.coinId);
      // A 2019 notice's FUEL is Etherparty's, which the long tail no longer holds: no mention
      // rather than the sole holder of today.
      expect(at('FUEL', '2019-09-30')).toEqual([]);
      expect(at('FUEL', '2025-03-01')).toEqual(['fuel-network']);
      expect(at('FUEL')).toEqual(['fuel-network']);
      expect(at('BTR', '2021-05-01')).toEqual(['bitrue-token']);
      expect(at('BTR', '2025-09-01')).toEqual(['bitlayer-bitvm']);
      // The written name still decides.
      expect(resolveLongTail([{ symbol: 'BTR', nameHint: 'Bitlayer', start: 0, end: 14, form: 'name-symbol' }], dated, '2021-05-01').map((m) => m.coinId)).toEqual(['bitlayer-bitvm']);
    });

    it('emits nothing when the written name disagrees with the only holder\'s name', () => {
      const one = buildLongTailIndex({
        format: 'sector-lens/long-tail@1',
        dataDate: '2026-04-19',
        coins: [
          ['rif-token', 'RIF', 'Rootstock Infrastructure Framework', null],
          ['moew', 'MOEW', 'MOEW', null],
        ],
      });
      const of = (symbol: string, nameHint: string) => resolveLongTail([{ symbol, nameHint, start: 0, end: 9, form: 'name-symbol' }], one).map((m) => m.coinId);
      // A memecoin the long tail lacks, whose name spells another coin's ticker.
      expect(of('RIF', 'Rifampicin')).toEqual([]);
      // The holder named after its ticker has no name to disagree with.
      expect(of('MOEW', 'Donotfomoew')).toEqual(['moew']);
    });
  });

  it('gets its candidates from findMentions', () => {
    const lexicon = compileLexicon({ format: 'sector-lens/lexicon@1', dataDate: '2026-04-19', sources: [], coins: [] });
    const { mentions, unresolved } = findMentions('Hivemapper (HONEY) and $KAITO', lexicon);
    expect(mentions).toEqual([]);
    expect(resolveLongTail(unresolved, index).map((m) => m.coinId)).toEqual(['hivemapper', 'kaito']);
  });
});
