import type { NameEntry } from '../lexicon/compile-lexicon';
import { CHAIN_PREPOSITIONS, CRYPTO_NOUNS, FUNCTION_WORDS } from '../tables/context-words';
import { isPriceMoveAfter, isPriceVerbAfter, isSentenceStart, isTitleCase } from '../text/context';
import type { Token } from '../text/tokenize';
import type { Candidate } from './candidates';

/** A name candidate with the facts page context needs to judge an ordinary-word name. */
export function nameCandidate(text: string, tokens: readonly Token[], first: number, last: number, entries: readonly NameEntry[]): Candidate {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? 0;
  const needsContext = entries.every((entry) => entry.policy === 'needs-context');
  const next = tokens[last + 1];
  const gap = next ? text.slice(end, next.start) : '';
  const nextWord = next?.text ?? '';
  const previous = tokens[first - 1];
  const previousGap = previous ? text.slice(previous.end, start) : '';
  const cryptoNounAfter = (gap === ' ' || gap === "'s " || gap === '’s ') && CRYPTO_NOUNS.has(nextWord.toLowerCase());
  return {
    kind: 'name',
    start,
    end,
    entries,
    evidence: {
      cryptoNounAfter,
      chainPrepositionBefore: previousGap === ' ' && CHAIN_PREPOSITIONS.has(previous?.text ?? ''),
      // "Bitcoin Core", "Apple Vision", "Instagram Story": the tail of a longer proper noun.
      capitalisedWordBefore: previousGap === ' ' && /^\p{Lu}/u.test(previous?.text ?? '') && !FUNCTION_WORDS.has(previous?.text.toLowerCase() ?? ''),
      // "Sky News", "Core Scientific", "Flow Traders": part of a longer proper noun.
      capitalisedWordAfter: gap === ' ' && !cryptoNounAfter && /^\p{Lu}/u.test(nextWord),
      priceAfter: needsContext && isPriceMoveAfter(text, end),
      priceVerbAfter: needsContext && isPriceVerbAfter(text, end),
      functionWordAfter: gap === ' ' && FUNCTION_WORDS.has(nextWord),
      hyphenAfter: gap === '-' && /^\p{Ll}/u.test(nextWord),
      sentenceStart: needsContext && isSentenceStart(text, start),
      titleCase: needsContext && isTitleCase(text, start, end),
    },
  };
}
