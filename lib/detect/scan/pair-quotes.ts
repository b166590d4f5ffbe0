import type { Lexicon } from '../lexicon/compile-lexicon';
import { UNIT_QUOTES } from '../tables/quote-currencies';
import type { Mention, UnresolvedCandidate } from '../types';
import type { PageContext } from './page-context';
import { resolveSymbol } from './resolve-symbol';
import { NONE_FOUND } from './candidates';

/**
 * "MOVE/USDT", "XRP/SOL": a pair names two coins when its quote is a coin rather than a unit
 * (fiat, PERP). The base keeps the pair's mention up to the separator and the quote becomes a
 * mention of its own, so both sides are marked and neither overlaps. Glued pairs ("SOLUSDT")
 * stay one mention: no character says where the quote begins.
 */
export function splitPairQuotes(text: string, mentions: readonly Mention[], lexicon: Lexicon, context: PageContext): Mention[] {
  let out: Mention[] | null = null;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as Mention;
    const quote = mention.form === 'pair' ? coinQuote(text, mention, mention.confidence, lexicon, context) : null;
    if (!quote) {
      out?.push(mention);
      continue;
    }
    out ??= mentions.slice(0, index);
    out.push({ ...mention, end: quote.start - 1 }, quote);
  }
  return out ?? (mentions as Mention[]);
}

/**
 * "OKT-ETH", "XYZ/USDT" with a base the per-tab lexicon lacks: the base goes to the long tail up
 * to the separator (it may stay unknown), and a crypto quote is a mention of its own, since the
 * pair says it is traded against that coin. Edits `unresolved` in place; returns the quotes.
 */
export function splitUnresolvedPairQuotes(text: string, unresolved: UnresolvedCandidate[], lexicon: Lexicon, context: PageContext): Mention[] {
  let quotes: Mention[] | undefined;
  for (let index = 0; index < unresolved.length; index++) {
    const candidate = unresolved[index] as UnresolvedCandidate;
    if (candidate.form !== 'pair') continue;
    const quote = coinQuote(text, candidate, 0.9, lexicon, context);
    if (!quote) continue;
    unresolved[index] = { ...candidate, end: quote.start - 1 };
    (quotes ??= []).push(quote);
  }
  return quotes ?? NONE_FOUND;
}

/** The pair's quote after "/", "-" or "_" as a mention of its own, when it is a coin on this page
 * (not a unit: "BTC/USD", "ETH-PERP"); both splits above ask it, and the verdict of a pair whose
 * base is stop-listed ("GM/USDT"). */
export function coinQuote(text: string, pair: { start: number; end: number }, confidence: number, lexicon: Lexicon, context: PageContext): Mention | null {
  const written = text.slice(pair.start, pair.end);
  const separator = written.search(/[/_-]/);
  if (separator <= 0) return null;
  const symbol = written.slice(separator + 1);
  const resolved = UNIT_QUOTES.has(symbol) ? null : resolveSymbol(symbol, lexicon, context);
  return resolved ? { coinId: resolved.coinId, symbol: resolved.symbol, start: pair.start + separator + 1, end: pair.end, form: 'pair', confidence } : null;
}
