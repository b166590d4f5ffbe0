import { describe, expect, it } from 'vitest';
import { memoryBudgetStore, RequestBudget, type PlanBudget } from '../../../lib/market/request-budget';
import { fakeClock } from '../../support/fake-clock';

const KEYLESS: PlanBudget = { perMinute: 5, adaptive: true, ceiling: 10 };
const DEMO: PlanBudget = { perMinute: 30, adaptive: false, ceiling: 30 };

async function budget(plan = KEYLESS, store = memoryBudgetStore(), clock = fakeClock()) {
  const b = new RequestBudget(plan, store, clock.now);
  await b.ready;
  return { b, store, clock };
}

describe('request budget', () => {
  it('allows perMinute sends in a rolling minute, then names the moment the next one may go', async () => {
    const { b, clock } = await budget();
    for (let i = 0; i < 5; i++) {
      expect(b.slots(['hover'])[0]).toBe(clock.now());
      await b.recordSend();
      clock.advance(1_000);
    }
    const [next] = b.slots(['hover']);
    // The first send (at t0) leaves the window 60 s later, plus the margin for travel time.
    expect(next! - (clock.now() - 5_000)).toBeGreaterThan(60_000);
    expect(next! - (clock.now() - 5_000)).toBeLessThan(63_000);
  });

  it('leaves room for readers: background work stops short of the limit', async () => {
    const { b } = await budget();
    expect(b.capacity('hover')).toBe(5);
    expect(b.capacity('popup')).toBe(4);
    expect(b.capacity('background')).toBe(3);
    for (let i = 0; i < 3; i++) await b.recordSend();
    const [hover, background] = [b.slots(['hover'])[0]!, b.slots(['background'])[0]!];
    expect(background).toBeGreaterThan(hover);
  });

  it('a queue of slots: each waits for the one before it', async () => {
    const { b, clock } = await budget();
    const slots = b.slots(['hover', 'hover', 'hover', 'hover', 'hover', 'hover', 'hover']);
    expect(slots.slice(0, 5)).toEqual(Array(5).fill(clock.now()));
    expect(slots[5]! - clock.now()).toBeGreaterThan(60_000);
    expect(slots[6]!).toBeGreaterThanOrEqual(slots[5]!);
  });

  it('a 429 with Retry-After pauses until then; a new budget over the same store (restart) still waits', async () => {
    const { b, store, clock } = await budget();
    await b.recordSend();
    await b.rateLimited(clock.now() + 50_000);
    expect(b.slots(['hover'])[0]).toBe(clock.now() + 50_000);
    expect(b.perMinute).toBe(5); // the server said how long: no need to guess a lower limit
    const restarted = new RequestBudget(KEYLESS, store, clock.now);
    await restarted.ready;
    expect(restarted.slots(['hover'])[0]).toBe(clock.now() + 50_000);
    expect(restarted.pauseKind).toBe('rate-limited');
  });

  it('keyless: a 429 without Retry-After halves the limit and pauses a minute; ten calm minutes add one back', async () => {
    const { b, clock } = await budget();
    await b.rateLimited(undefined);
    expect(b.perMinute).toBe(2);
    expect(b.pausedUntil).toBe(clock.now() + 60_000);
    await b.rateLimited(undefined);
    expect(b.perMinute).toBe(1);
    await b.rateLimited(undefined);
    expect(b.perMinute).toBe(1); // never zero
    clock.advance(9 * 60_000);
    await b.succeeded();
    expect(b.perMinute).toBe(1);
    clock.advance(60_000);
    await b.succeeded();
    expect(b.perMinute).toBe(2);
  });

  it('Demo keeps its documented limit: no halving', async () => {
    const { b } = await budget(DEMO);
    await b.rateLimited(undefined);
    expect(b.perMinute).toBe(30);
  });

  it('a corrupt stored state is ignored, never trusted', async () => {
    const store = memoryBudgetStore();
    store.state = { sentAt: 'x', pausedUntil: Infinity };
    const { b, clock } = await budget(KEYLESS, store);
    expect(b.slots(['hover'])[0]).toBe(clock.now());
  });
});
