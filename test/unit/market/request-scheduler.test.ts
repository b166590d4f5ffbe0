import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MarketError } from '../../../lib/market/errors';
import { memoryBudgetStore, RequestBudget, type PlanBudget } from '../../../lib/market/request-budget';
import { RequestScheduler } from '../../../lib/market/request-scheduler';

const KEYLESS: PlanBudget = { perMinute: 5, adaptive: true, ceiling: 10 };

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-04-19T03:30:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(store = memoryBudgetStore()) {
  const sent: string[] = [];
  const budget = new RequestBudget(KEYLESS, store);
  const scheduler = new RequestScheduler({ budget, random: () => 0.5 });
  const job = (key: string, result: () => unknown = () => key) => async () => {
    sent.push(key);
    return result();
  };
  return { scheduler, budget, sent, job, store };
}

describe('request scheduler', () => {
  it('sends the hover card\'s request before background work queued earlier', async () => {
    const { scheduler, sent, job } = setup();
    for (let i = 0; i < 5; i++) scheduler.request(`warm-${i}`, 'hover', job(`warm-${i}`), 60_000);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(5); // the window is full now
    const background = scheduler.request('lexicon', 'background', job('lexicon'), 10 * 60_000);
    const hover = scheduler.request('sector:meme', 'hover', job('sector:meme'), 120_000);
    expect(hover.expectedAt).toBeLessThanOrEqual(background.expectedAt);
    await vi.advanceTimersByTimeAsync(62_000);
    expect(sent.slice(5)).toEqual(['sector:meme', 'lexicon']);
    await expect(hover.promise).resolves.toBe('sector:meme');
  });

  it('ten askers of one resource share one request', async () => {
    const { scheduler, sent, job } = setup();
    const tickets = Array.from({ length: 10 }, () => scheduler.request('sector:depin', 'popup', job('sector:depin'), 60_000));
    await vi.advanceTimersByTimeAsync(10);
    expect(await Promise.all(tickets.map((ticket) => ticket.promise))).toEqual(Array(10).fill('sector:depin'));
    expect(sent).toEqual(['sector:depin']);
  });

  it('drops a queued request nobody asked about again before its turn', async () => {
    const { scheduler, sent, job } = setup();
    for (let i = 0; i < 5; i++) scheduler.request(`warm-${i}`, 'hover', job(`warm-${i}`), 60_000);
    const closed = scheduler.request('sector:gaming', 'hover', job('sector:gaming'), 15_000);
    await vi.advanceTimersByTimeAsync(70_000);
    expect(sent).not.toContain('sector:gaming');
    await expect(closed.promise).rejects.toMatchObject({ kind: 'rate-limited' });
  });

  it('nothing queued before a 429 goes out inside the pause it announced, and the pause survives a restart', async () => {
    const store = memoryBudgetStore();
    const { scheduler, sent, job } = setup(store);
    const limited = scheduler.request('a', 'hover', job('a', () => {
      throw new MarketError('rate-limited', 'limit', { retryAt: Date.now() + 50_000 });
    }), 120_000);
    const queued = scheduler.request('b', 'popup', async () => {
      await new Promise((resolve) => setTimeout(resolve, 100)); // in flight when the 429 lands
      sent.push('b');
      return 'b';
    }, 120_000);
    await vi.advanceTimersByTimeAsync(200);
    await expect(limited.promise).rejects.toMatchObject({ kind: 'rate-limited' });
    await queued.promise;
    const later = scheduler.request('c', 'hover', job('c'), 120_000);
    expect(later.expectedAt).toBeGreaterThanOrEqual(Date.now() + 49_000);
    // A worker started now (same storage) waits too.
    const restarted = setup(store);
    const afterRestart = restarted.scheduler.request('d', 'hover', restarted.job('d'), 120_000);
    await vi.advanceTimersByTimeAsync(49_000);
    expect(sent).toEqual(['a', 'b']);
    expect(restarted.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(restarted.sent).toEqual(['d']);
    await expect(later.promise).resolves.toBe('c');
    await expect(afterRestart.promise).resolves.toBe('d');
  });

  it('a server failure pauses briefly (backoff) and says until when', async () => {
    const { scheduler, job } = setup();
    const failing = scheduler.request('x', 'hover', job('x', () => {
      throw new MarketError('server', 'HTTP 500', { status: 500 });
    }), 60_000);
    await vi.advanceTimersByTimeAsync(10);
    const error = await failing.promise.catch((caught: MarketError) => caught);
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as MarketError).details.retryAt).toBeGreaterThan(Date.now());
    expect(scheduler.pauseReason()).toMatchObject({ kind: 'server' });
  });
});
