import type { Lexicon, NameEntry } from '../lexicon/compile-lexicon';
import { SCRIPT_NAME_ENDINGS, SCRIPT_NAMES } from '../tables/name-aliases';
import type { Words } from '../text/tokenize';
import type { Candidate } from './candidates';
import { UNREAD_EVIDENCE } from './name-candidate';

/** The names of tables/name-aliases.ts's SCRIPT_NAMES for the lexicon last asked: each name's
 * entries. A page has one lexicon. */
let namesOf: Lexicon | null = null;
let entries = new Map<string, readonly NameEntry[]>();

const isCyrillic = (code: number): boolean => code >= 0x400 && code <= 0x52f;
/** Katakana letters and the long-vowel mark; not the middle dot (・), which separates words. */
const isKatakana = (code: number): boolean => (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
const isHangul = (code: number): boolean => code >= 0xac00 && code <= 0xd7af;
/** The longest name of the table, in UTF-16 units (イーサリアムクラシック). */
export const LONGEST_SCRIPT_NAME = 11;

const nameCandidateOf = (start: number, end: number, entries: readonly NameEntry[]): Candidate => ({ kind: 'name', start, end, entries, evidence: UNREAD_EVIDENCE });

/**
 * Coins written in the word's own script (SCRIPT_NAMES): a Cyrillic word that is a name with its
 * case ending, and, since Chinese, Japanese and Korean put no space between a name and what
 * follows, each name inside a run of their letters where its script allows it there. Pushes a
 * name candidate for each; true when it found any. Asked only of words that begin with a letter
 * at or past U+0400 (Latin words never reach here).
 */
export function scriptNamesAt(words: Words, i: number, lexicon: Lexicon, found: Candidate[]): boolean {
  const text = words.source;
  const start = words.start(i);
  const end = words.end(i);
  if (namesOf !== lexicon) {
    namesOf = lexicon;
    entries = new Map();
    for (const row of SCRIPT_NAMES) {
      const coin = lexicon.coins.get(row[0] as string);
      // After the row's empty string: names that are ordinary words too.
      let policy: NameEntry['policy'] = 'any-case';
      for (let k = 1; coin && k < row.length; k++) {
        const name = row[k] as string;
        if (name === '') policy = 'needs-context';
        entries.set(name, [{ coin, policy, key: name }]);
      }
    }
  }
  if (isCyrillic(text.charCodeAt(start))) {
    const word = text.slice(start, end).toLowerCase();
    for (let cut = 0; cut <= 3 && cut < word.length; cut++) {
      const name = entries.get(word.slice(0, word.length - cut));
      if (name && [...word.slice(word.length - cut)].every((letter) => (SCRIPT_NAME_ENDINGS[0] as string).includes(letter))) return found.push(nameCandidateOf(start, end, name)) > 0;
    }
    return false;
  }
  let any = false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    // Longest first: "比特币现金" before "比特币".
    for (let stop = Math.min(end, at + LONGEST_SCRIPT_NAME); stop > at + 1; stop--) {
      const name = entries.get(text.slice(at, stop));
      // What may stand after a short katakana or Hangul name: not another katakana letter; a
      // Korean particle or nothing.
      const next = stop < end && stop - at < 4 ? text.charCodeAt(stop) : -1;
      if (!name || (isKatakana(code) ? (at > start && isKatakana(text.charCodeAt(at - 1))) || isKatakana(next) : isHangul(code) && ((at > start && text.charCodeAt(at - 1) !== 46) || (next !== -1 && !(SCRIPT_NAME_ENDINGS[1] as string).includes(text.charAt(stop)))))) continue;
      found.push(nameCandidateOf(at, stop, name));
      any = true;
      at = stop - 1;
      break;
    }
  }
  return any;
}
