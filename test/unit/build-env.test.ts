import { describe, expect, it } from 'vitest';
import { buildEnvironment, originPattern, STORE_API_BASE } from '../../lib/build-env';

describe('build-time variables', () => {
  it('is the store build when nothing is set', () => {
    const env = buildEnvironment({});
    expect(env.apiBase).toBe(STORE_API_BASE);
    expect(env.extraMatches).toEqual([]);
    expect(env.hostPermissions).toEqual(['https://api.coingecko.com/*', 'https://pro-api.coingecko.com/*']);
    expect(env.outDir).toBe('.output');
  });

  it('points the API at SECTOR_LENS_API_BASE and grants only its origin', () => {
    const env = buildEnvironment({ SECTOR_LENS_API_BASE: 'http://127.0.0.1:4321/api/v3/' });
    expect(env.apiBase).toBe('http://127.0.0.1:4321/api/v3');
    expect(env.hostPermissions).toContain('http://127.0.0.1/*');
  });

  it('adds SECTOR_LENS_EXTRA_MATCHES to the sites', () => {
    const env = buildEnvironment({ SECTOR_LENS_EXTRA_MATCHES: ' http://127.0.0.1/* , https://example.org/news/* ' });
    expect(env.extraMatches).toEqual(['http://127.0.0.1/*', 'https://example.org/news/*']);
  });

  it('refuses a base that is not a URL', () => {
    expect(() => buildEnvironment({ SECTOR_LENS_API_BASE: 'not a url' })).toThrow(/SECTOR_LENS_API_BASE/);
  });

  it('drops the port from origin patterns (match patterns match any port)', () => {
    expect(originPattern('http://localhost:8080/x')).toBe('http://localhost/*');
  });
});
