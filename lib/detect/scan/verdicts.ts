import { isCjk } from '../text/tokenize';
import { FIRM_NAMES_AS_COIN } from '../tables/name-aliases';
import type { Lexicon, LexiconCoin, NameEntry } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST, SECTOR_ACRONYMS } from '../tables/bare-symbol-stoplist';
import { TICKER_CONTRASTS } from '../tables/renamed-tickers';
import { appositiveAfter, DEFINITION_AFTER, isGlossAfter, isQuoteAfter, isWidgetQuote, PRICE_MOVE_AFTER, TOKEN_NOUN_AFTER, textBefore } from '../text/context';
import type { Mention, UnresolvedCandidate } from '../types';
import { NONE_FOUND, type Candidate, type NameEvidence } from './candidates';
import { datedNameCoin, datedTickerCoin, witnessedNameCoin } from './dated-coin';
import { ACRONYM_OWN_PHRASE, isCharacterAfter, isPersonAppositive, PLATFORM_COMPOUND_AFTER, ZONE_OFFSET_AFTER } from './name-senses';
import { isUnitWithoutProject, namesakeSense } from './namesakes';
import { NAMESAKE_NAMES } from '../tables/namesakes';
import { isLowerAt } from './name-match';
import type { PageContext } from './page-context';
import { coinQuote } from './pair-quotes';
import { spellsAcronym } from './paren-symbol';
import { resolveSymbol } from './resolve-symbol';
import { Phrase } from '../text/phrase';
import { isScriptHint, isWordCharAt } from '../text/word-shape';

/**
 * The verdict stage of each form: whether a candidate is a mention, of which coin, how sure.
 * forms.ts puts each next to its form's scan and binding.
 */

/** A mention, or nothing. A negative confidence marks one that counts only if a list neighbour
 * is a mention (find-mentions.ts settles it): no wrapper object per verdict, since a long text's
 * verdicts all live until the call returns and each young-generation collection copies them. */
export type Verdict = Mention | null;

/** The confidence of a stop-listed ticker that a run of listed coins licenses ("GMT, AKT and
 * TIA"); find-mentions.ts asks for a stricter list by it. */
export const STOPLISTED_IN_LIST = 0.6;

/** Coins a page must name unmistakably before its capitalised ordinary words read as coins. */
const DENSE_PAGE_COINS = 3;

/** "price(s)" or "(in) market cap" after a name, "Ripple's gains", "Ripple's recent rally",
 * "Ripple, which has a total market cap": a firm has no price, market cap or rally of its own
 * in crypto text. */
const PRICE_NOUN_AFTER = new Phrase('priceNounAfter');

/** "a skyrocketing Ripple": a market move in the adjective before the name. */
const MOVE_BEFORE = new Phrase('moveBefore');
const FIRM_WORDS = new Phrase('firmWords');

/** "at 10:00 JST": a clock time before a time zone. */
const CLOCK_BEFORE = new Phrase('clockBefore');

const FOUNDATION_AFTER = new Phrase('foundationAfter');

/** "BTC-Alpha" (an exchange), "BTC by Grayscale" (a fund's ticker): the letters name no coin here. */
const NOT_COIN_AFTER = new Phrase('notCoinAfter');

const TRADED_BEFORE = new Phrase('tradedBefore');

/** "Blur’s successful season 2 airdrop": the project's own thing a few words after its possessive. */
const POSSESSIVE_CRYPTO_NOUN = new Phrase('possessiveCryptoNoun');

type Of<K extends Candidate['kind']> = Extract<Candidate, { kind: K }>;


