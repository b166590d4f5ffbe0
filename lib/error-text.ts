/** Market errors in words a reader understands (one place, used by the card and the popup). */
import type { MarketErrorInfo } from './messaging/views';
import { formatIn } from './format';
import { t } from './i18n';

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
        title: t('error_rate_limited_title'),
        detail: error.retryAt ? t('error_rate_limited_retry', formatIn(error.retryAt, now)) : t('error_rate_limited_soon'),
        needsOptions: false,
      };
    case 'unauthorized':
      return { title: t('error_unauthorized_title'), detail: t('error_unauthorized_detail'), needsOptions: true };
    case 'offline':
      return { title: t('error_offline_title'), detail: t('error_offline_detail'), needsOptions: false };
    case 'timeout':
      return { title: t('error_timeout_title'), detail: t('error_timeout_detail'), needsOptions: false };
    case 'server':
      return { title: t('error_server_title'), detail: t('error_server_detail'), needsOptions: false };
    case 'not-found':
      return { title: t('error_not_found_title'), detail: t('error_not_found_detail'), needsOptions: false };
    case 'bad-response':
      return { title: t('error_bad_response_title'), detail: t('error_bad_response_detail'), needsOptions: false };
  }
}

/** "CoinGecko rate limit reached. Retrying in 40 seconds. …" as one line. */
export function errorSentence(text: Pick<ErrorText, 'title' | 'detail'>): string {
  return t('error_sentence', text.title, text.detail);
}
