/**
 * A token bucket that hands out reservations: each request takes a token now or is told how long
 * until its token exists. Reserving (rather than polling) keeps concurrent callers in a queue
 * without timers of its own.
 */
import type { RequestBudget } from './api-config';

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly perMs: number;

  constructor(
    private readonly budget: RequestBudget,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = budget.burst;
    this.updatedAt = now();
    this.perMs = budget.perMinute / 60_000;
  }

  /** Milliseconds until a reservation made now could go out (0 = at once). Reserves nothing. */
  waitFor(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }

  /** Take one token (possibly borrowing from the future); returns the wait before using it. */
  reserve(): number {
    const wait = this.waitFor();
    this.tokens -= 1;
    return wait;
  }

  /** After a 429 the server's view wins: nothing is left in the bucket. */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.budget.burst, this.tokens + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }
}
