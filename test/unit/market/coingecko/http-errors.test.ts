import { describe, expect, it } from 'vitest';
import { errorForStatus, parseRetryAfter } from '../../../../lib/market/providers/coingecko/http-errors';

const NOW = Date.parse('2026-04-19T00:00:00Z');
const none = new Headers();

describe('HTTP failures → typed errors', () => {
  it('a key on the wrong host (10010/10011, HTTP 400) is unauthorized, not a bad response', () => {
    const body = { timestamp: '2025-10-12T11:10:40.873+00:00', error_code: 10010, status: { error_message: 'If you are using Pro API key, please change your root URL' } };
    const error = errorForStatus(400, none, body, 'pro', NOW);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(/does not match the API host/);
  });

  it.each([
    [404, 'not-found'],
    [500, 'server'],
    [503, 'server'],
    [403, 'unauthorized'],
    [422, 'bad-response'],
  ] as const)('HTTP %d → %s', (status, kind) => {
    expect(errorForStatus(status, none, undefined, 'demo', NOW).kind).toBe(kind);
  });

  it('Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('119', NOW)).toBe(NOW + 119_000);
    expect(parseRetryAfter('Sun, 19 Apr 2026 00:00:30 GMT', NOW)).toBe(NOW + 30_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});
