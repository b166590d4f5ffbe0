import type { NameEntry } from '../lexicon/compile-lexicon';
import { CHAIN_PREPOSITIONS, CRYPTO_NOUNS, FUNCTION_WORDS } from '../tables/context-words';
import { isPriceMoveAfter, isPriceVerbAfter, isSentenceStart, isTitleCase } from '../text/context';
import type { Words } from '../text/tokenize';
import type { Candidate } from './candidates';

/** A name candidate with the facts page context needs to judge an ordinary-word name. */
export function nameCandidate(words: Words, first: number, last: number, entries: readonly NameEntry[]): Candidate {
  const text = words.source;
  const start = words.start(first);
  const end = words.end(last);
  const needsContext = entries.every((entry) => entry.policy === 'needs-context' || entry.policy === 'company');
  const hasNext = words.has(last + 1);
  const gap = hasNext ? text.slice(end, words.start(last + 1)) : '';
  const nextWord = words.word(last + 1);
  const hasPrevious = words.has(first - 1);
  const previousGap = hasPrevious ? text.slice(words.end(first - 1), start) : '';
  const previousWord = words.word(first - 1);
  const cryptoNounAfter = (gap === ' ' || gap === "'s " || gap === '’s ') && CRYPTO_NOUNS.has(nextWord.toLowerCase());
  return {
    kind: 'name',
    start,
    end,
    entries,
    evidence: {
      cryptoNounAfter,
      chainPrepositionBefore: previousGap === ' ' && CHAIN_PREPOSITIONS.has(previousWord),
      // "Bitcoin Core", "Apple Vision", "Instagram Story": the tail of a longer proper noun.
      capitalisedWordBefore: previousGap === ' ' && /^\p{Lu}/u.test(previousWord) && !FUNCTION_WORDS.has(previousWord.toLowerCase()),
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
