/** Advanced: a CoinGecko-compatible base URL (a self-hosted proxy). Empty means CoinGecko itself. */
import { useEffect, useState } from 'preact/hooks';

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
      <summary>Advanced: API base URL</summary>
      <div class="key-row">
        <label for="api-base">Base URL</label>
        <input id="api-base" type="url" value={draft} placeholder="https://api.coingecko.com/api/v3" onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="button" class="small" onClick={() => onSave(draft.trim())}>
          Save
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      <p class="muted small-print">Leave empty to use CoinGecko. A proxy must answer like CoinGecko’s API v3; your browser asks before Sector Lens may contact it.</p>
    </details>
  );
}