export function judgeNameSymbol(candidate: Of<'name-symbol'>, text: string, lexicon: Lexicon, context: PageContext): Verdict {
  // "Fantom (FTM) … to Sonic (S)": a page contrasting the generations bound the old coin.
  const bound = context.symbolBindings.get(candidate.symbol);
  // No destructuring of the rows: asked for every "Name (SYM)" a page binds, mostly before V8
  // optimises it, where destructuring allocates iterators.
  const contrasted = bound !== undefined && TICKER_CONTRASTS.some((row) => row[0] === candidate.symbol && row[2] === bound) ? lexicon.coins.get(bound) : undefined;
  const coin: LexiconCoin = contrasted ?? witnessedNameCoin(lexicon, text, candidate.start, candidate.end, context.boundCoins) ?? datedTickerCoin(lexicon, candidate.symbol, candidate.coin, context.date);
  return mention(coin.id, coin.symbol, candidate.start, candidate.end, 'name-symbol', 0.99);
}

/** "$SOL", "SOL/USDT": strong enough that any coin holding the ticker counts. */
export function judgeTicker(candidate: Of<'cashtag' | 'pair'>, text: string, lexicon: Lexicon, context: PageContext): Verdict {
  if (candidate.kind === 'cashtag' && isPlusVariantAt(text, candidate.end)) return null;
  const resolved = resolveSymbol(candidate.symbol, lexicon, context);
  if (resolved) return mention(resolved.coinId, resolved.symbol, candidate.start, candidate.end, candidate.kind, 0.95, resolved.alternatives);
  // "GM/USDT", "WIN/BTC": a stop-listed base against a crypto quote goes to the long tail as any
  // unknown base does (unresolvedTicker), and its quote counts with it (splitUnresolvedPairQuotes).
  return null;
}

/** A cashtag or pair whose ticker no per-tab coin holds: for the long tail, with the name the
 * page glossed it with ("Kambria (KAT) … KAT/USDT"), as its bare uses go (long-tail-tickers.ts). */
export function unresolvedTicker(candidate: Of<'cashtag' | 'pair'>, text: string, lexicon: Lexicon, context: PageContext): UnresolvedCandidate | null {
  // A stop-listed word is a ticker only as the base of a pair against a coin ("WIN/BTC"; never "NEW/USD").
  if ((BARE_SYMBOL_STOPLIST.has(candidate.symbol) && !(candidate.kind === 'pair' && coinQuote(text, candidate, 0, lexicon, context))) || resolveSymbol(candidate.symbol, lexicon, context) !== null) return null;
  return { symbol: candidate.symbol, nameHint: context.longTailSymbols.get(candidate.symbol), start: candidate.start, end: candidate.end, form: candidate.kind };
}

export function unresolvedLongTail(candidate: Of<'long-tail'>, text: string, _lexicon: Lexicon, context: PageContext): UnresolvedCandidate | null {
  // "국제통화기금(IMF)", "東京ガールズコレクション(TGC)": a gloss in a script /coins/list does not use
  // resolves by its ticker alone (resolve-long-tail.ts), so only on a page that names a coin or
  // beside the script's own crypto words ("루프네트워크(LOOM) 거래 지원 종료").
  if (candidate.form === 'name-symbol' && isScriptHint(candidate.nameHint) && context.boundCoins.size === 0 && !SCRIPT_CRYPTO_WORD.pattern.test(text)) return null;
  // "ATTENTION (ATTN) all passengers": a word in capitals with its abbreviation is a coin's name only on
  // a page that names some coin ("OKX will list the ASPECTA (ASP)").
  if (candidate.form === 'name-symbol' && context.boundCoins.size === 0 && SHOUTED_HINT.pattern.test(candidate.nameHint ?? '')) return null;
  return { symbol: candidate.symbol, nameHint: candidate.nameHint, start: candidate.start, end: candidate.end, form: candidate.form };
}

