/** Words right after a name that make it a crypto project ("Helium token", "Near Foundation"). */
export const CRYPTO_NOUNS: ReadonlySet<string> = new Set([
  'token', 'tokens', 'coin', 'coins', 'memecoin', 'network', 'protocol', 'blockchain', 'chain',
  'mainnet', 'testnet', 'ecosystem', 'price', 'holders', 'validators', 'dao', 'foundation', 'labs',
  'staking', 'airdrop', 'whales', 'treasury', 'tvl', 'etf', 'etfs', 'futures', 'perps', 'wallet',
  'exchange', 'dex', 'bridge', 'stablecoin',
]);

/** Words before a name that make it a chain or venue on a crypto page ("deployed on Avalanche",
 * "bridged from Polygon", "rivals like Near"). Lower case only: "Near the close" starts a sentence. */
export const CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'onto', 'to', 'from', 'across', 'via', 'into', 'including', 'like', 'than', 'atop', 'versus',
]);

/** Words that, right after a capitalised ordinary-word name, show it is just a word
 * ("Near the close of trading", "Render the ruling moot"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'and', 'or',
  'than', 'that', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'it', 'we', 'you', 'they', 'is', 'are', 'was', 'were', 'be', 'been', 'term', 'end', 'record',
  'high', 'low', 'all', 'every', 'some', 'any', 'no', 'not', 'into', 'over', 'under', 'out', 'up',
]);

/** Last words that make a capitalised phrase a project name worth a long-tail lookup
 * ("Ocean Protocol", "Akash Network"). "Labs" and "Foundation" name companies, not tokens. */
export const PROJECT_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'Protocol', 'Network', 'Finance', 'Chain', 'DAO', 'Swap', 'AI', 'Coin', 'Token', 'Exchange',
]);

/** Heads of an appositive that make the name before it a person's ("Wei Dai, founder of …",
 * "Sun, the CEO of …"), whatever coin shares the name. */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'founder', 'co-founder', 'cofounder', 'ceo', 'cto', 'cfo', 'coo', 'chief', 'creator', 'inventor',
  'president', 'chairman', 'chairwoman', 'director', 'professor', 'author', 'analyst',
  'researcher', 'economist', 'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'engineer',
  'lawyer', 'attorney', 'senator', 'governor', 'minister', 'secretary', 'commissioner', 'editor',
  'journalist', 'artist', 'cartoonist', 'entrepreneur', 'billionaire',
]);

/** Nouns right after a name that make it the animal it is named after ("a Shiba Inu puppy",
 * "the Shiba Inu breed"), whatever the page. */
export const LITERAL_HEADS: ReadonlySet<string> = new Set([
  'puppy', 'puppies', 'pup', 'pups', 'dog', 'dogs', 'breed', 'breeds', 'breeder', 'breeders', 'kennel', 'mix',
]);

/** Coin names that are also a dog breed (name keys): on a page that binds no other coin they
 * are the dog ("The Shiba Inu is a very friendly dog") unless a token noun or price follows. */
export const BREED_NAMES: ReadonlySet<string> = new Set(['shiba inu', 'shiba', 'akita inu', 'akita']);

/** Coins named after a chain's unit of work (coin id → the chain's coin id): "gas" is what every
 * EVM transaction burns, so GAS/Gas is NEO's gas token only on a page that names NEO. */
export const UNIT_COIN_CHAINS: ReadonlyMap<string, string> = new Map([['gas', 'neo']]);
