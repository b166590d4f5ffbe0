import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARE_SYMBOL_STOPLIST } from '../../../lib/detect/tables/bare-symbol-stoplist';
import { CASHTAG_NON_CRYPTO } from '../../../lib/detect/tables/cashtag-non-crypto';
import { COMPANY_NAMES } from '../../../lib/detect/tables/company-names';
import { CLAUSE_OPENERS, CRYPTO_NOUNS, FUNCTION_WORDS, PROJECT_NAME_SUFFIXES } from '../../../lib/detect/tables/context-words';
import { NAME_ALIASES } from '../../../lib/detect/tables/name-aliases';
import { ANY_CASE_DESPITE_DICTIONARY, CAPITALIZED_DESPITE_DICTIONARY, PROPER_NOUN_NAMES } from '../../../lib/detect/tables/name-word-overrides';
import { NOTABLE_LONG_TAIL_IDS } from '../../../lib/detect/lexicon/notable-long-tail';
import { GLUED_PAIR_QUOTES, PAIR_QUOTES } from '../../../lib/detect/tables/quote-currencies';
import { renamedCoinAt } from '../../../lib/detect/lexicon/renamed-eras';
import { RENAMED_ASSETS } from '../../../lib/detect/tables/renamed-tickers';
import { TICKER_REDEFINITIONS } from '../../../lib/detect/tables/ticker-redefinitions';
import { lexicon } from './detect-text';

const coinsList = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../shared/fixtures/coingecko/coins-list.json'), 'utf8')) as { id: string }[];
const listIds = new Set(coinsList.map((coin) => coin.id));
const isUpperTicker = (word: string): boolean => /^[A-Z0-9]+$/.test(word);

describe('stop-lists', () => {
  it('bare-symbol stop-list holds upper-case words and covers the acronyms issue #3 names', () => {
    for (const word of BARE_SYMBOL_STOPLIST) expect(isUpperTicker(word), word).toBe(true);
    for (const word of ['AI', 'CEO', 'SEC', 'ETF', 'USD', 'GPU', 'API', 'TVL', 'DEX', 'NFT', 'ATH', 'IBIT', 'GBTC']) expect(BARE_SYMBOL_STOPLIST).toContain(word);
  });

  it('does not stop the tickers readers mean most', () => {
    for (const ticker of ['BTC', 'ETH', 'XRP', 'SOL', 'BNB', 'DOGE', 'ADA', 'LINK', 'RENDER', 'TAO', 'HYPE']) expect(BARE_SYMBOL_STOPLIST).not.toContain(ticker);
  });

  it('non-crypto cashtags are upper-case stock, fund and fiat tickers, none a ranked coin ticker', () => {
    for (const ticker of CASHTAG_NON_CRYPTO) {
      expect(isUpperTicker(ticker), ticker).toBe(true);
      const ranked = (lexicon.bySymbol.get(ticker) ?? []).filter((coin) => coin.rank !== null && coin.rank <= 200);
      expect(ranked.map((coin) => coin.id), ticker).toEqual([]);
    }
  });
});

describe('renamed tickers and names', () => {
  it.each(RENAMED_ASSETS.map((row) => [row.kind, row.written, row]))('%s %s: every era names a lexicon coin, eras in date order', (kind, written, row) => {
    if (kind === 'ticker') expect(isUpperTicker(written)).toBe(true);
    else expect(written).toBe(written.toLowerCase());
    let previous = '';
    row.eras.forEach((era, index) => {
      if (era.coinId !== '') expect(lexicon.coins.has(era.coinId), era.coinId).toBe(true);
      if (index < row.eras.length - 1) {
        expect(era.until, `${written}: only the last era is open`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((era.until ?? '') > previous).toBe(true);
        previous = era.until ?? '';
      } else expect(era.until).toBeUndefined();
    });
  });

  it('the date picks the era: the day of `until` is the next era', () => {
    expect(renamedCoinAt('ticker', 'MATIC', '2021-06-01')).toBe('matic-network');
    expect(renamedCoinAt('ticker', 'MATIC', '2024-09-04')).toBe('matic-network');
    expect(renamedCoinAt('ticker', 'MATIC', '2024-09-05')).toBe('polygon-ecosystem-token');
    expect(renamedCoinAt('name', 'polygon', '2024-09-04')).toBe('polygon-ecosystem-token');
    expect(renamedCoinAt('ticker', 'LUNA', '2022-05-27')).toBe('terra-luna');
    expect(renamedCoinAt('ticker', 'LUNA', '2022-05-28')).toBe('terra-luna-2');
    expect(renamedCoinAt('ticker', 'ASI', '2023-01-01')).toBe('');
    expect(renamedCoinAt('ticker', 'BTC', '2023-01-01')).toBeUndefined();
  });
});

describe('names', () => {
  it.each(NAME_ALIASES.map((alias) => [alias.name, alias.coinId]))('alias %s → %s names a lexicon coin', (_name, coinId) => {
    expect(lexicon.coins.has(coinId), coinId).toBe(true);
  });

  it('name tables are lower case and do not contradict each other', () => {
    for (const table of [PROPER_NOUN_NAMES, ANY_CASE_DESPITE_DICTIONARY, CAPITALIZED_DESPITE_DICTIONARY, COMPANY_NAMES]) {
      for (const name of table) expect(name, name).toBe(name.toLowerCase());
    }
    for (const name of ANY_CASE_DESPITE_DICTIONARY) expect(PROPER_NOUN_NAMES.has(name) || CAPITALIZED_DESPITE_DICTIONARY.has(name)).toBe(false);
  });

  it('company names never match as coin names', () => {
    for (const name of COMPANY_NAMES) expect(lexicon.byName.has(name), name).toBe(false);
  });

  it('ordinary-word names of issue #3 need crypto context', () => {
    for (const name of ['render', 'near', 'helium', 'sky', 'polygon', 'maker']) {
      const entry = lexicon.byName.get(name)?.[0];
      expect(entry?.policy, name).toBe('needs-context');
    }
  });
});

describe('other tables', () => {
  it('notable long-tail ids exist in /coins/list and are unique', () => {
    expect(new Set(NOTABLE_LONG_TAIL_IDS).size).toBe(NOTABLE_LONG_TAIL_IDS.length);
    for (const id of NOTABLE_LONG_TAIL_IDS) expect(listIds.has(id), id).toBe(true);
  });

  it('pair quotes are upper-case tickers and glued quotes are a subset', () => {
    for (const quote of PAIR_QUOTES) expect(isUpperTicker(quote)).toBe(true);
    for (const quote of GLUED_PAIR_QUOTES) expect(PAIR_QUOTES).toContain(quote);
  });

  it('context words are lower case; project suffixes are capitalised', () => {
    for (const word of [...CRYPTO_NOUNS, ...FUNCTION_WORDS, ...CLAUSE_OPENERS]) expect(word).toBe(word.toLowerCase());
    for (const word of PROJECT_NAME_SUFFIXES) expect(word[0]).toBe(word[0]?.toUpperCase());
  });

  it('ticker redefinitions name lexicon tickers', () => {
    for (const { symbol } of TICKER_REDEFINITIONS) expect(lexicon.bySymbol.has(symbol), symbol).toBe(true);
  });
});
