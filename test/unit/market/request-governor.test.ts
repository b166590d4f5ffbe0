import { describe, expect, it } from 'vitest';
import { MarketError } from '../../../lib/market/errors';
import { RequestGovernor, type GovernorOptions } from '../../../lib/market/request-governor';
import { fakeClock } from '../../support/fake-clock';

function setup(options: Partial<GovernorOptions> = {}) {
  const clock = fakeClock();
  const governor = new RequestGovernor({ budget: { burst: 10, perMinute: 10 }, now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
  return { clock, governor };
}

/** A request that fails with the given errors in turn, then succeeds. */
function flaky(...failures: MarketError[]) {
  let calls = 0;
  const request = async () => {
    calls += 1;
    const failure = failures[calls - 1];
    if (failure) throw failure;
    return 'ok';
  };
  return { request, calls: () => calls };
}

describe('request governor', () => {
  it('retries server and network errors with growing, jittered backoff', async () => {
    const { clock, governor } = setup();
    const { request, calls } = flaky(new MarketError('server', '500'), new MarketError('offline', 'down'));
    await expect(governor.run(request)).resolves.toBe('ok');
    expect(calls()).toBe(3);
    // base 1 s: 1st failure → 1000·(½ + ½·0.5) = 750 ms, 2nd → 2000·0.75 = 1500 ms
    expect(clock.slept).toEqual([750, 1500]);
  });

  it('gives up after maxAttempts with the error and when it will try again', async () => {
    const { clock, governor } = setup({ maxAttempts: 2 });
    const { request, calls } = flaky(new MarketError('timeout', 't'), new MarketError('timeout', 't'));
    const error = await governor.run(request).catch((caught: MarketError) => caught);
    expect(calls()).toBe(2);
    expect(error).toMatchObject({ kind: 'timeout', details: { retryAt: clock.now() + 1500 } });
  });

  it('does not retry what waiting cannot fix', async () => {
    const { governor } = setup();
    const { request, calls } = flaky(new MarketError('unauthorized', 'key'));
    await expect(governor.run(request)).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(calls()).toBe(1);
  });

  it('after a 429 with a long Retry-After, fails fast without sending anything until then', async () => {
    const { clock, governor } = setup();
    const retryAt = clock.now() + 119_000;
    const { request, calls } = flaky(new MarketError('rate-limited', '429', { status: 429, retryAt }));
    await expect(governor.run(request)).rejects.toMatchObject({ kind: 'rate-limited', details: { retryAt } });
    const other = flaky();
    await expect(governor.run(other.request)).rejects.toMatchObject({ kind: 'rate-limited', details: { retryAt } });
    expect(calls() + other.calls()).toBe(1);
    clock.advance(119_000);
    await expect(governor.run(other.request)).resolves.toBe('ok');
  });

  it('waits out a short Retry-After and tries again', async () => {
    const { clock, governor } = setup();
    const { request, calls } = flaky(new MarketError('rate-limited', '429', { retryAt: clock.now() + 7_000 }));
    await expect(governor.run(request)).resolves.toBe('ok');
    expect(calls()).toBe(2);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(7_000);
  });

  it('holds a burst beyond the bucket back instead of sending it', async () => {
    const { governor } = setup({ budget: { burst: 2, perMinute: 6 }, maxWaitMs: 5_000 });
    const results = await Promise.allSettled([1, 2, 3].map(() => governor.run(async () => 'sent')));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ kind: 'rate-limited' });
  });
});

describe('request governor under an outage', () => {
  it('requests failing together escalate the backoff once, not once each', async () => {
    const { clock, governor } = setup({ maxAttempts: 1 });
    const start = clock.now();
    const failures = await Promise.allSettled([1, 2, 3].map(() => governor.run(async () => Promise.reject(new MarketError('server', '500')))));
    // All three report the same first-level pause (750 ms), not 750 / 1500 / 3000.
    expect(failures.map((failure) => (failure as PromiseRejectedResult).reason.details.retryAt)).toEqual([start + 750, start + 750, start + 750]);
  });
});
