import { describe, expect, it } from 'vitest';
import { PRO_API_BASE, PUBLIC_API_BASE, resolveApiBase } from '../../../../lib/market/providers/coingecko/hosts';

describe('which host a request goes to', () => {
  it.each([
    ['', 'keyless', PUBLIC_API_BASE, PUBLIC_API_BASE],
    ['', 'demo', PUBLIC_API_BASE, PUBLIC_API_BASE],
    ['', 'pro', PUBLIC_API_BASE, PRO_API_BASE], // a Pro key on api.coingecko.com → 10010
    [PRO_API_BASE, 'demo', PUBLIC_API_BASE, PUBLIC_API_BASE], // a Demo key on pro-api → 10011
    ['', 'pro', 'http://127.0.0.1:9/api/v3', 'http://127.0.0.1:9/api/v3'], // a build override is kept
    ['https://proxy.example/api/v3/', 'pro', PUBLIC_API_BASE, 'https://proxy.example/api/v3'], // settings win
  ] as const)('override %j, plan %s, build %s → %s', (override, plan, build, expected) => {
    expect(resolveApiBase(override, plan, build)).toBe(expected);
  });
});