export function judgeSymbol(candidate: Of<'symbol'>, text: string, lexicon: Lexicon, context: PageContext): Verdict {
  const { symbol, start, end } = candidate;
  if (isPlusVariantAt(text, end) || NOT_COIN_AFTER.testAt(text, end) || ACRONYM_OWN_PHRASE.testAt(text, start)) return null;
  const resolved = context.projectTickers.has(symbol) ? null : resolveSymbol(symbol, lexicon, context);
  if (!resolved) return null;
  const confidence = symbolConfidence(candidate, text, lexicon, context, resolved.coinId);
  if (confidence === 0) return null;
  return mention(resolved.coinId, resolved.symbol, start, end, 'symbol', confidence, resolved.alternatives);
}

/** How sure a bare ticker is a coin: 0 when it is not, negative when only a list neighbour
 * can make it one ("APT, SEI, OP and TIA"). */
function symbolConfidence(candidate: Of<'symbol'>, text: string, lexicon: Lexicon, context: PageContext, coinId: string): number {
  const { symbol, start, end } = candidate;
  const pinnedOrBound = context.pins[symbol] !== undefined || context.symbolBindings.has(symbol);
  if ((context.acronyms.has(symbol) && !pinnedOrBound) || TOKEN_STANDARD_AT.testAt(text, start)) return 0;
  // One letter is a word or a unit ("A", "S$5 billion") unless a price widget glues it between quotes.
  if (symbol.length === 1) return isWidgetQuote(text, start, end) ? 0.7 : 0;
  // "ATH" is all-time high unless the page says Aethir; two letters are usually an acronym ("IP", "OP").
  const stoplisted = BARE_SYMBOL_STOPLIST.has(symbol);
  // "9:00 GMT+8" is the time zone even where "STEPN (GMT)" bound the letters.
  // "at 10:00 JST" likewise, after a clock time.
  if (stoplisted && (ZONE_OFFSET_AFTER.testAt(text, end) || CLOCK_BEFORE.pattern.test(textBefore(text, start, 10)))) return 0;
  // "21,000 GAS" on an Ethereum page is the fee unit: licensed like an acronym ("GAS rose 4%", "GAS tokens").
  // "ETH Zurich … ETH researchers": a ticker the page wrote in its acronym's own phrase (forms.ts) likewise.
  // "她在…学院ETH读博士": a ticker glued after kana, Han or Hangul is read as a bare ticker only with a licence
  // too (the acronyms' own phrases are English); "下架SOL/USDT" is a pair and needs none.
  const acronymLike = stoplisted || lettersIn(symbol) <= 2 || isUnitWithoutProject(coinId, context) || context.phraseAcronyms.has(symbol) || isCjk(text.charCodeAt(start - 1));
  const wordInShout = candidate.shouting && !candidate.mixedCase && lexicon.coins.get(coinId)?.symbolIsWord === true;
  if (!acronymLike && !wordInShout) return 0.85;
  // "its ATH, the all-time high": the appositive says what the letters mean here, whatever the
  // page bound the ticker to ("Aethir (ATH)" above).
  if (spelledOutAfter(text, end, symbol)) return 0;
  // The page or the words around license it: a binding, a price move or quote ("OP $0.75",
  // "TRUMP$10.37"), "ONE tokens" (never for sector words: "AI tokens", "NFT tokens").
  const licensed =
    pinnedOrBound ||
    context.stronglyBoundCoins.has(coinId) ||
    PRICE_MOVE_AFTER.testAt(text, end) ||
    isQuoteAfter(text, end, stoplisted) ||
    // The reversed form "RUNE (THORChain)", "HT (Huobi)": the brackets gloss the ticker.
    isGlossAfter(text, end) ||
    (!SECTOR_ACRONYMS.has(symbol) && TOKEN_NOUN_AFTER.testAt(text, end));
  if (licensed) return 0.7;
  // "APT, SEI, OP and TIA led the gains": a short ticker listed next to a coin is a coin. A
  // stop-listed one ("GMT, AKT and TIA") only inside a run of coins (find-mentions.ts).
  if (stoplisted) return SECTOR_ACRONYMS.has(symbol) ? 0 : -STOPLISTED_IN_LIST;
  return -0.7;
}

