/**
 * The exclusion table is data: these tests check it against the recorded /coins/markets rows
 * (test/fixtures/coingecko), so a wrong entry or an over-eager rule shows up as a real coin.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason, KNOWN_DERIVATIVES, KNOWN_STABLECOINS } from '../../../lib/sectors/excluded-coins';
import { MARKET_FILES, readRecorded } from '../../support/recorded';

interface RecordedRow {
  id: string;
  symbol: string;
  name: string;
  current_price: number | null;
  price_change_percentage_24h: number | null;
}
const FILES = MARKET_FILES.map((file) => ({ file, rows: readRecorded(file) as RecordedRow[] }));

describe('known stablecoins', () => {
  const recorded = FILES.flatMap(({ file, rows }) => rows.filter((row) => KNOWN_STABLECOINS.has(row.id)).map((row) => [row.id, file, row] as const));

  it('are mostly present in the recorded data (the table is not guesswork)', () => {
    expect(new Set(recorded.map(([id]) => id)).size).toBeGreaterThanOrEqual(20);
  });

  // Under 2%: the loosest recorded one is figure-heloc (+1.31%, a ~$1.03 loan-pool token), while
  // ordinary coins in the same recordings moved 2–5% that day.
  it.each(recorded)('%s (%s) barely moved in 24h, as a pegged coin does', (_id, _file, row) => {
    expect(Math.abs(row.price_change_percentage_24h ?? 0)).toBeLessThan(2);
  });
});

describe('known derivatives', () => {
  // A wrapper or liquid-staking token trades at (or, accruing, somewhat above) its underlying coin.
  const cases = FILES.flatMap(({ file, rows }) =>
    rows.filter((row) => KNOWN_DERIVATIVES.has(row.id)).map((row) => [row.id, file, row, rows] as const),
  );

  it.each(cases)('%s (%s) is priced like another, non-excluded coin of the same recording', (_id, _file, row, rows) => {
    const underlying = rows.find(
      (other) => other.id !== row.id && exclusionReason(other) === null && ratio(row, other) >= 0.9 && ratio(row, other) <= 1.35,
    );
    expect(underlying, `no underlying coin found for ${row.id}`).toBeDefined();
  });
});

function ratio(a: RecordedRow, b: RecordedRow): number {
  return (a.current_price ?? 0) / (b.current_price ?? Number.NaN);
}

describe('rules for coins the table does not list', () => {
  it.each([
    [{ id: 'binance-bridged-usdt-bnb-smart-chain', symbol: 'bsc-usd', name: 'Binance Bridged USDT (BNB Smart Chain)' }, 'derivative'],
    [{ id: 'kinetic-staked-hype', symbol: 'khype', name: 'Kinetiq Staked HYPE' }, 'derivative'],
    [{ id: 'benqi-liquid-staked-avax', symbol: 'savax', name: 'BENQI Liquid Staked AVAX' }, 'derivative'],
    [{ id: 'agora-dollar', symbol: 'ausd', name: 'AUSD' }, 'stablecoin'],
    [{ id: 'syrupusdc', symbol: 'syrupusdc', name: 'SyrupUSDC' }, 'stablecoin'],
    [{ id: 'some-new-wrapper', symbol: 'wsol', name: 'Some SOL' }, 'derivative'],
  ] as const)('%o → %s', (coin, reason) => {
    expect(exclusionReason(coin)).toBe(reason);
  });

  // Real coins whose ids, symbols or names look like the patterns but are not derivatives or pegs.
  it.each([
    ['wormhole', 'w', 'Wormhole'],
    ['worldcoin-wld', 'wld', 'Worldcoin'],
    ['whitebit', 'wbt', 'WhiteBIT Coin'],
    ['stable-2', 'stable', '\u200b\u200bStable'],
    ['sonic-3', 's', 'Sonic'],
    ['usual', 'usual', 'Usual'],
    ['ether-fi', 'ethfi', 'Ether.fi'],
    ['lido-dao', 'ldo', 'Lido DAO'],
    ['pax-gold', 'paxg', 'PAX Gold'],
    ['tether-gold', 'xaut', 'Tether Gold'],
    ['aethir', 'ath', 'Aethir'],
    ['bitcoin', 'btc', 'Bitcoin'],
    ['blockchain-capital', 'bcap', 'Blockchain Capital'],
  ])('%s is a constituent like any other', (id, symbol, name) => {
    expect(exclusionReason({ id, symbol, name })).toBeNull();
  });
});
