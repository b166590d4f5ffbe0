/**
 * "Since published": the token's move since the page's publication time and, per watched sector,
 * the sector's average since then, the outperformance and the rank (DESIGN.md "Stable hooks": the
 * first signed percentage in `data-sl-since` is the token's move). Without a figure it says why
 * and holds no percentage at all.
 */
import type { SinceView } from '../lib/messaging/views';
import { formatPercent } from '../lib/format';
import { publishedText, sinceGapText } from '../lib/gap-text';
import { t } from '../lib/i18n';
import { CardSectors } from './card-sectors';

export function CardSince({ since, symbol, now }: { since: SinceView; symbol: string; now: number }) {
  const heading = (
    <h3 class="sl-since-title">{t('card_since_title', publishedText(since.publishedAt, now))}</h3>
  );
  if (since.move === null) {
    return (
      <section class="sl-since" data-sl-since="" data-sl-since-gap={since.moveGap}>
        {heading}
        <p class="sl-muted sl-since-gap">{sinceGapText(since, now)}</p>
      </section>
    );
  }
  const tone = since.move >= 0 ? 'sl-up' : 'sl-down';
  // Sector rows only when they have a watched sector to show; the token's own move comes first.
  return (
    <section class="sl-since" data-sl-since="">
      {heading}
      <p class="sl-since-move">
        <span class={`sl-move sl-move-small ${tone}`}>{formatPercent(since.move)}</span> <span class="sl-muted">{t('card_since_then', symbol)}</span>
      </p>
      {since.sectors.length > 0 ? <CardSectors sectors={since.sectors} window="since" /> : null}
    </section>
  );
}
