/** Many requests may fail at once; the reader is told the one that explains the most. */
import type { MarketErrorKind } from '../model';
import type { MarketError } from './errors';

/** A refused key explains every other failure; a rate limit explains timeouts that follow it. */
const PRIORITY: readonly MarketErrorKind[] = ['unauthorized', 'rate-limited', 'offline', 'timeout', 'server', 'bad-response', 'not-found'];

export function mostTellingError(errors: readonly MarketError[]): MarketError | undefined {
  let best: MarketError | undefined;
  for (const error of errors) {
    if (!best || PRIORITY.indexOf(error.kind) < PRIORITY.indexOf(best.kind)) best = error;
  }
  // Say when everything can be tried again: the latest retry time among all failures.
  const retryAts = errors.map((error) => error.details.retryAt).filter((at): at is number => at !== undefined);
  return best && retryAts.length > 0 ? best.withRetryAt(Math.max(...retryAts)) : best;
}