export function judgeName(candidate: Of<'name'>, text: string, lexicon: Lexicon, context: PageContext): Verdict {
  const entry = candidate.entries[0];
  if (!entry) return null;
  // "Wei Dai, founder of …", "Pepe the frog": a person or a cartoon, whatever the name's policy.
  // "Terraform Labs (Terra)": a bracket that shortens the firm's name before it is the firm.
  // "Bitcoin Investment Group", "Solana Ventures": a firm or a fund that carries the name.
  if (isPersonAppositive(text, candidate.end) || isCharacterAfter(text, candidate.end) || (!candidate.evidence.titleCase && FIRM_AFTER.testAt(text, candidate.end)) || (entry.policy === 'needs-context' && (BREED_AFTER.testAt(text, candidate.end) || BREED_BEFORE.testAt(text, candidate.start))) || isIdiomPlace(text, candidate.start, candidate.end) || (text.charCodeAt(candidate.start - 1) === 40 && FIRM_SHORT_NAME.pattern.test(textBefore(text, candidate.start, 60, candidate.end + 1)))) return null;
  // "Yayoi Kusama … Kusama's mirrors": a surname for the page, unless the page is about other coins too.
  if (entry.policy !== 'needs-context' && context.otherSenses.has(entry.key) && !bindsAnotherCoin(context, entry.coin.id)) return null;
  const coin = datedNameCoin(lexicon, entry, context.date, context.boundCoins);
  if (!coin || context.projectTickers.has(coin.symbol)) return null;
  const confidence = nameConfidence(candidate, entry, coin, text, lexicon, context);
  if (confidence === 0) return null;
  return mention(coin.id, coin.symbol, candidate.start, candidate.end, 'name', confidence, nameAlternatives(candidate.entries, entry, coin));
}

/** "lost to the ether", "vanished into the ether.": a lower-case name after a preposition and
 * "the", ending its clause, is the place an idiom names ("the ether's price" stays the coin). */
function isIdiomPlace(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return first >= 97 && first <= 122 && text.startsWith('the ', start - 4) && IDIOM_PLACE.pattern.test(textBefore(text, start, 14, end + 1));
}

const IDIOM_PLACE = new Phrase('idiomPlace');
const TOKEN_STANDARD_AT = new Phrase('tokenStandardAt');
const BREED_AFTER = new Phrase('breedAfter');
const BREED_BEFORE = new Phrase('breedBefore');
const FIRM_AFTER = new Phrase('firmAfter');
const CAPS_NEIGHBOUR = new Phrase('capsNeighbour');
const SCRIPT_CRYPTO_WORD = new Phrase('scriptCryptoWord');
const FIRM_SHORT_NAME = new Phrase('firmShortName');

function bindsAnotherCoin(context: PageContext, coinId: string): boolean {
  const bound = context.stronglyBoundCoins;
  return bound.size > (bound.has(coinId) ? 1 : 0);
}

/** The other coins a name may mean, best first (the dated coin left out). One loop: asked for every name. */
function nameAlternatives(entries: readonly NameEntry[], entry: NameEntry, coin: LexiconCoin): string[] {
  if (entries.length < 2) return NONE_FOUND; // most names: no array made (shared and frozen; mention() keeps only a non-empty list)
  const alternatives: string[] = [];
  for (let index = 1; index < entries.length; index++) {
    const id = (entries[index] as NameEntry).coin.id;
    if (coin === entry.coin || id !== coin.id) alternatives.push(id);
  }
  return alternatives;
}

/** How sure a name is the coin: 0 when it is not, negative when only a list neighbour can make
 * it one ("Render, Akash and Bittensor"). */
