import type { NameEntry } from '../lexicon/compile-lexicon';
import { EXCHANGE_TOKENS } from '../tables/company-names';
import { SURNAME_NAMES, UNIT_NAMED_COINS } from '../tables/namesakes';
import { QUANTITY_WITNESSES } from '../tables/renamed-tickers';
import { DEFINITION_AFTER, textBefore } from '../text/context';
import { Phrase } from '../text/phrase';
import type { Candidate, NameEvidence } from './candidates';
import { isCharacterAfter } from './name-senses';
import type { PageContext } from './page-context';

/**
 * Coins named after something the page may mean instead (tables/namesakes.ts): the animal, the
 * cartoon, the unit. Asked by the verdicts for bare tickers and names only; the strong forms
 * ("$PEPE", "Gas (GAS)", "GAS/USDT") are the coin whatever the page.
 */

/**
 * "21,000 GAS", "Gas Limit", "WHAT IS GAS?" on an Ethereum page: the fee unit. NEO's GAS needs
 * its project named on the page (NEO bound), or a strong form of its own there.
 */
export function isUnitWithoutProject(coinId: string, context: PageContext): boolean {
  const project = UNIT_NAMED_COINS.get(coinId);
  return project !== undefined && !context.boundCoins.has(project) && !context.stronglyBoundCoins.has(coinId);
}

const COIN_WORDS_AFTER = new Phrase('coinWordsAfter');
const GIVEN_NAME_BEFORE = new Phrase('givenNameBefore');
// "Grayscale Bitcoin Trust", "Who Sets Ethereum Fees": a longer proper noun or a heading goes on.
const CAPITAL_AFTER = new Phrase('capitalWordAfter');

/**
 * Records the coins whose name the text gives its namesake's sense in the name's own words
 * ("Pepe the Frog", "a Shiba Inu puppy", "Moo Deng the hippo"): for the whole page, every
 * other occurrence then takes that sense unless it carries its own coin words (namesakeSense).
 * Ordinary-word and namesake names (policy needs-context) are asked for the character; a distinctive
 * name after a given name ("Yayoi Kusama") takes the person's sense, which holds only on a page that
 * firmly binds no other coin (verdicts.ts).
 */
export function addNameSenses(context: PageContext, candidates: readonly Candidate[], text: string): void {
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate;
    const entry = candidate.kind === 'name' ? candidate.entries[0] : undefined;
    // "500 Hive", "6.2M HBD": a counted unit names its ecosystem's coins (QUANTITY_WITNESSES);
    // their tickers then follow from the ecosystem witnesses (page-context.ts).
    const coins = QUANTITY_WITNESSES.get(entry ? entry.key : candidate.kind === 'symbol' ? candidate.symbol : '');
    if (coins && AMOUNT_BEFORE.pattern.test(textBefore(text, candidate.start, 12)) && COUNTED_UNIT_AFTER.testAt(text, candidate.end))
      for (const id of coins) context.boundCoins.add(id);
    if (!entry || context.otherSenses.has(entry.key)) continue;
    // "Pepe the frog", "a Shiba Inu puppy", "Moo Deng the hippo".
    // "Cardano, Girolamo": a catalogue's surname first.
    if (entry.policy === 'needs-context' ? isCharacterAfter(text, candidate.end) : (SURNAME_NAMES.has(entry.key) && isGivenNameBefore(text, candidate.start) && !CAPITAL_AFTER.testAt(text, candidate.end)) || GIVEN_NAME_AFTER.testAt(text, candidate.end))
      // The sense is the name's (its key), not its coin's: "the Doge meme," leaves "Dogecoin" the coin.
      context.otherSenses.add(entry.key);
  }
  // "CoinEx … convert them into CET": the exchange's page means its own token by the ticker.
  for (let k = 0; k < EXCHANGE_TOKENS.length; k++) {
    const row = EXCHANGE_TOKENS[k] as readonly [string, string, string];
    // V8 searches a string of seven or more characters another way, ~10× slower over a long
    // two-byte text ("BitMart": 2.7 ms of the rows' 3.8 per 5 MB); where its first six are
    // absent, so is it (1.5 ms for all the rows).
    const at = text.indexOf(row[0].slice(0, 6)) < 0 ? -1 : text.indexOf(row[0]);
    const next = text.charCodeAt(at + row[0].length);
    if (at !== -1 && !(next >= 97 && next <= 122) && !context.symbolBindings.has(row[1])) context.symbolBindings.set(row[1], row[2]);
  }
}

// An amount before a unit ("500 ", "6.2M ", "1.5k "), and what ends the unit's phrase ("500 Hive
// (assuming …", "140 HBD."; never "12 Hive boxes", "10 Hive Tips").
const AMOUNT_BEFORE = new Phrase('amountBefore');
const GIVEN_NAME_AFTER = new Phrase('givenNameAfter');
const COUNTED_UNIT_AFTER = new Phrase('countedUnitAfter');

/** "Yayoi Kusama": a capitalised name after a space, then a capital and two or more lower-case ASCII letters before it, read
 * back by char codes first (asked for every distinctive name on the page; "the Bitcoin" stops at
 * the second character), then the phrase for the word before the given name. */
function isGivenNameBefore(text: string, start: number): boolean {
  // A surname is capitalised: "Before bitcoin" is the coin.
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90 || text.charCodeAt(start - 1) !== 32) return false;
  let k = start - 2;
  while (k >= 0 && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k--;
  const capital = text.charCodeAt(k);
  return k <= start - 4 && capital >= 65 && capital <= 90 && GIVEN_NAME_BEFORE.pattern.test(textBefore(text, start, 24));
}

/**
 * The confidence of a name whose namesake's sense the page settled: a price, a crypto noun or a
 * definition as a coin right after it ("Pepe price", "Pepe is a memecoin") still make it the
 * coin; nothing from the page does. "Pepe meme coin" and "Tron (3.74%)" are the coin anywhere. Undefined when
 * neither applies (the name's other rules decide).
 */
export function namesakeSense(entry: NameEntry, evidence: NameEvidence, text: string, end: number, context: PageContext): number | undefined {
  // "the Pepe meme coin", "Zcash (4.74%), and Tron (3.74%)": the coin, settled sense or not.
  if (COIN_WORDS_AFTER.testAt(text, end)) return 0.8;
  if (!context.otherSenses.has(entry.key)) return undefined;
  return evidence.priceMoved || evidence.cryptoNounAfter || DEFINITION_AFTER.testAt(text, end) ? 0.8 : 0;
}
