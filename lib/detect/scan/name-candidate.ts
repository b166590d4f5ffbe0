import type { NameEntry } from '../lexicon/compile-lexicon';
import { CHAIN_PREPOSITIONS, CLAUSE_OPENERS, CRYPTO_NOUNS, FUNCTION_WORDS } from '../tables/context-words';
import { isSentenceStart, isTitleCase, PRICE_MOVE_AFTER, PRICE_VERB_AFTER } from '../text/context';
import { isExactLookups } from '../text/hash-bits';
import type { Words } from '../text/tokenize';
import { WordGate } from '../text/word-gate';
import { Phrase } from '../text/phrase';
import type { Candidate, NameEvidence } from './candidates';

// Asked about the words on either side of every name: through their hashes, without strings.
const cryptoNouns = new WordGate(CRYPTO_NOUNS);
const chainPrepositions = new WordGate(CHAIN_PREPOSITIONS);
/** The function words, as one gate: paren-symbol.ts asks it too. */
export const functionWords = new WordGate(FUNCTION_WORDS);
const clauseOpeners = new WordGate(CLAUSE_OPENERS);

const CAPITAL_FIRST = new Phrase('capitalFirst');
const SMALL_FIRST = new Phrase('smallFirst');

/** /^\p{Lu}/u on word i ("" past either end): ASCII by its code, the rest by the regex. */
function startsWithCapital(words: Words, i: number): boolean {
  if (!words.has(i)) return false;
  const code = words.source.charCodeAt(words.start(i));
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL_FIRST.pattern.test(words.word(i));
}

/** "V2", "V3": a version number after a name. */
function isVersionAt(words: Words, i: number): boolean {
  const text = words.source;
  const start = words.start(i);
  const length = words.end(i) - start;
  return (length === 2 || length === 3) && text.charCodeAt(start) === 86 && words.upper(i) === 1 && words.lower(i) === 0;
}

/** /^\p{Ll}/u on word i. */
function startsWithSmall(words: Words, i: number): boolean {
  if (!words.has(i)) return false;
  const code = words.source.charCodeAt(words.start(i));
  return code < 128 ? code >= 97 && code <= 122 : SMALL_FIRST.pattern.test(words.word(i));
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

/**
 * The evidence of a name whose first entry is distinctive ("Bitcoin", "Shiba Inu"): the verdict
 * and the binding read a name's evidence only when its first entry needs context or is a firm
 * (verdicts.ts nameConfidence, forms.ts), so the fast path shares this one object instead of
 * asking ten questions and allocating per name (most names on a crypto page). The reference
 * path (withExactLookups) still asks them, so fast-path.test.ts fails if a rule starts to read
 * them for distinctive names.
 */
export const UNREAD_EVIDENCE: NameEvidence = Object.freeze({
  cryptoNounAfter: false,
  chainPrepositionBefore: false,
  capitalisedWordBefore: false,
  capitalisedWordAfter: false,
  priceMoved: false,
  marketVerbAfter: false,
  functionWordAfter: false,
  hyphenAfter: false,
  sentenceStart: false,
  titleCase: false,
});

/** A name candidate with the facts page context needs to judge an ordinary-word name. */
export function nameCandidate(words: Words, first: number, last: number, entries: readonly NameEntry[]): Candidate {
  const start = words.start(first);
  const end = words.end(last);
  const policy = entries[0]?.policy;
  if (policy !== 'needs-context' && policy !== 'company' && !isExactLookups()) return { kind: 'name', start, end, entries, evidence: UNREAD_EVIDENCE };
  return { kind: 'name', start, end, entries, evidence: evidenceOf(words, first, last, entries) };
}

function evidenceOf(words: Words, first: number, last: number, entries: readonly NameEntry[]): NameEvidence {
  const text = words.source;
  const start = words.start(first);
  const end = words.end(last);
  const needsContext = needsContextOnly(entries);
  const next = last + 1;
  const previous = first - 1;
  // "Satoshi’s Vision": before a name, a possessive's "s" stands for the word it is glued to.
  const owner = isPossessiveAt(text, start - 3) && words.end(previous) === start - 1 ? first - 2 : previous;
  const nextStart = words.has(next) ? words.start(next) : -1;
  const previousEnd = words.has(previous) ? words.end(previous) : -1;
  const spaceAfter = gapIs(text, end, nextStart, ' ');
  const spaceBefore = gapIs(text, previousEnd, start, ' ');
  // "Shiba Inu’s price": the possessive's "s" is a word of its own, so the noun is the word after it.
  const possessive = nextStart === end + 1 && isPossessiveAt(text, end) && words.end(next) === end + 2;
  const noun = possessive ? next + 1 : next;
  const cryptoNounAfter = (possessive ? gapIs(text, end + 2, words.has(noun) ? words.start(noun) : -1, ' ') : spaceAfter) && cryptoNouns.hasLowerCase(words, noun);
  return {
    cryptoNounAfter,
    chainPrepositionBefore: spaceBefore && chainPrepositions.has(words, previous),
    // "Bitcoin Core", "Apple Vision", "Instagram Story": the tail of a longer proper noun.
    capitalisedWordBefore: spaceBefore && startsWithCapital(words, owner) && !functionWords.hasLowerCase(words, owner) && !clauseOpeners.hasLowerCase(words, owner),
    // "Sky News", "Core Scientific", "Flow Traders": part of a longer proper noun.
    // Not a version ("Compound V3", "Maker V2"): the protocol itself.
    capitalisedWordAfter: spaceAfter && !cryptoNounAfter && startsWithCapital(words, next) && !isVersionAt(words, next),
    priceMoved: needsContext && PRICE_MOVE_AFTER.testAt(text, end),
    marketVerbAfter: needsContext && PRICE_VERB_AFTER.testAt(text, end),
    functionWordAfter: spaceAfter && functionWords.has(words, next),
    hyphenAfter: gapIs(text, end, nextStart, '-') && startsWithSmall(words, next),
    sentenceStart: needsContext && isSentenceStart(text, start),
    // The words are one line's (scanText fills them line by line): the Title Case window stays in it.
    titleCase: needsContext && isTitleCase(text, start, end, words),
  };
}

/** An apostrophe (straight or curly) at `at` with an "s" after it: a possessive, whose "s" the tokenizer makes a word. */
function isPossessiveAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 39 || code === 8217) && text.charCodeAt(at + 1) === 115;
}
