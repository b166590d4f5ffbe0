/** Symbols the reader pinned to one coin (shared tickers such as ATH), each removable. */
import { t } from '../lib/i18n';

export interface PinnedCoinsProps {
  pins: Readonly<Record<string, string>>;
  onRemove: (symbol: string) => void;
}

export function PinnedCoins({ pins, onRemove }: PinnedCoinsProps) {
  const entries = Object.entries(pins).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) {
    return <p class="muted">{t('options_no_pins')}</p>;
  }
  return (
    <ul class="plain-list pins">
      {entries.map(([symbol, coinId]) => (
        <li key={symbol}>
          <strong>{symbol}</strong> <span aria-hidden="true">→</span> <code>{coinId}</code>
          <button type="button" class="link" onClick={() => onRemove(symbol)}>
            <span aria-hidden="true">{t('options_remove')}</span>
            <span class="sr-only">{t('options_remove_pin', symbol)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
