/**
 * How many requests may go out, and when: a rolling one-minute window under the plan's limit, the
 * pause a 429 announced, and (keyless) a limit that adapts: halved on a 429 without Retry-After,
 * one more a minute after each quiet ten minutes, up to the plan's ceiling.
 *
 * The state is persisted (storage.local through a BudgetStore) and every send is written down
 * BEFORE the request leaves, so a service worker stopped mid-pause, or a browser closed and
 * reopened, still sends nothing inside the pause and still counts what went out in the window.
 */
import { z } from 'zod';

export interface PlanBudget {
  /** Requests per rolling minute to start with. */
  perMinute: number;
  /** Keyless: the real limit is unknown, so adapt to what the server says. */
  adaptive: boolean;
  /** Never go above this, however quiet it has been. */
  ceiling: number;
}

export type Priority = 'hover' | 'popup' | 'background';
export const PRIORITY_RANK: Record<Priority, number> = { hover: 0, popup: 1, background: 2 };

const WINDOW_MS = 60_000;
/** Our clock and the server's differ by the request's travel time: count a send a bit longer. */
const WINDOW_MARGIN_MS = 1_500;
/** A 429 without Retry-After: CoinGecko's limits are per minute. */
export const DEFAULT_PAUSE_MS = 60_000;
const RECOVER_AFTER_MS = 10 * 60_000;

const BudgetStateSchema = z.object({
  sentAt: z.array(z.number().finite()).max(1000),
  pausedUntil: z.number().finite(),
  pauseKind: z.enum(['rate-limited', 'backoff']).optional(),
  perMinute: z.number().int().min(1).max(10_000),
  calmSince: z.number().finite(),
});
export type BudgetState = z.infer<typeof BudgetStateSchema>;

export interface BudgetStore {
  load(): Promise<unknown>;
  save(state: BudgetState): Promise<void>;
}

export function memoryBudgetStore(): BudgetStore & { state: unknown } {
  const holder = {
    state: undefined as unknown,
    load: async () => structuredClone(holder.state),
    save: async (state: BudgetState) => {
      holder.state = structuredClone(state);
    },
  };
  return holder;
}

export class RequestBudget {
  private state: BudgetState;
  readonly ready: Promise<void>;

  constructor(
    readonly plan: PlanBudget,
    private readonly store: BudgetStore,
    private readonly now: () => number = Date.now,
  ) {
    this.state = { sentAt: [], pausedUntil: 0, perMinute: plan.perMinute, calmSince: now() };
    this.ready = store
      .load()
      .then((raw) => {
        const parsed = BudgetStateSchema.safeParse(raw);
        if (!parsed.success) return;
        // Sends made while loading (none: the scheduler waits for ready) would be kept too.
        const loaded = parsed.data;
        this.state = {
          ...loaded,
          sentAt: [...loaded.sentAt, ...this.state.sentAt].sort((a, b) => a - b),
          perMinute: Math.min(plan.ceiling, plan.adaptive ? loaded.perMinute : plan.perMinute),
        };
      })
      .catch(() => undefined); // unreadable storage: start cautious from a blank state
  }

  get perMinute(): number {
    return this.state.perMinute;
  }

  get pausedUntil(): number {
    return this.state.pausedUntil;
  }

  get pauseKind(): BudgetState['pauseKind'] {
    return this.state.pausedUntil > this.now() ? this.state.pauseKind : undefined;
  }

  /**
   * Requests a priority may have in the window: the popup leaves one for the next hover, background
   * work leaves 40 % for readers (keyless 5: hover 5, popup 4, background 3).
   */
  capacity(priority: Priority): number {
    const limit = this.state.perMinute;
    if (priority === 'hover') return limit;
    if (priority === 'popup') return Math.max(1, limit - 1);
    return Math.max(1, limit - Math.max(1, Math.ceil(limit * 0.4)));
  }

  /**
   * When the requests of these priorities, in this order, could go out (the first no earlier
   * than `from`). Pure arithmetic on the window; nothing is reserved.
   */
  slots(priorities: readonly Priority[], from = this.now()): number[] {
    const sent = this.recentSends(from);
    const start = Math.max(from, this.state.pausedUntil);
    const out: number[] = [];
    for (const priority of priorities) {
      const cap = this.capacity(priority);
      let at = start;
      for (;;) {
        const inWindow = sent.filter((time) => time > at - WINDOW_MS - WINDOW_MARGIN_MS);
        if (inWindow.length < cap) break;
        // The (n−cap+1)-th newest send must leave the window first.
        at = inWindow[inWindow.length - cap]! + WINDOW_MS + WINDOW_MARGIN_MS + 1;
      }
      out.push(at);
      sent.push(at);
      sent.sort((a, b) => a - b);
    }
    return out;
  }

  /** Written down before the request leaves (a worker stopped mid-request still counts it). */
  async recordSend(): Promise<void> {
    const now = this.now();
    this.state.sentAt = [...this.recentSends(now), now];
    await this.persist();
  }

  /** A 429: pause until Retry-After (else a minute); without Retry-After keyless halves its limit. */
  async rateLimited(retryAt: number | undefined): Promise<void> {
    const now = this.now();
    const until = retryAt ?? now + DEFAULT_PAUSE_MS;
    if (retryAt === undefined && this.plan.adaptive) this.state.perMinute = Math.max(1, Math.floor(this.state.perMinute / 2));
    if (until > this.state.pausedUntil) {
      this.state.pausedUntil = until;
      this.state.pauseKind = 'rate-limited';
    }
    this.state.calmSince = now;
    await this.persist();
  }

  /** Server or network trouble: a short pause (not a rate limit; the limit stays). */
  async backoff(until: number): Promise<void> {
    if (until <= this.state.pausedUntil) return;
    this.state.pausedUntil = until;
    this.state.pauseKind = 'backoff';
    await this.persist();
  }

  /** An answer that was not a 429: after ten calm minutes keyless tries one more a minute. */
  async succeeded(): Promise<void> {
    const now = this.now();
    if (!this.plan.adaptive || this.state.perMinute >= this.plan.ceiling) return;
    if (now - this.state.calmSince < RECOVER_AFTER_MS) return;
    this.state.perMinute += 1;
    this.state.calmSince = now;
    await this.persist();
  }

  private recentSends(now: number): number[] {
    return this.state.sentAt.filter((time) => time > now - WINDOW_MS - WINDOW_MARGIN_MS);
  }

  private async persist(): Promise<void> {
    try {
      await this.store.save({ ...this.state, sentAt: this.recentSends(this.now()) });
    } catch (error) {
      console.warn('Sector Lens: could not persist the request budget', error);
    }
  }
}
