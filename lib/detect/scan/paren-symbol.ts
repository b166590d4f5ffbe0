import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import type { Token } from '../text/tokenize';
import type { Candidate } from './candidates';

const MAX_RUN = 6;
const ACRONYM_SKIP = new Set(['and', 'of', 'the', 'for', 'a', 'an', 'to', 'in', 'on']);

/**
 * "Aethir (ATH)", "bitcoin (BTC)", "Hivemapper (HONEY)", "all-time high (ATH)": the words
 * written right before a parenthesised ticker name it. Returns the candidate that replaces
 * whatever was found in those words, with the index of the run's first token, or null when the
 * parenthesis carries no name (then the ticker is judged like any bare ticker).
 */
export function nameSymbolAt(
  text: string,
  tokens: readonly Token[],
  index: number,
  symbol: string,
  lexicon: Lexicon,
): { candidate: Candidate; runStart: number } | null {
  const runStart = nameRunStart(text, tokens, index);
  if (runStart === index) return null;
  const close = (tokens[index]?.end ?? 0) + 1;
  const holders = new Set(coinsForSymbol(lexicon, symbol).map((coin) => coin.id));

  // Earliest start first, longest name first: "the Internet Computer (ICP)" → "Internet Computer".
  for (let start = runStart; start < index; start++) {
    for (let last = index - 1; last >= start; last--) {
      const coin = coinNamed(lexicon, tokens, start, last, holders);
      if (coin) return { candidate: { kind: 'name-symbol', start: tokens[start]?.start ?? 0, end: close, symbol, coin }, runStart: start };
    }
  }
  const words = tokens.slice(runStart, index).map((token) => token.text);
  if (spellsAcronym(words, symbol)) return { candidate: { kind: 'acronym', start: close, end: close, symbol }, runStart: index };
  if (holders.size > 0) return null;
  const hintStart = capitalisedHintStart(tokens, runStart, index, symbol);
  if (hintStart === index) return null;
  const hint = text.slice(tokens[hintStart]?.start ?? 0, tokens[index - 1]?.end ?? 0);
  const start = tokens[hintStart]?.start ?? 0;
  return { candidate: { kind: 'long-tail', form: 'name-symbol', start, end: close, symbol, nameHint: hint }, runStart: hintStart };
}

/** Tokens before "(": joined by single spaces, hyphens or dots, within one clause. */
function nameRunStart(text: string, tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (!token || !before) return index;
  const gap = text.slice(before.end, token.start);
  if (gap !== ' (' && gap !== '(') return index;
  let start = index - 1;
  while (start > 0 && index - start < MAX_RUN) {
    const previous = tokens[start - 1];
    const current = tokens[start];
    if (!previous || !current || !/^[ -]$/.test(text.slice(previous.end, current.start))) break;
    start--;
  }
  return start;
}

function coinNamed(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, holders: ReadonlySet<string>): LexiconCoin | null {
  const key = tokens.slice(first, last + 1).map((token) => token.text.toLowerCase()).join(' ');
  const entries = lexicon.byName.get(key) ?? [];
  return entries.find((entry) => holders.has(entry.coin.id))?.coin ?? null;
}

/** "total value locked (TVL)", "Securities and Exchange Commission (SEC)". */
function spellsAcronym(words: readonly string[], symbol: string): boolean {
  const letters = words
    .flatMap((word) => word.split(/[-.]/))
    .filter((word) => !ACRONYM_SKIP.has(word.toLowerCase()))
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  return symbol.length >= 2 && letters.endsWith(symbol.replace(/[^A-Z]/g, ''));
}

/** The capitalised words right before "(": "MARA Holdings", "Hivemapper"; or a lower-case
 * name that is the ticker itself ("peaq (PEAQ)", "aixbt (AIXBT)"). */
function capitalisedHintStart(tokens: readonly Token[], runStart: number, index: number, symbol: string): number {
  const last = tokens[index - 1]?.text ?? '';
  if (last.toUpperCase() === symbol) return index - 1;
  let start = index;
  while (start > runStart && /^[\p{Lu}\p{N}]/u.test(tokens[start - 1]?.text ?? '')) start--;
  return start;
}
