import type { NameEntry } from '../lexicon/compile-lexicon';
import { CHAIN_PREPOSITIONS, CRYPTO_NOUNS, FUNCTION_WORDS } from '../tables/context-words';
import { isPriceMoveAfter, isPriceVerbAfter, isSentenceStart, isTitleCase } from '../text/context';
import type { Words } from '../text/tokenize';
import { WordGate } from '../text/word-gate';
import type { Candidate } from './candidates';

// Asked about the words on either side of every name: through their hashes, without strings.
const cryptoNouns = new WordGate(CRYPTO_NOUNS);
const chainPrepositions = new WordGate(CHAIN_PREPOSITIONS);
const functionWords = new WordGate(FUNCTION_WORDS);

const CAPITAL_FIRST = /^\p{Lu}/u;
const SMALL_FIRST = /^\p{Ll}/u;

/** /^\p{Lu}/u on word i ("" past either end): ASCII by its code, the rest by the regex. */
function startsWithCapital(words: Words, i: number): boolean {
  if (!words.has(i)) return false;
  const code = words.source.charCodeAt(words.start(i));
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL_FIRST.test(words.word(i));
}

/** /^\p{Ll}/u on word i. */
function startsWithSmall(words: Words, i: number): boolean {
  if (!words.has(i)) return false;
  const code = words.source.charCodeAt(words.start(i));
  return code < 128 ? code >= 97 && code <= 122 : SMALL_FIRST.test(words.word(i));
}

/** text.slice(from, to) === gap, without the slice; false when either end is -1 (no word there). */
const gapIs = (text: string, from: number, to: number, gap: string): boolean => from >= 0 && to - from === gap.length && text.startsWith(gap, from);

function needsContextOnly(entries: readonly NameEntry[]): boolean {
  for (let k = 0; k < entries.length; k++) {
    const policy = (entries[k] as NameEntry).policy;
    if (policy !== 'needs-context' && policy !== 'company') return false;
  }
  return true;
}

/** A name candidate with the facts page context needs to judge an ordinary-word name. */
export function nameCandidate(words: Words, first: number, last: number, entries: readonly NameEntry[]): Candidate {
  const text = words.source;
  const start = words.start(first);
  const end = words.end(last);
  const needsContext = needsContextOnly(entries);
  const next = last + 1;
  const previous = first - 1;
  const nextStart = words.has(next) ? words.start(next) : -1;
  const previousEnd = words.has(previous) ? words.end(previous) : -1;
  const spaceAfter = gapIs(text, end, nextStart, ' ');
  const spaceBefore = gapIs(text, previousEnd, start, ' ');
  const cryptoNounAfter = (spaceAfter || gapIs(text, end, nextStart, "'s ") || gapIs(text, end, nextStart, '’s ')) && cryptoNouns.hasLowerCase(words, next);
  return {
    kind: 'name',
    start,
    end,
    entries,
    evidence: {
      cryptoNounAfter,
      chainPrepositionBefore: spaceBefore && chainPrepositions.has(words, previous),
      // "Bitcoin Core", "Apple Vision", "Instagram Story": the tail of a longer proper noun.
      capitalisedWordBefore: spaceBefore && startsWithCapital(words, previous) && !functionWords.hasLowerCase(words, previous),
      // "Sky News", "Core Scientific", "Flow Traders": part of a longer proper noun.
      capitalisedWordAfter: spaceAfter && !cryptoNounAfter && startsWithCapital(words, next),
      priceAfter: needsContext && isPriceMoveAfter(text, end),
      priceVerbAfter: needsContext && isPriceVerbAfter(text, end),
      functionWordAfter: spaceAfter && functionWords.has(words, next),
      hyphenAfter: gapIs(text, end, nextStart, '-') && startsWithSmall(words, next),
      sentenceStart: needsContext && isSentenceStart(text, start),
      titleCase: needsContext && isTitleCase(text, start, end),
    },
  };
}
