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

// "Pepe the frog", "a Shiba Inu dog", "the pepe meme, which …": an epithet naming the character
// or animal, or "meme" ending the phrase. Never "meme coin(s)"/"meme token(s)" or "meme season"
// (a noun after it), never "dog coin".
const CHARACTER_AFTER = new Phrase('characterAfter');

/** True when the words after a name make it the meme or cartoon, not the coin. */
export function isCharacterAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && CHARACTER_AFTER.testAt(text, end);
}

// "GMT+8", "UTC-5": a signed hour offset after a time zone.
const ZONE_OFFSET_AFTER = new Phrase('zoneOffsetAfter');

/** "9:00 GMT+8": the time zone, even on a page that binds GMT to STEPN. */
export function isZoneOffsetAfter(text: string, end: number): boolean {
  return ZONE_OFFSET_AFTER.testAt(text, end);
}

// "Terra-based projects", "Polygon-powered NFTs": a chain's name in a compound that makes it
// the platform something runs on (rule 2 of the labels counts hyphenated compounds).
const PLATFORM_COMPOUND_AFTER = new Phrase('platformCompoundAfter');

/** True for "-based", "-powered" … right after a name (never "near-term", "sky-high"). */
export function isPlatformCompoundAfter(text: string, end: number): boolean {
  return PLATFORM_COMPOUND_AFTER.testAt(text, end);
}
