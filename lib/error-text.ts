/** Market errors in words a reader understands (one place, used by the card and the popup). */
import type { MarketErrorInfo } from './messaging/views';
import { formatIn } from './format';

export interface ErrorText {
  title: string;
  detail: string;
  /** The options page can fix it (API key, base URL). */
  needsOptions: boolean;
}

export function errorText(error: MarketErrorInfo, now: number = Date.now()): ErrorText {
  switch (error.kind) {
    case 'rate-limited':
      return {
        title: 'CoinGecko rate limit reached',
        detail: error.retryAt ? `Retrying ${formatIn(error.retryAt, now)}. A free Demo API key raises the limit.` : 'Retrying shortly. A free Demo API key raises the limit.',
        needsOptions: false,
      };
    case 'unauthorized':
      return { title: 'CoinGecko needs an API key', detail: 'Add a free Demo key in Sector Lens options.', needsOptions: true };
    case 'offline':
      return { title: 'Offline', detail: 'CoinGecko could not be reached; showing the last data we have.', needsOptions: false };
    case 'timeout':
      return { title: 'CoinGecko is slow to answer', detail: 'Showing the last data we have; trying again soon.', needsOptions: false };
    case 'server':
      return { title: 'CoinGecko is having trouble', detail: 'Its server answered with an error; trying again soon.', needsOptions: false };
    case 'not-found':
      return { title: 'Not on CoinGecko', detail: 'CoinGecko has no market data for this token.', needsOptions: false };
    case 'bad-response':
      return { title: 'Unexpected data from CoinGecko', detail: 'The answer did not look right, so nothing from it is shown.', needsOptions: false };
  }
}
