/**
 * Why data is missing or old, in words (lib/error-text), with the way out when there is one. Only
 * the title is a live region: the detail counts down to the next try every second, and a screen
 * reader must not read it out each time.
 */
import type { MarketErrorInfo } from '../lib/messaging/views';
import { errorText } from '../lib/error-text';
import { t } from '../lib/i18n';

interface CardNoteProps {
  error: MarketErrorInfo;
  now: number;
  /** True when older data is still shown below the note. */
  showingOldData?: boolean;
  onOpenOptions?: () => void;
}

export function CardNote({ error, now, showingOldData = false, onOpenOptions }: CardNoteProps) {
  const text = errorText(error, now);
  return (
    <div class={`sl-note sl-note-${error.kind}`}>
      <strong class="sl-note-title" role="status">
        {text.title}
      </strong>
      <span class="sl-note-detail">
        {text.detail}
        {showingOldData && error.kind !== 'offline' ? ` ${t('card_figures_old')}` : ''}
      </span>
      {text.needsOptions && onOpenOptions ? (
        <button type="button" class="sl-button" onClick={onOpenOptions}>
          {t('card_add_key')}
        </button>
      ) : null}
    </div>
  );
}
