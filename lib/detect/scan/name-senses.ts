import { PERSON_ROLES } from '../tables/context-words';
import { Phrase } from '../text/phrase';

/**
 * Senses of a coin's name that the words right after it settle, whatever the page: a person's
 * name, or the cartoon a memecoin is named after. Asked only for name candidates.
 */

// ", founder of …", ", the CEO of …": an optional article, then the appositive's first word
// (not a possessive: "Tron, the founder's chain" is no person).
const APPOSITIVE_HEAD = new Phrase('appositiveHead');

/** "Wei Dai, founder of a bike-sharing firm": the appositive says the name is a person's. */
export function isPersonAppositive(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 /* , */) return false;
  const head = APPOSITIVE_HEAD.execAt(text, end)?.[1];
  return head !== undefined && PERSON_ROLES.has(head.toLowerCase());
}

// "Pepe the frog", "a Shiba Inu puppy", "the pepe meme, which …": an epithet naming the character
// or animal, or "meme" ending the phrase. Never "meme coin(s)"/"meme token(s)" or "meme season"
// (a noun after it), never "puppy coin" or a bare "dog" ("the first Solana dog" is a memecoin).
const CHARACTER_AFTER = new Phrase('characterAfter');

/** True when the words after a name make it the meme, cartoon or breed, not the coin ("Shiba
 * Inu-Hund", "a Shiba Inu, a Japanese breed"). The sticky pattern fails at its first character. */
export function isCharacterAfter(text: string, end: number): boolean {
  return CHARACTER_AFTER.testAt(text, end);
}

/** "9:00 GMT+8", "UTC-5": a signed hour offset after a time zone, even on a page that binds GMT
 * to STEPN. Callers ask `.testAt(text, end)` themselves: a one-line wrapper here cost news.js bytes. */
export const ZONE_OFFSET_AFTER = new Phrase('zoneOffsetAfter');

/** "Terra-based projects", "Polygon-powered NFTs": "-based", "-powered" … right after a chain's
 * name make it the platform something runs on (rule 2 of the labels counts hyphenated compounds;
 * never "near-term", "sky-high"). Callers ask `.testAt(text, end)`, as above. */
export const PLATFORM_COMPOUND_AFTER = new Phrase('platformCompoundAfter');

/** "ETH Zurich", "an NEO", "the state DOT", "CHAIN LINK": a bare ticker inside its acronym's (or
 * word's) own phrase is that institution or term (verdicts.ts), and makes the page's other bare uses
 * of it read as an acronym's (forms.ts binds). Asked at each bare ticker's start, sticky, the ticker's
 * letters first, so a text without such a ticker pays next to nothing. Callers ask
 * `.testAt(text, start)`. */
export const ACRONYM_OWN_PHRASE = new Phrase('acronymOwnPhrase');