function nameConfidence(candidate: Of<'name'>, entry: NameEntry, coin: LexiconCoin, text: string, lexicon: Lexicon, context: PageContext): number {
  const lowerCase = isLowerAt(text, candidate.start);
  if (entry.policy === 'any-case' || (entry.policy === 'capitalized' && !lowerCase)) return 0.9;
  // A ticker written as a word ("doge", "Eth"), never one that is an English word ("near", "gas").
  const tickerWord = entry.key === coin.symbol.toLowerCase() && !coin.symbolIsWord;
  // Bound: also by a ticker the page calls a token ("MOON, the social token of …" → "MOONs", noun-tickers.ts).
  const bound = context.boundCoins.has(coin.id);
  // "previously called polygon,", "the stablecoin tether .", "stellar has leaped": a name in lower case
  // is the coin where the page binds it firmly (a strong form or a distinctive name, or its bare ticker
  // where the page names some coin firmly, as for "Doge" below) and it stands alone after a comma, a preposition or a
  // crypto noun; "a stellar week", "ripple effects", "the yield curve", "tether the horse" stay words.
  // A lower-case namesake ("pepe") keeps its own rules.
  // Elsewhere, listed ("1. bitcoin⏎2. jupiter⏎3. solana", "bitcoin, solana and jupiter"), it counts only in
  // a run of coins, as a stop-listed ticker does (find-mentions.ts): "bitcoin, cosmos, and the origin of
  // life" leaves cosmos a word.
  // So is one a phrase that names its run as coins licenses ("altcoins like ripple, dogecoin and …",
  // "tokens such as cardano and solana") or the kind of coin it is ("the stablecoin tether"; never for an
  // ordinary word: "the stablecoin movement"), standing alone the same way, and one an appositive
  // defines as a coin by a coin's own nouns ("serum, the cryptocurrency of the exchange"). On a page that
  // binds the coin by a strong form, so is one whose token follows ("stellar’s token trades against
  // BTC"), and one that is no ordinary word whose price moves ("ripple price loses nearly 47%"; never
  // "cash flow rose 30%" beside Flow (FLOW)).
  if (lowerCase && !tickerWord && (entry.policy !== 'needs-context' || !NAMESAKE_NAMES.has(entry.key)))
    return (((bound && context.stronglyBoundCoins.size > 0) || COINS_LIKE_BEFORE.testAt(text, candidate.start) || (entry.policy !== 'needs-context' && KIND_BEFORE.testAt(text, candidate.start))) && LOWER_NAME.testAt(text, candidate.start)) ||
      LOWER_DEFINITION_AFTER.testAt(text, candidate.end) ||
      (context.stronglyBoundCoins.has(coin.id) && (POSSESSIVE_CRYPTO_NOUN.testAt(text, candidate.end) || (entry.policy !== 'needs-context' && PRICE_MOVE_AFTER.testAt(text, candidate.end))))
      ? 0.75
      : LIST_GAP_AFTER.testAt(text, candidate.end) || LIST_ITEM_BEFORE.pattern.test(textBefore(text, candidate.start, 8))
        ? -STOPLISTED_IN_LIST
        : 0;
  const evidence = candidate.evidence;
  // "ICON jumped 25%", "the ICON Foundation": a name in its coin's own capitals is the coin only
  // where the page names that coin by another form ("ICON (ICX)", "ICX rose"); a shouted "JUST" or
  // "MANTRA" is a word, price or not.
  if (entry.policy === 'needs-context' && !NAMESAKE_NAMES.has(entry.key) && text.charCodeAt(candidate.start + 1) - 65 >>> 0 < 26) return bound && !CAPS_NEIGHBOUR.testAt(text, candidate.end) && !CAPS_NEIGHBOUR.testAt(text, candidate.start) ? 0.75 : -0.75;
  // "Ripple's native token", "a coin associated with Ripple": the firm. "Bitcoin, Ethereum,
  // Ripple and Litecoin" or "Ripple rose 4%": the text treats it as an asset.
  // "Ripple price stood at …", "Ripple (XRP) Price Today": a price is the coin's, never the firm's.
  if (entry.policy === 'company') {
    const after = text.slice(candidate.end, candidate.end + 48);
    const before = textBefore(text, candidate.start, 24);
    // Before the coin took its ticker as its name ("Ripple" until 2019), the name alone is the coin
    // unless the firm's own words stand beside it.
    return evidence.priceMoved || PRICE_NOUN_AFTER.pattern.test(after) || MOVE_BEFORE.pattern.test(before) ||
      (context.date < (FIRM_NAMES_AS_COIN[entry.key] ?? '') && !FIRM_WORDS.pattern.test(before + '\n' + after))
      ? 0.8
      : -0.7;
  }

  // "Pepe the Frog … Pepe was created by a cartoonist": the sense the page settled holds.
  const settled = namesakeSense(entry, evidence, text, candidate.end, context);
  if (settled !== undefined) return settled;
  // "the Doge meme", "the popular “doge” meme", "became a Doge", "the Doge icon": an article makes a
  // ticker written as a word a count noun or a modifier, the picture, and quotation marks the word
  // itself ("dubbed Kabosu “Doge”"), unless a crypto noun or a price follows ("an Ada holder").
  if (tickerWord && (MEME_AFTER.testAt(text, candidate.end) || (WORD_ITSELF.pattern.test(textBefore(text, candidate.start, 5, candidate.end + 1)) && !evidence.priceMoved && !evidence.cryptoNounAfter))) return 0;
  // "btc", "eth" in a forum post: a ticker written as a lower-case word is the coin where the page
  // names that coin otherwise or quotes a price, else only listed next to a coin ("btc/eth").
  // So is one a trade, a holder or an amount comes right before ("bought doge", "my btc", "0.5 eth").
  // A dot glued before it makes the word a suffix: "your .eth address", "vitalik.eth" (a name service), "a .btc file".
  if (tickerWord && text.charCodeAt(candidate.start) > 96)
    return text.charCodeAt(candidate.start - 1) === 46 ? 0 : bound || evidence.priceMoved || TRADED_BEFORE.pattern.test(textBefore(text, candidate.start, 24)) ? 0.7 : -0.7;
  // "Gas Limit", "Gas is the air that allows Ethereum to operate": the unit, unless NEO is on the page.
  if (isUnitWithoutProject(coin.id, context)) return 0;
  // "Terra-based projects" on a crypto page is the chain; "near-term", "sky-high" are words.
  // Mid-sentence only: "Story-based games" opening a sentence is the adjective.
  if (evidence.hyphenAfter) return !evidence.sentenceStart && !evidence.titleCase && context.stronglyBoundCoins.size > 0 && PLATFORM_COMPOUND_AFTER.testAt(text, candidate.end) ? 0.75 : 0;
  // "the Luna Foundation Guard", "the Near Foundation": the project's own foundation carries its name.
  if (FOUNDATION_AFTER.pattern.test(text.slice(candidate.end, candidate.end + 24))) return 0.8;
  // "Doge has halved", "#Doge", "Will Eth …": capitalised, a ticker written as a word is the coin
  // where the page binds that coin firmly, a price, a crypto noun or a name in brackets follows, or
  // a coin is its list neighbour; never by a dense page alone (another coin's page may show "the
  // Doge meme"). Not a coin whose own name is its ticker ("Neo": its name's rules).
  if (tickerWord && entry.key !== coin.name.toLowerCase()) {
    // "Shib (Shiba-Inu)": a name in brackets glosses it, as for "RUNE (THORChain)" ("Leo (Jul 23–Aug 23)" is a star sign).
    if (evidence.priceMoved || evidence.cryptoNounAfter || NAME_GLOSS_AFTER.testAt(text, candidate.end)) return 0.8;
    // "Ada Lovelace": the first word of a longer proper noun. A capitalised word before it is most
    // often a sentence's opening word ("Will Eth hit …", "Buy Doge?").
    if (evidence.capitalisedWordAfter && !evidence.titleCase) return 0;
    // Firmly: a strong form or a distinctive name ("Dogecoin"), or its bare ticker where the page names
    // some coin firmly ("CELO, ALGO and XRP … Theta (THETA)"); not a dog page's lone "DOGE".
    return bound && context.stronglyBoundCoins.size > 0 ? (readsAsWord(evidence, text, candidate.end) ? 0 : 0.75) : -0.75;
  }
  // "Harmony ONE", "Staking Harmony ONE Coin": the name with its own ticker right after it.
  if (ownTickerAfter(text, candidate.end, coin, context)) return 0.8;
  const insideProperNoun = !evidence.titleCase && (evidence.capitalisedWordBefore || evidence.capitalisedWordAfter);
  if (evidence.priceMoved || (!evidence.capitalisedWordBefore && (evidence.cryptoNounAfter || POSSESSIVE_CRYPTO_NOUN.testAt(text, candidate.end)))) return 0.8;
  // "Helium Hotspots", "the Stellar Consensus Protocol", "IBM Stellar partnership": inside a longer
  // proper noun, the coin only where the page names it firmly ("Helium (HNT)", "$HNT", "Helium Network").
  if (insideProperNoun) return context.stronglyBoundCoins.has(coin.id) ? 0.75 : 0;
  // "Mantra is the native cryptocurrency of …": the sentence defines the name as a coin.
  if (DEFINITION_AFTER.testAt(text, candidate.end)) return 0.8;
  // "…ETH beta, but only Blur held up": on a page dense with unmistakable coins, an
  // ordinary-word name capitalised mid-sentence (not a headline, not "Near the …") is a coin.
  const midSentence = !evidence.sentenceStart && !evidence.titleCase && !evidence.functionWordAfter;
  // Not in a list with a capitalised word that names no coin: "Assyria and Babylon".
  if (midSentence && context.boundCoins.size >= DENSE_PAGE_COINS) return listedWithNonCoin(text, candidate.start, candidate.end, lexicon, context) ? 0 : 0.7;
  // "Filecoin and Akash rose; Render jumped." On a page that already names two coins
  // unmistakably, an ordinary-word name the market moves is the coin, figure or not.
  if (evidence.marketVerbAfter && !evidence.titleCase && context.stronglyBoundCoins.size >= 2) return 0.7;
  // "stablecoin supply on Avalanche rose": a chain named after a preposition on a crypto page.
  if (evidence.chainPrepositionBefore && !evidence.titleCase && context.stronglyBoundCoins.size > 0) return 0.75;
  // "Stellar, of course, is …", "Neo hasn’t had …": on a page naming many coins unmistakably, an
  // ordinary-word name opening a sentence as the subject of a verb of being or having is the coin.
  if (evidence.sentenceStart && !evidence.titleCase && context.stronglyBoundCoins.size > 4 && SUBJECT_AFTER.testAt(text, candidate.end)) return 0.7;
  if (bound) return readsAsWord(evidence, text, candidate.end) ? 0 : 0.75;
  return -0.75;
}

