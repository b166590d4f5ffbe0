import { COMPANY_NAMES, TOKENLESS_NETWORKS } from '../tables/company-names';
import { APPOSITIVE_COIN_NOUNS } from '../tables/context-words';
import { isSentenceStart, textBefore } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import { Phrase } from '../text/phrase';
import { NONE_FOUND, overlapsCandidate } from './candidates';

// After ", ": an article, up to three words, a coin noun, then the end of the phrase.
const APPOSITIVE = new Phrase('definedAppositive');
// Before ", ": one or two capitalised words, not glued to a handle, cashtag or longer word.
const NAME_BEFORE = new Phrase('definedNameBefore');

const PROPER_NOUN_BEFORE = new Phrase('properNounBefore');

/**
 * "Namecoin, a promising coin of its era", "Kaspa, the proof-of-work coin,": a name the per-tab
 * lexicon lacks that its own sentence defines as a coin, for the long tail by name. Firms and
 * tokenless networks never; a name some mention already covers is that mention's. Anchored on
 * ", a"/", the" so that most text costs one indexOf.
 */
export function definedLongTailNames(text: string, mentions: readonly Mention[]): UnresolvedCandidate[] {
  let found: UnresolvedCandidate[] | undefined;
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 2)) {
    const next = text.charCodeAt(comma + 2);
    if (next !== 97 /* a */ && next !== 116 /* t */) continue;
    if (!mayBeAppositive(text, comma + 2)) continue;
    if (!APPOSITIVE.testAt(text, comma + 2)) continue;
    const name = NAME_BEFORE.pattern.exec(textBefore(text, comma, 40))?.[1];
    if (name === undefined) continue;
    const start = comma - name.length;
    // "IRON Finance, a stablecoin": the tail of a longer proper noun. "However, the token …":
    // a lone word opening a sentence is an adverb as often as a name.
    if (PROPER_NOUN_BEFORE.pattern.test(textBefore(text, start, 24)) || (!name.includes(' ') && isSentenceStart(text, start))) continue;
    const key = name.toLowerCase();
    if (COMPANY_NAMES.has(key) || TOKENLESS_NETWORKS.has(key) || overlapsCandidate(mentions, start, comma)) continue;
    (found ??= []).push({ symbol: null, nameHint: name, start, end: comma, form: 'name' });
  }
  return found ?? NONE_FOUND;
}

/**
 * False when APPOSITIVE cannot match at `at`, by character codes: its article and a space, then
 * a coin noun at the start of one of the next four words, each of the words before it followed
 * by one space. Most ", the …" and ", a …" have no coin noun that close, and run no regex (the
 * regex took ~6 ms per 5 MB of news text). A non-ASCII character answers "maybe".
 */
function mayBeAppositive(text: string, at: number): boolean {
  let i = at;
  if (text.startsWith('a ', i)) i += 2;
  else if (text.startsWith('an ', i)) i += 3;
  else if (text.startsWith('the ', i)) i += 4;
  else return false;
  for (let word = 0; word < 4; word++) {
    const first = text.charCodeAt(i);
    // c(oin, ryptocurrency), t(oken), m(emecoin), s(tablecoin), a(ltcoin): only these start a noun.
    if (first === 99 || first === 116 || first === 109 || first === 115 || first === 97) {
      for (let k = 0; k < APPOSITIVE_COIN_NOUNS.length; k++) if (text.startsWith(APPOSITIVE_COIN_NOUNS[k] as string, i)) return true;
    }
    if (word === 3) return false;
    // The word (letters, digits, hyphens) and the one space after it.
    const wordStart = i;
    for (let code = text.charCodeAt(i); code !== 32; code = text.charCodeAt(++i)) {
      if (code >= 128) return true;
      if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45)) return false;
    }
    if (i === wordStart) return false;
    i++;
  }
  return false;
}
