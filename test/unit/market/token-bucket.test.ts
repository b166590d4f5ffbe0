import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../lib/market/token-bucket';
import { fakeClock } from '../../support/fake-clock';

describe('token bucket', () => {
  it('lets the burst through, then spaces requests at the sustained rate', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ burst: 3, perMinute: 6 }, clock.now); // one token per 10 s
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 0]);
    expect(bucket.reserve()).toBe(10_000);
    expect(bucket.reserve()).toBe(20_000); // queued behind the previous reservation
    clock.advance(20_000);
    expect(bucket.waitFor()).toBe(10_000);
  });

  it('never holds more than the burst, however long it was idle', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ burst: 2, perMinute: 60 }, clock.now);
    clock.advance(3_600_000);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 1_000]);
  });

  it('a 429 empties it', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ burst: 5, perMinute: 60 }, clock.now);
    bucket.drain();
    expect(bucket.waitFor()).toBe(1_000);
  });
});
