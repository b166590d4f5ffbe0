import { describe, expect, it } from 'vitest';
import { MarketError } from '../../../lib/market/errors';
import { mostTellingError } from '../../../lib/market/errors-priority';

describe('the error the reader is told', () => {
  it('a refused key explains more than the timeouts around it, and the latest retry time wins', () => {
    const error = mostTellingError([
      new MarketError('timeout', 't', { retryAt: 5_000 }),
      new MarketError('unauthorized', 'key', { status: 401 }),
      new MarketError('server', 's', { retryAt: 9_000 }),
    ]);
    expect(error?.toInfo()).toEqual({ kind: 'unauthorized', message: 'key', status: 401, retryAt: 9_000 });
  });

  it('no errors, no error', () => {
    expect(mostTellingError([])).toBeUndefined();
  });
});
