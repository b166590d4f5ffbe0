/** Advanced: a CoinGecko-compatible base URL (a self-hosted proxy). Empty means CoinGecko itself. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface ApiBaseOptionProps {
  value: string;
  message: string | null;
  onSave: (value: string) => void;
}

export function ApiBaseOption({ value, message, onSave }: ApiBaseOptionProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <details class="advanced" open={value !== ''}>
      <summary>{t('options_base_summary')}</summary>
      <div class="key-row">
        <label for="api-base">{t('options_base_label')}</label>
        <input id="api-base" type="url" value={draft} placeholder="https://api.coingecko.com/api/v3" onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="button" class="small" onClick={() => onSave(draft.trim())}>
          {t('options_save')}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      <p class="muted small-print">{t('options_base_hint')}</p>
    </details>
  );
}
