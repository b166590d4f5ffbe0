/**
 * Coins named after something famous outside crypto: the thing itself is written far more often
 * than the coin (a zoo's pygmy hippo, a dog breed, a cartoon frog, a film franchise, a squirrel),
 * on pages that are not about crypto at all. Their names need page evidence like the ordinary-word
 * names (lexicon/name-policy.ts makes them `needs-context`): another coin the page names, the
 * coin's own ticker or cashtag, a crypto noun or a price after the name. Name keys (lower case).
 * "0x" is also the hexadecimal prefix that every programming tutorial explains.
 */
export const NAMESAKE_NAMES: ReadonlySet<string> = new Set([
  'tron', 'pepe', 'floki', 'shiba inu', 'moo deng', 'peanut the squirrel', '0x',
  // the halo beside the sun, a nature documentary series, an astronomer's chart book
  'sundog', 'alien worlds', 'star atlas',
  // a dog breed like the Shiba Inu; NASA's Jupiter probe and the Roman goddess
  'akita inu', 'juno',
  // the Pacific root drink; the Matrix's captain and the god of dreams
  'kava', 'morpheus',
  // Yayoi Kusama, the artist
  'kusama',
]);

/**
 * Coins named after a person's surname, which a given name right before makes that person
 * ("mathematician Gerolamo Cardano", "Wei Dai", "Javier Solana", "designer Anna Sui"; scan/namesakes.ts). Only these: a
 * capitalised word before another coin's name is an exchange, a program or an upgrade ("exchange
 * Mercado Bitcoin", "Stiftung Ethereum", "Network Arbitrum"), and the person's sense would have
 * taken the coin from the whole page.
 */
export const SURNAME_NAMES: ReadonlySet<string> = new Set(['cardano', 'dai', 'solana', 'sui']);

/**
 * Coins named after a unit of crypto itself: coin id → the project whose coin it is. Ethereum's
 * fee unit is "gas" ("21,000 GAS", "Gas Limit"); NEO's coin GAS counts only where the page names
 * NEO, or in the coin's own strong forms and price phrases (scan/namesakes.ts).
 */
export const UNIT_NAMED_COINS: ReadonlyMap<string, string> = new Map([
  ['gas', 'neo'],
]);
