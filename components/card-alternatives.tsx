/** "Not this one?": the other coins a shared symbol can mean; picking one pins it. */
import { t } from '../lib/i18n';
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
      <summary>{t('card_wrong_coin')}</summary>
      <p class="sl-alts-hint">{t('card_shared_hint', symbol)}</p>
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
