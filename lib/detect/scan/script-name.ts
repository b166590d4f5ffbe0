import { coinsForSymbol, type Lexicon, type NameEntry } from '../lexicon/compile-lexicon';
import { SCRIPT_NAMES } from '../tables/name-aliases';
import { Phrase } from '../text/phrase';
import type { Words } from '../text/tokenize';
import type { Candidate } from './candidates';
import { UNREAD_EVIDENCE } from './name-candidate';

/** The names of tables/name-aliases.ts's SCRIPT_NAMES for the lexicon last asked: each name's
 * entries, and the characters a name begins with (a position no name begins at is passed over
 * without slicing the text). A page has one lexicon. */
let namesOf: Lexicon | null = null;
let entries = new Map<string, readonly NameEntry[]>();
let firsts = new Set<number>();

const isCyrillic = (code: number): boolean => code >= 0x400 && code <= 0x52f;
/** Katakana letters and the long-vowel mark; not the middle dot (・), which separates words. */
const isKatakana = (code: number): boolean => (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
const isHangul = (code: number): boolean => code >= 0xac00 && code <= 0xd7af;
/** The longest name of the table, in UTF-16 units (อีเธอเรียมคลาสสิก, Thai Ethereum Classic). */
export const LONGEST_SCRIPT_NAME = 17;

const CYRILLIC_ENDING = new Phrase('cyrillicEnding');
const KOREAN_PARTICLE = new Phrase('koreanParticle');
const MARKS_AT = new Phrase('marksAt');

const nameCandidateOf = (start: number, end: number, entries: readonly NameEntry[]): Candidate => ({ kind: 'name', start, end, entries, evidence: UNREAD_EVIDENCE });

/**
 * Coins written in the word's own script (SCRIPT_NAMES): a Cyrillic word that is a name with its
 * case ending, and, since Chinese, Japanese and Korean put no space between a name and what
 * follows, each name inside a run of their letters where its script allows it there. Pushes a
 * name candidate for each, and returns the index of the last word read, or -1 when it found
 * none. Asked only of words that begin with a letter at or past U+0400 (Latin words never reach
 * here).
 */
export function scriptNamesAt(words: Words, i: number, lexicon: Lexicon, found: Candidate[]): number {
  const text = words.source;
  const start = words.start(i);
  const end = words.end(i);
  if (namesOf !== lexicon) {
    namesOf = lexicon;
    entries = new Map();
    firsts = new Set();
    for (const row of SCRIPT_NAMES) {
      const coin = lexicon.coins.get(row[0] as string);
      // After the row's empty string: names that are ordinary words too.
      let policy: NameEntry['policy'] = 'any-case';
      for (let k = 1; coin && k < row.length; k++) {
        const name = row[k] as string;
        if (name === '') {
          policy = 'needs-context';
          continue;
        }
        // Cyrillic names are written lower case in the table; a word may open with a capital.
        const entry = [{ coin, policy, key: name }];
        const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
        entries.set(name, entry).set(capitalised, entry);
        firsts.add(name.charCodeAt(0)).add(capitalised.charCodeAt(0));
      }
    }
  }
  // "비트코인 캐시", "Биткоин-кэш", "比特币SV": a fork written as two words, before its first word alone.
  // A particle or a case ending may follow ("이더리움 클래식도").
  for (let next = words.end(i + 1), cut = 0; cut < 2 && firsts.has(text.charCodeAt(start)) && words.has(i + 1) && words.start(i + 1) - end < 2; cut++) {
    const pair = entries.get(text.slice(start, next - cut));
    if (pair) {
      found.push(nameCandidateOf(start, next - cut, pair));
      return i + 1;
    }
  }
  // "ＢＴＣは": a ticker in full-width capitals, as Japanese and Chinese typesetting writes it.
  let symbol = '';
  let at = start;
  for (; (text.charCodeAt(at) - 0xff21) >>> 0 < 26; at++) symbol += String.fromCharCode(text.charCodeAt(at) - 0xfee0);
  if (symbol !== '') {
    if (coinsForSymbol(lexicon, symbol).length > 0) found.push({ kind: 'symbol', start, end: at, symbol, mixedCase: false, shouting: false });
    return i;
  }
  let foundOne = false;
  for (at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!firsts.has(code)) continue;
    // Longest first: "比特币现金" before "比特币".
    for (let stop = Math.min(end, at + LONGEST_SCRIPT_NAME); stop > at + 1; stop--) {
      const name = entries.get(text.slice(at, stop));
      // A name of four letters or more stands anywhere ("アンチビットコイン", "친비트코인"). A shorter
      // katakana name has no katakana letter before it, and one with katakana after it opens a
      // compound ("ソラナベース"), which counts as an ordinary-word name does ("ソラナビーチ" is a
      // beach), and never for a name that is an ordinary word already ("トロント"). A shorter Hangul
      // name starts its word and has a Korean particle or nothing after it. A katakana name
      // before 社 is the firm (リップル社).
      const short = stop - at < 4;
      const entry = name?.[0];
      // A Cyrillic word is a name and its case ending ("биткоина", "Біткоїну"), nothing inside it.
      if (isCyrillic(code)) {
        if (at > start) break;
        if (!entry || !CYRILLIC_ENDING.testAt(text, stop)) continue;
        found.push(nameCandidateOf(start, end, name as readonly NameEntry[]));
        return i;
      }
      const compound = short && isKatakana(code) && isKatakana(text.charCodeAt(stop));
      if (!entry || (isKatakana(code) ? text.charCodeAt(stop) === 0x793e || (short && at > start && isKatakana(text.charCodeAt(at - 1))) || (compound && entry.policy !== 'any-case') : isHangul(code) && short && ((at > start && text.charCodeAt(at - 1) !== 46) || (stop < end && !KOREAN_PARTICLE.testAt(text, stop))))) continue;
      // A vowel sign after the name is its syllable's ("बिटकॉइनों"): the span takes the marks after it.
      MARKS_AT.testAt(text, stop);
      found.push(nameCandidateOf(at, MARKS_AT.pattern.lastIndex, compound ? [{ coin: entry.coin, policy: 'needs-context', key: entry.key }] : (name as readonly NameEntry[])));
      foundOne = true;
      at = stop - 1;
      break;
    }
  }
  return foundOne ? i : -1;
}
