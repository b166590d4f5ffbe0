import { nameKey } from '../text/tokenize';
import type { Mention, UnresolvedCandidate } from '../types';
import type { LongTailCoin, LongTailIndex } from './long-tail-index';

/**
 * Resolves strong-form candidates the compact lexicon did not know against all of /coins/list.
 * Pure; the background calls it for the content script, the CLI calls it directly.
 * /coins/list has no market caps and 2,366 tickers are shared, so a candidate resolves only when
 * one coin is clearly meant: its name matches the words written before "(SYM)", or it is the
 * only (or only ranked) non-derivative holder of a cashtag/pair ticker. Otherwise: no mention.
 */
export function resolveLongTail(candidates: readonly UnresolvedCandidate[], index: LongTailIndex): Mention[] {
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const coin = pick(candidate, index);
    if (!coin) continue;
    const confidence = candidate.form === 'name-symbol' ? 0.9 : candidate.form === 'symbol' ? 0.7 : 0.8;
    mentions.push({ coinId: coin.id, symbol: coin.symbol, start: candidate.start, end: candidate.end, form: candidate.form, confidence });
  }
  return mentions;
}

function pick(candidate: UnresolvedCandidate, index: LongTailIndex): LongTailCoin | null {
  if (candidate.form === 'name') {
    const key = nameKey(candidate.nameHint ?? '');
    // The exact name, else the one coin whose name the written words begin ("Powerpool").
    const exact = (index.byName.get(key) ?? []).filter((coin) => !coin.derivative);
    if (exact.length > 0) return sole(exact);
    const prefixed = (index.byNamePrefix.get(key) ?? []).filter((coin) => !coin.derivative);
    return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
  }
  const holders = index.bySymbol.get(candidate.symbol ?? '') ?? [];
  if (candidate.nameHint !== undefined) {
    const hintWords = nameKey(candidate.nameHint).split(' ');
    return sole(holders.filter((coin) => namesMatch(hintWords, coin.nameKey)));
  }
  return sole(holders.filter((coin) => !coin.derivative));
}

/** One coin, or the best-ranked when several are ranked; null when the choice is a guess. */
function sole(coins: readonly LongTailCoin[]): LongTailCoin | null {
  if (coins.length === 1) return coins[0] ?? null;
  const ranked = coins.filter((coin) => coin.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ranked[0] ?? null;
}

/** "Hivemapper" ~ "Hivemapper"; "Kaito AI" ~ "KAITO"; "Ocean" ~ "Ocean Protocol": some tail
 * of the written words starts the coin's name, or the coin's name starts it. */
function namesMatch(hintWords: readonly string[], coinKey: string): boolean {
  for (let start = 0; start < hintWords.length; start++) {
    const written = hintWords.slice(start).join(' ');
    if (written === coinKey || written.startsWith(coinKey + ' ') || coinKey.startsWith(written + ' ')) return true;
  }
  return false;
}
