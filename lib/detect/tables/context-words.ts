/** Words right after a name that make it a crypto project ("Helium token", "Near Foundation",
 * "the Marinade Discord"). */
export const CRYPTO_NOUNS: ReadonlySet<string> = new Set([
  'token', 'tokens', 'coin', 'coins', 'memecoin', 'network', 'protocol', 'blockchain', 'chain',
  'mainnet', 'testnet', 'ecosystem', 'price', 'holder', 'holders', 'validators', 'dao', 'foundation', 'labs',
  'staking', 'airdrop', 'whales', 'treasury', 'tvl', 'etf', 'etfs', 'futures', 'perps', 'wallet',
  'exchange', 'dex', 'bridge', 'stablecoin', 'finance', 'cryptocurrency', 'crypto',
  // a DeFi protocol's liquidity and its incidents ("the Curve pool", "after the Curve exploit")
  'pool', 'pools', 'exploit',
  // "the Marinade Discord", "Maker PSM": the project's own community channel or module.
  'discord', 'telegram', 'psm',
]);

/** Words before a name that make it a chain or venue on a crypto page ("deployed on Avalanche",
 * "bridged from Polygon", "rivals like Near"). Lower case only: "Near the close" starts a sentence. */
export const CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'onto', 'to', 'from', 'across', 'via', 'into', 'including', 'like', 'than', 'atop', 'versus',
  // a chain named after its noun ("the blockchain Avalanche"; not "chain": a restaurant chain)
  'blockchain', 'mainnet',
]);

/** Words that, right after a capitalised ordinary-word name, show it is just a word
 * ("Near the close of trading", "Render the ruling moot"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'and', 'or',
  'than', 'that', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'it', 'we', 'you', 'they', 'is', 'are', 'was', 'were', 'be', 'been', 'term', 'end', 'record',
  'high', 'low', 'all', 'every', 'some', 'any', 'no', 'not', 'into', 'over', 'under', 'out', 'up',
  // Conjunctions that open a clause: "When Compound modified …", "While Compound’s reward …"
  // start no proper noun.
  'when', 'while', 'if', 'although', 'though', 'because', 'since', 'unless', 'once', 'whereas',
  'but', 'so', 'yet',
]);

/** Words that open a question before a name ("Will Shiba Inu coin reach $1?", "How Polygon scaled"):
 * capitalised there by position only, never the head of a longer proper noun. Asked of the word
 * before a name only (FUNCTION_WORDS is asked of the word after it too). Not "Before" or "After":
 * "Before Midnight, traders sold" is a time. Nor the question word for a thing: the content-script
 * build renames a field spelt so, and no table word may be one (test/unit/page/page-tables.test.ts). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'will', 'can', 'could', 'should', 'would', 'does', 'did', 'do', 'has', 'have', 'had', 'why', 'how',
  'where', 'who', 'which',
  // … and the name's kind at a sentence's start ("Memecoins Shiba Inu and Dogecoin also rose")
  'memecoins', 'altcoins', 'stablecoins', 'tokens', 'coins', 'cryptocurrencies',
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

/** Nouns after a capitalised phrase that make it a long-tail token's name ("Ocean token"). */
export const LONG_TAIL_NOUNS: ReadonlySet<string> = new Set(['token', 'tokens', 'coin', 'memecoin']);

/** Capitalised sector words that precede "tokens" without naming a project. */
export const GENERIC_TOKEN_WORDS: ReadonlySet<string> = new Set([
  'Meme', 'Gaming', 'Governance', 'Utility', 'Security', 'Privacy', 'Layer', 'Exchange', 'Stable',
  'Crypto', 'Altcoin', 'Payment', 'Reward', 'Platform', 'Native',
  // Determiners: "Any token holder can vote", "Every token counts" name no project.
  'Any', 'Every', 'Each', 'All', 'No', 'Some', 'Which', 'What', 'This', 'That', 'These', 'Those',
  'Its', 'Their', 'Your', 'Our', 'My', 'Another', 'Other', 'Such', 'One',
  // A token allocation's categories: "Team and Company tokens will be unlocked", "Ecosystem tokens".
  'Team', 'Company', 'Foundation', 'Ecosystem', 'Treasury', 'Community', 'Investor', 'Investors',
  'Advisor', 'Advisors', 'Advisory', 'Reserve', 'Partner', 'Partners', 'Marketing', 'Liquidity', 'Seed',
  'Private', 'Public', 'Sale', 'Locked', 'Unlocked', 'Vested', 'Bonus',
]);

/**
 * Generic terms and technologies that /coins/list also holds as some small coin's name (a
 * "Liquid Staking Token", "Move Dollar" by its first word): written as a name, they are the term
 * ("LST — Liquid Staking Token —", "Move-based chains"); only a ticker or `Name (SYM)` is the coin.
 * Read by the background's long-tail resolver.
 */
export const GENERIC_TERM_NAMES: ReadonlySet<string> = new Set([
  'liquid staking token', 'liquid staking tokens', 'liquid restaking token', 'liquid restaking tokens',
  'liquid staking derivative', 'liquid staking derivatives',
  'liquid staking', 'liquid restaking', 'restaking', 'governance token', 'utility token', 'security token',
  'stable coin', 'meme coin', 'wrapped token', 'smart contract', 'smart contracts', 'real world asset',
  'real world assets', 'decentralized finance', 'proof of stake', 'proof of work', 'layer', 'move',
  'solidity', 'rust', 'zero knowledge', 'rollup', 'rollups',
  // "$200 Million and BTC …": an amount's word, never a small coin named after it
  'hundred', 'thousand', 'million', 'billion', 'trillion',
  // "Metaverse tokens rallied": a sector, never Metaverse ETP by its name
  'metaverse',
  // "Native Token: COMP", "the network's gas token": what a token is for, never a coin's name
  // ("Native" and "Gas Token" are small coins in /coins/list).
  'native token', 'native tokens', 'native coin', 'gas token', 'gas tokens', 'reward token', 'reward tokens',
  // "the LEO Miner token": a mining app's token, never Miner Arena by its first word
  'miner', 'miner token',
  // "SPT Power and Hive Power", "LEO Power": Hive blogs' word for a staked balance, never the
  // small coin /coins/list names "POWER"
  'power',
  // A chain's own protocols, which small coins took as names: Cardano's consensus ("the Ouroboros
  // Protocol adds the next block") and contract language, Bitcoin's 2021 upgrade, Avalanche's
  // consensus. Only the chain's own coin is meant on such pages; `Name (SYM)` still names the coin.
  'ouroboros', 'ouroboros protocol', 'ouroboros praos', 'plutus', 'taproot', 'snowman',
  // "The Coin I Almost Believed In": a headline's noun phrase, never the small coins named "the coin"
  // or "token"
  'coin', 'coins', 'token', 'tokens', 'the coin', 'the token', 'a coin', 'a token', 'this coin', 'this token',
]);

/** Small words an acronym skips ("Securities and Exchange Commission (SEC)", "Americans with
 * Disabilities Act (ADA)"): paren-symbol.ts. */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'a', 'an', 'to', 'in', 'on', 'with']);

/** The coin nouns scan/defined-names.ts looks for before it runs its appositive regex
 * (", a Solana-based memecoin"); they match that regex's noun list (tables/phrase-patterns.ts). */
export const APPOSITIVE_COIN_NOUNS: readonly string[] = ['coin', 'token', 'cryptocurrency', 'memecoin', 'stablecoin', 'altcoin'];