/** "Harmony ONE", "TRON TRX": a coin's name, a space, then its own ticker of three letters or more
 * (never a hyphenated compound: "Optimism OP-Ed"); a ticker that is also a word or stop-listed
 * ("ONE", "GENIUS", "DONUT") only on a page that already names a coin firmly ("the new Harmony ONE
 * album" stays music). */
function ownTickerAfter(text: string, nameEnd: number, coin: LexiconCoin, context: PageContext): boolean {
  const end = nameEnd + 1 + coin.symbol.length;
  return coin.symbol.length > 2 && text.charCodeAt(nameEnd) === 32 && text.startsWith(coin.symbol, nameEnd + 1) && !isWordCharAt(text, end) && text.charCodeAt(end) !== 45 && (!(coin.symbolIsWord || BARE_SYMBOL_STOPLIST.has(coin.symbol)) || context.stronglyBoundCoins.size > 0);
}

/** "Assyria and Babylon", "Babylon, Nineveh": a list neighbour that is a capitalised word no
 * per-tab coin is named and no long-tail name the page binds. */
function listedWithNonCoin(text: string, start: number, end: number, lexicon: Lexicon, context: PageContext): boolean {
  const nonCoin = (word: string | undefined): boolean => word !== undefined && !lexicon.byName.has(word.toLowerCase()) && !context.longTailNames.has(word);
  return nonCoin(PAIRED_BEFORE.pattern.exec(textBefore(text, start, 32))?.[1]) || nonCoin(PAIRED_AFTER.pattern.exec(text.slice(end, end + 32))?.[1]);
}

