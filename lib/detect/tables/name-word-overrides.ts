/**
 * Corrections to the dictionary test that decides whether a coin name is an ordinary word
 * (ordinary-word names count only with crypto context).
 *
 * The English word lists used at build time know common nouns but not proper nouns, so
 * names that are also people, places or planets are listed here as ordinary. A few names the
 * dictionary knows are nevertheless unambiguous in the news we read: "Tether minted $1B" starts
 * a sentence and must still count (capitalised), and CoinDesk-style copy writes "bitcoin (BTC)
 * rose … while ether (ETH) gained" in lower case (any case).
 */
export const PROPER_NOUN_NAMES: ReadonlySet<string> = new Set([
  'jupiter', 'brett', 'quant', 'phoenix', 'canton', 'ronin', 'kaia', 'gate', 'aster', 'ultima',
  'monad', 'plume', 'pi', 'story', 'vision', 'core', 'sonic',
  'neo', 'flow', 'babylon', 'orca', 'tensor', 'zeta',
  'arc', 'swarms', 'turbo', 'dogs', 'safe', 'dent', 'uma', 'band', 'osmosis', 'secret', 'oasis',
  'harmony', 'waves', 'icon', 'golem', 'prime', 'degen', 'memecoin', 'blast', 'usual', 'maker',
  'sky', 'grass', 'luna', 'terra', 'hash', 'siren', 'stable', 'rain', 'based', 'portal', 'genius',
  'request', 'nomina', 'treehouse', 'midnight', 'plasma', 'movement', 'walrus', 'venom', 'beam',
  'just', 'gala', 'flare', 'mantle', 'olympus', 'rekt',
  // "according to Arkham data": the analytics firm is cited far more often than its token
  'arkham', 'venus', 'chia', 'nano', 'velas', 'komodo', 'aptos', 'dia',
  // given names that bylines and quotes carry ("analyst Akash …", "Ren Zhengfei")
  'akash', 'kaito', 'ren', 'zora',
  // words the dictionary lists miss: "counterparty risk", the Métis people written without the
  // accent, Spanish and Italian "linea"
  'counterparty', 'metis', 'linea',
  // the American spelling of doughnut, which the lists lack (r/ethtrader's community token)
  'donut',
  // products and coins named like a legend, a mathematician, a drum
  'camelot', 'euler', 'taiko',
  // an adjective of crypto writing before it is a project's name ("a multichain future")
  'multichain',
]);

export const CAPITALIZED_DESPITE_DICTIONARY: ReadonlySet<string> = new Set(['tether', 'ripple', 'toncoin', 'chainlink']);

/** Names no English word list knows that are everyday words of other languages the extension's
 * readers write: counted only capitalised ("celo" is Slovene "even", Spanish "zeal"). */
export const WORDS_OF_OTHER_LANGUAGES: ReadonlySet<string> = new Set(['celo']);

export const ANY_CASE_DESPITE_DICTIONARY: ReadonlySet<string> = new Set(['bitcoin', 'ether', 'ethereum', 'solana']);

/**
 * Coin names that alone are never the coin: CoinGecko names these coins after their tickers, and
 * the word means something else first: "Joe" is a given name ("Joe said …" on a page dense with
 * coins), "Rari" is also Rari Capital (another coin), "Solve" a verb. The products' own names
 * still count (`Trader Joe`, `Rarible`, `Solve.Care`: tables/name-aliases.ts). "Nexo" is first the
 * lending firm ("earn 8% at Nexo"): it comes back as a firm, like "Ripple" (name-aliases.ts).
 * "Uma" is Portuguese "a" ("uma rede", "Uma comunidade") and a given name; the token is written
 * as its ticker, UMA.
 */
export const NAMES_NEVER_ALONE: ReadonlySet<string> = new Set(['joe', 'rari', 'solve', 'nexo', 'uma']);
