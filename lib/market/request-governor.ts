/**
 * Every request to CoinGecko passes through one governor per connection (base URL + key): a token
 * bucket under the plan's limit, a pause after 429 (Retry-After, else a minute), and exponential
 * backoff with jitter after server and network failures. While paused, callers fail fast with a
 * typed error carrying `retryAt` instead of queueing up a storm for the moment the pause ends.
 */
import type { RequestBudget } from './api-config';
import { asMarketError, MarketError, TRANSIENT_KINDS } from './errors';
import { TokenBucket } from './token-bucket';

export interface GovernorOptions {
  budget: RequestBudget;
  /** Longest a caller waits for a token or a pause to end before it gets an error instead. */
  maxWaitMs?: number;
  /** Tries per request, the first included, for transient failures. */
  maxAttempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class RequestGovernor {
  private readonly bucket: TokenBucket;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private pausedUntil = 0;
  private pauseReason: MarketError | undefined;
  private consecutiveFailures = 0;

  constructor(private readonly options: GovernorOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.bucket = new TokenBucket(options.budget, this.now);
  }

  async run<T>(request: () => Promise<T>): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      await this.admit();
      try {
        const result = await request();
        this.consecutiveFailures = 0;
        return result;
      } catch (caught) {
        const error = asMarketError(caught);
        if (error.kind === 'rate-limited') {
          this.bucket.drain();
          this.pause(error.details.retryAt ?? this.now() + 60_000, error);
        } else if (TRANSIENT_KINDS.has(error.kind)) {
          // Requests that fail together (one outage) escalate the backoff once, not once each.
          if (this.now() >= this.pausedUntil) this.consecutiveFailures += 1;
          this.pause(this.now() + this.backoffMs(), error);
        } else {
          throw error;
        }
        if (attempt >= maxAttempts) throw error.withRetryAt(this.pausedUntil);
      }
    }
  }

  /** Wait for the pause and a token, or fail at once when that would take longer than maxWaitMs. */
  private async admit(): Promise<void> {
    const maxWait = this.options.maxWaitMs ?? 10_000;
    const pauseLeft = this.pausedUntil - this.now();
    if (pauseLeft > maxWait && this.pauseReason) throw this.pauseReason.withRetryAt(this.pausedUntil);
    const tokenWait = Math.max(0, this.bucket.waitFor() - Math.max(0, pauseLeft));
    const wait = Math.max(0, pauseLeft) + tokenWait;
    if (wait > maxWait) {
      throw new MarketError('rate-limited', 'Holding back to stay under the CoinGecko rate limit', { retryAt: this.now() + wait });
    }
    this.bucket.reserve();
    if (wait > 0) await this.sleep(wait);
  }

  private pause(until: number, reason: MarketError): void {
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.pauseReason = reason;
    }
  }

  /** base·2^(n−1), capped, with "equal jitter" (half fixed, half random) so tabs do not sync up. */
  private backoffMs(): number {
    const base = this.options.baseBackoffMs ?? 1_000;
    const cap = this.options.maxBackoffMs ?? 5 * 60_000;
    const exponential = Math.min(cap, base * 2 ** (this.consecutiveFailures - 1));
    return Math.round(exponential / 2 + (this.random() * exponential) / 2);
  }
}
