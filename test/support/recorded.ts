/** Reads the recorded CoinGecko fixtures (test/fixtures/coingecko) for tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RECORDED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'coingecko');

export function readRecorded(file: string): unknown {
  return JSON.parse(readFileSync(join(RECORDED_DIR, file), 'utf8'));
}

export const MARKET_FILES = ['markets-all-sparkline-1h.json', 'markets-all-volume-desc.json', 'markets-all.json'] as const;
