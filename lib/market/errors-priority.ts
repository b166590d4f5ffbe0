/** Many requests may fail at once; the reader is told the one that explains the most. */
import type { MarketError, MarketErrorKind } from './errors';

/** A refused key explains every other failure; a rate limit explains timeouts that follow it. */
const PRIORITY: readonly MarketErrorKind[] = ['unauthorized', 'rate-limited', 'offline', 'timeout', 'server', 'bad-response', 'not-found'];

export function mostTellingError(errors: readonly MarketError[]): MarketError | undefined {
  let best: MarketError | undefined;
  for (const error of errors) {
    if (!best || PRIORITY.indexOf(error.kind) < PRIORITY.indexOf(best.kind)) best = error;
  }
  return best;
}