const PAIRED_BEFORE = new Phrase('pairedWordBefore');
const PAIRED_AFTER = new Phrase('pairedWordAfter');

/** "Near the close of trading" at the start of a sentence or in a Title Case headline: a name
 * the page binds still reads as a word there. "Harmony was founded …" does not: a verb of being
 * after a sentence-opening name makes it the sentence's subject, which a preposition never is. */
export function readsAsWord(evidence: NameEvidence, text: string, end: number): boolean {
  return (evidence.sentenceStart || evidence.titleCase) && evidence.functionWordAfter && !SUBJECT_VERB_AFTER.pattern.test(text.slice(end, end + 6));
}

const SUBJECT_VERB_AFTER = new Phrase('subjectVerbAfter');
const LOWER_NAME = new Phrase('lowerName');
const COINS_LIKE_BEFORE = new Phrase('coinsLikeBefore');
const KIND_BEFORE = new Phrase('kindBefore');
const SHOUTED_HINT = new Phrase('shoutedHint');
const LOWER_DEFINITION_AFTER = new Phrase('lowerDefinitionAfter');
const LIST_GAP_AFTER = new Phrase('listGapAfter');
const LIST_ITEM_BEFORE = new Phrase('listItemBefore');
const SUBJECT_AFTER = new Phrase('subjectAfter');
const MEME_AFTER = new Phrase('memeAfter');
const WORD_ITSELF = new Phrase('wordItself');
const NAME_GLOSS_AFTER = new Phrase('nameGlossAfter');

