/** Typed market errors: what went wrong, in a form the UI can put into words. */
import type { MarketErrorInfo } from '../messaging/views';

export type MarketErrorKind = MarketErrorInfo['kind'];

export class MarketError extends Error {
  override readonly name = 'MarketError';
  constructor(
    readonly kind: MarketErrorKind,
    message: string,
    readonly details: { status?: number; retryAt?: number } = {},
  ) {
    super(message);
  }

  toInfo(): MarketErrorInfo {
    return { kind: this.kind, message: this.message, ...this.details };
  }
}

export function asMarketError(error: unknown): MarketError {
  if (error instanceof MarketError) return error;
  return new MarketError('offline', error instanceof Error ? error.message : String(error));
}
