/** Symbols the reader pinned to one coin (shared tickers such as ATH), each removable. */
export interface PinnedCoinsProps {
  pins: Readonly<Record<string, string>>;
  onRemove: (symbol: string) => void;
}

export function PinnedCoins({ pins, onRemove }: PinnedCoinsProps) {
  const entries = Object.entries(pins).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) {
    return <p class="muted">No pins. When a ticker is shared by several coins, pick the right one with “Not this one?” on its card and it is remembered here.</p>;
  }
  return (
    <ul class="plain-list pins">
      {entries.map(([symbol, coinId]) => (
        <li key={symbol}>
          <strong>{symbol}</strong> <span aria-hidden="true">→</span> <code>{coinId}</code>
          <button type="button" class="link" onClick={() => onRemove(symbol)}>
            Remove<span class="sr-only"> pin for {symbol}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
