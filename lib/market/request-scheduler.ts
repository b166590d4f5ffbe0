/**
 * Every request to the provider waits here for its turn: the open card's first, the popup's next,
 * background work last and only with room to spare (RequestBudget). One job per resource key:
 * ten callers asking for the same thing share one request, and the job takes the most urgent
 * priority among them.
 *
 * A job is wanted until a moment its askers name (`wantedUntil`): the card that asked re-asks when
 * told to; a job nobody waits for any more when its turn comes is dropped, not sent.
 * Nothing is sent before the budget has loaded its persisted state, nor inside a pause: jobs
 * queued before a 429 wait out the pause it announced.
 */
import { asMarketError, MarketError, TRANSIENT_KINDS } from './errors';
import { PRIORITY_RANK, type Priority, type RequestBudget } from './request-budget';

interface Job {
  key: string;
  priority: Priority;
  run: () => Promise<unknown>;
  wantedUntil: number;
  order: number;
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: MarketError) => void;
  state: 'queued' | 'sent';
}

export interface SchedulerOptions {
  budget: RequestBudget;
  now?: () => number;
  random?: () => number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface Ticket<T> {
  promise: Promise<T>;
  /** When the request is expected to go out (now, or a later slot or the end of a pause). */
  expectedAt: number;
}

export class RequestScheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly now: () => number;
  private readonly random: () => number;
  private order = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private pumping = false;
  /** pump() was called while a pass was running: run another pass after it. */
  private dirty = false;
  private failures = 0;
  private lastPause: MarketError | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    void options.budget.ready.then(() => this.pump());
  }

  get budget(): RequestBudget {
    return this.options.budget;
  }

  /** Why nothing goes out now, while a pause lasts (a 429 seen by an earlier worker included). */
  pauseReason(): MarketError | undefined {
    const kind = this.budget.pauseKind;
    if (!kind) return undefined;
    if (this.lastPause && this.lastPause.details.retryAt === this.budget.pausedUntil) return this.lastPause;
    return kind === 'rate-limited' ? new MarketError('rate-limited', 'Rate limit reached', { retryAt: this.budget.pausedUntil }) : new MarketError('server', 'The data source is having trouble', { retryAt: this.budget.pausedUntil });
  }

  /**
   * Ask for a resource. Joining a queued job raises its priority and extends how long it is
   * wanted; a job already sent is shared as is.
   */
  request<T>(key: string, priority: Priority, run: () => Promise<T>, wantedForMs: number): Ticket<T> {
    const now = this.now();
    let job = this.jobs.get(key);
    if (!job) {
      let resolve!: (value: unknown) => void;
      let reject!: (error: MarketError) => void;
      const promise = new Promise<unknown>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => undefined); // askers who gave up must not leave an unhandled rejection
      job = { key, priority, run, wantedUntil: now + wantedForMs, order: this.order++, promise, resolve, reject, state: 'queued' };
      this.jobs.set(key, job);
    } else if (job.state === 'queued') {
      if (PRIORITY_RANK[priority] < PRIORITY_RANK[job.priority]) job.priority = priority;
      job.wantedUntil = Math.max(job.wantedUntil, now + wantedForMs);
    }
    const expectedAt = job.state === 'sent' ? now : (this.expectedTimes().get(key) ?? now);
    this.pump();
    return { promise: job.promise as Promise<T>, expectedAt };
  }

  /** When each queued job is expected to go out, in queue order. */
  expectedTimes(): Map<string, number> {
    const queued = this.queue();
    const slots = this.budget.slots(queued.map((job) => job.priority));
    return new Map(queued.map((job, index) => [job.key, slots[index]!]));
  }

  /** Queued and sent jobs by priority, for the options page and tests. */
  pending(): { key: string; priority: Priority; state: Job['state'] }[] {
    return [...this.jobs.values()].map(({ key, priority, state }) => ({ key, priority, state }));
  }

  private queue(): Job[] {
    return [...this.jobs.values()]
      .filter((job) => job.state === 'queued')
      .sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.order - b.order);
  }

  private pump(): void {
    if (this.pumping) {
      this.dirty = true;
      return;
    }
    this.pumping = true;
    this.dirty = false;
    void this.budget.ready
      .then(async () => {
        for (;;) {
          const now = this.now();
          // Drop what nobody waits for any more.
          for (const job of this.queue()) {
            if (job.wantedUntil < now) {
              this.jobs.delete(job.key);
              job.reject(new MarketError('rate-limited', 'Dropped: nobody waits for it any more', { retryAt: now }));
            }
          }
          const queue = this.queue();
          const head = queue[0];
          if (!head) return;
          const [at] = this.budget.slots([head.priority], now);
          if (at! > now) return this.wakeAt(at!);
          head.state = 'sent';
          await this.budget.recordSend();
          void this.send(head);
        }
      })
      .finally(() => {
        this.pumping = false;
        if (this.dirty) this.pump();
      });
  }

  private async send(job: Job): Promise<void> {
    try {
      const value = await job.run();
      this.failures = 0;
      await this.budget.succeeded();
      job.resolve(value);
    } catch (caught) {
      const error = asMarketError(caught);
      if (error.kind === 'rate-limited') {
        await this.budget.rateLimited(error.details.retryAt);
        this.lastPause = error.withRetryAt(this.budget.pausedUntil);
        job.reject(this.lastPause);
      } else if (TRANSIENT_KINDS.has(error.kind)) {
        this.failures += 1;
        await this.budget.backoff(this.now() + this.backoffMs());
        this.lastPause = error.withRetryAt(this.budget.pausedUntil);
        job.reject(this.lastPause);
      } else {
        job.reject(error);
      }
    } finally {
      if (this.jobs.get(job.key) === job) this.jobs.delete(job.key);
      this.pump();
    }
  }

  private wakeAt(at: number): void {
    if (this.timer !== undefined && this.timerAt <= at) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, at - this.now()));
  }

  /** base·2^(n−1), capped, with "equal jitter" so tabs do not sync up. */
  private backoffMs(): number {
    const base = this.options.baseBackoffMs ?? 1_000;
    const cap = this.options.maxBackoffMs ?? 5 * 60_000;
    const exponential = Math.min(cap, base * 2 ** (this.failures - 1));
    return Math.round(exponential / 2 + (this.random() * exponential) / 2);
  }
}
