/** Typed market errors: what went wrong, in a form the UI can put into words. */
import type { MarketErrorInfo } from '../messaging/views';
import type { MarketErrorKind } from '../model';

/** Worth trying again after a pause; the others need a change (key, URL, code) first. */
export const TRANSIENT_KINDS: ReadonlySet<MarketErrorKind> = new Set(['offline', 'timeout', 'server']);

export class MarketError extends Error {
  override readonly name = 'MarketError';
  constructor(
    readonly kind: MarketErrorKind,
    message: string,
    readonly details: { status?: number; retryAt?: number } = {},
  ) {
    super(message);
  }

  /** The same error, saying when the next request will be tried. */
  withRetryAt(retryAt: number): MarketError {
    return new MarketError(this.kind, this.message, { ...this.details, retryAt });
  }

  /** Back from what crossed a message (same kind, words and details). */
  static fromInfo(info: MarketErrorInfo): MarketError {
    return new MarketError(info.kind, info.message, { ...(info.status !== undefined ? { status: info.status } : {}), ...(info.retryAt !== undefined ? { retryAt: info.retryAt } : {}) });
  }

  toInfo(): MarketErrorInfo {
    return { kind: this.kind, message: this.message, ...this.details };
  }
}

/** Anything thrown that is not ours is a bug or a network failure; never let it escape untyped. */
export function asMarketError(error: unknown): MarketError {
  if (error instanceof MarketError) return error;
  return new MarketError('offline', error instanceof Error ? error.message : String(error));
}
