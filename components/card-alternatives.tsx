/** "Not this one?": the other coins a shared symbol can mean; picking one pins it. */
import type { Alternative } from '../lib/page/card-state';

interface CardAlternativesProps {
  symbol: string;
  alternatives: readonly Alternative[];
  onPick?: (coinId: string) => void;
}

export function CardAlternatives({ symbol, alternatives, onPick }: CardAlternativesProps) {
  if (alternatives.length === 0 || !onPick) return null;
  return (
    <details class="sl-alts">
      <summary>Not this one?</summary>
      <p class="sl-alts-hint">{symbol} is shared. Your choice is remembered for every page.</p>
      <ul>
        {alternatives.map((alt) => (
          <li key={alt.coinId}>
            <button type="button" class="sl-link" onClick={() => onPick(alt.coinId)}>
              {alt.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
