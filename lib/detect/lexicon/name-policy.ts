import { COMPANY_NAMES } from '../tables/company-names';
import { NAMESAKE_NAMES } from '../tables/namesakes';
import { ANY_CASE_DESPITE_DICTIONARY, CAPITALIZED_DESPITE_DICTIONARY, NAMES_NEVER_ALONE, PROPER_NOUN_NAMES, WORDS_OF_OTHER_LANGUAGES } from '../tables/name-word-overrides';
import { nameKey } from '../text/tokenize';
import { NAME_ANY_CASE, NAME_CAPITALIZED, NAME_NEEDS_CONTEXT, NAME_NEVER } from './compact-flags';

export type IsOrdinaryWord = (lowerCaseWord: string) => boolean;

/** How strictly a coin name must be written to count as a mention (see compact-format.ts). */
export function namePolicyFor(name: string, isOrdinaryWord: IsOrdinaryWord, isRareWord: IsOrdinaryWord = () => false): number {
  const key = nameKey(name);
  const words = key.split(' ');
  if (key === '' || COMPANY_NAMES.has(key) || NAMES_NEVER_ALONE.has(key)) return NAME_NEVER;
  if (words.length === 1 && key.length <= 2) return NAME_NEVER;
  // "Shiba Inu", "Moo Deng", "Tron": the dog breed, the hippo, the film, unless the page says coin.
  if (NAMESAKE_NAMES.has(key)) return NAME_NEEDS_CONTEXT;
  if (ANY_CASE_DESPITE_DICTIONARY.has(key)) return NAME_ANY_CASE;
  if (CAPITALIZED_DESPITE_DICTIONARY.has(key) || WORDS_OF_OTHER_LANGUAGES.has(key)) return NAME_CAPITALIZED;
  if (words.length === 1) {
    if (PROPER_NOUN_NAMES.has(key) || isOrdinaryWord(key)) return NAME_NEEDS_CONTEXT;
    // "load balancer", "bonk": rare words still count only when capitalised as a name.
    return key.length <= 3 || isRareWord(key) ? NAME_CAPITALIZED : NAME_ANY_CASE;
  }
  // "Internet Computer", "Pudgy Penguins": a phrase of words is a name only when capitalised.
  const allWords = words.every((word) => isOrdinaryWord(word) || PROPER_NOUN_NAMES.has(word) || word.length <= 2);
  return allWords ? NAME_CAPITALIZED : NAME_ANY_CASE;
}