/** "USD0++", "$ETH+", "USDC+": a ticker with pluses glued after it, and then no letter or digit,
 * is another asset (a boosted or yield-bearing variant that /coins/list lists under that written
 * symbol), not the coin the letters spell. "BTC+ETH" keeps both: a letter follows. */
function isPlusVariantAt(text: string, end: number): boolean {
  return plusVariantEnd(text, end) !== end;
}

/** Where the pluses of a variant written at `end` stop; `end` when there is no variant there. */
export function plusVariantEnd(text: string, end: number): number {
  let after = end;
  while (text.charCodeAt(after) === PLUS) after++;
  return after === end || isWordCharAt(text, after) ? end : after;
}

const PLUS = 43;

/** symbol.replace(/\d/g, '').length, without the copy. */
function lettersIn(symbol: string): number {
  let count = 0;
  for (let i = 0; i < symbol.length; i++) {
    const code = symbol.charCodeAt(i);
    if (code < 48 || code > 57) count++;
  }
  return count;
}

function spelledOutAfter(text: string, end: number, symbol: string): boolean {
  const words = appositiveAfter(text, end);
  if (!words) return false;
  // The shortest run of leading words that spells the ticker ("all-time high" for ATH).
  for (let count = 1; count <= words.length; count++) if (spellsAcronym(words.slice(0, count), symbol, true)) return true;
  return false;
}

function mention(coinId: string, symbol: string, start: number, end: number, form: Mention['form'], confidence: number, alternatives: string[] = []): Mention {
  return alternatives.length > 0 ? { coinId, symbol, start, end, form, confidence, alternatives } : { coinId, symbol, start, end, form, confidence };
}

