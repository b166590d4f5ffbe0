/**
 * Names news text uses for a coin besides its CoinGecko name. Each maps to a CoinGecko id.
 * 'needs-context' marks aliases that are ordinary words too; they count only with crypto
 * context (see scan/accept-name.ts).
 */
import type { NamePolicy } from '../types';

export interface NameAlias {
  readonly name: string;
  readonly coinId: string;
  /** Default 'capitalized'. */
  readonly policy?: NamePolicy;
}

/**
 * A firm's name that was its coin's common name until a date: news called XRP "Ripple" until
 * market sites listed it as XRP in 2018 ("the cryptocurrency widely known as Ripple", Sept 2018).
 * Before the date the name alone is the coin unless the firm's own words stand beside it
 * (scan/verdicts.ts); after it, the firm unless a price or a list says coin. Name key → until.
 */
export const FIRM_NAMES_AS_COIN: Readonly<Record<string, string>> = { ripple: '2019-01-01' };

export const NAME_ALIASES: readonly NameAlias[] = [
  // 'bitcoin (BTC) rose … while ether (ETH) gained' — CoinDesk style calls the coin 'ether'
  { name: 'Ether', coinId: 'ethereum', policy: 'any-case' },
  // … and Ethereum Classic's coin the same way ("ether classic traded down the most"), never Ether.
  { name: 'Ether Classic', coinId: 'ethereum-classic', policy: 'any-case' },
  // "my Eth position", "Eth-based tokens": the ticker written as a word; context decides.
  { name: 'Eth', coinId: 'ethereum', policy: 'needs-context' },
  // Tickers forum posts write as lower-case words ("btc/eth", "stacking ltc"): the coin only where
  // the page names it otherwise, quotes a price or lists it by a coin (scan/verdicts.ts).
  { name: 'Btc', coinId: 'bitcoin', policy: 'needs-context' },
  { name: 'Ltc', coinId: 'litecoin', policy: 'needs-context' },
  { name: 'Usdt', coinId: 'tether', policy: 'needs-context' },
  { name: 'Xmr', coinId: 'monero', policy: 'needs-context' },
  { name: 'Bch', coinId: 'bitcoin-cash', policy: 'needs-context' },
  { name: 'Trx', coinId: 'tron', policy: 'needs-context' },
  { name: 'Xlm', coinId: 'stellar', policy: 'needs-context' },
  // Stellar's coin by its own name, as 2017–19 writers called it ("Stellar Lumens does not use proof
  // of work"); "Lumens" alone is also the unit of light, so only where the page binds Stellar.
  { name: 'Stellar Lumens', coinId: 'stellar' },
  { name: 'Lumens', coinId: 'stellar', policy: 'needs-context' },
  // The name Bitcoin's side in the 2017 block-size fight gave Bitcoin Cash ("It reeks of Bcash").
  { name: 'Bcash', coinId: 'bitcoin-cash', policy: 'any-case' },
  // TRON's coin as its 2017–18 white paper and exchanges named it ("Tronix (TRX)"); "tronix" is no English word.
  { name: 'Tronix', coinId: 'tron' },
  // Pax Dollar's name until its 2021 rebrand ("Paxos Standard (PAX)").
  { name: 'Paxos Standard', coinId: 'paxos-standard' },
  // OMG Network's name until its 2020 rebrand ("OmiseGO (OMG)").
  { name: 'OmiseGO', coinId: 'omisego' },
  // The two sides of Bitcoin Cash's November 2018 fork by the names exchanges gave them ("Bitcoin
  // Cash SV (BCHSV)", "Bitcoin Cash ABC (BCHABC)"): the longer name is the fork, never Bitcoin Cash
  // and stray letters. ABC's coin is dated (tables/renamed-tickers.ts).
  { name: 'Bitcoin Cash SV', coinId: 'bitcoin-cash-sv' },
  { name: 'Bitcoin Cash ABC', coinId: 'bitcoin-cash' },
  { name: 'Shib', coinId: 'shiba-inu', policy: 'needs-context' },
  // "he does not own any shiba coin": the short name with "coin", no dog or word.
  { name: 'Shiba Coin', coinId: 'shiba-inu', policy: 'any-case' },
  // Osmosis's ticker as forum writers capitalise it ("integration of Osmo and Atom"); not Atom,
  // which is also Intel's processor and GitHub's editor.
  { name: 'Osmo', coinId: 'osmosis', policy: 'needs-context' },
  { name: 'Avax', coinId: 'avalanche-2', policy: 'needs-context' },
  // Cardano's coin is written as a name as often as a ticker ("Ada holders delegate"); a woman's
  // name and a programming language too, so only with crypto context or Cardano on the page.
  { name: 'Ada', coinId: 'cardano', policy: 'needs-context' },
  // The same for Algorand's ticker written as a word ("2nd- Algo", "Algo is backed by …").
  { name: 'Algo', coinId: 'algorand', policy: 'needs-context' },
  // Dogecoin's ticker written as a word ("Doge has halved since …", "#Doge"); also the meme dog and
  // the Venetian ruler, so only where the page binds Dogecoin (scan/verdicts.ts, tickers as words).
  { name: 'Doge', coinId: 'dogecoin', policy: 'needs-context' },
  // Polygon's old ticker written as a word ("Matic is a layer-2 …"), as 2021–22 writers did.
  { name: 'Matic', coinId: 'matic-network', policy: 'needs-context' },
  // Other tickers forum writers capitalise as words ("Hbar holders", "staking Kas"); none an English
  // word, so the rule for tickers written as words (scan/verdicts.ts) judges them: the page binds the coin firmly.
  { name: 'Hbar', coinId: 'hedera-hashgraph', policy: 'needs-context' },
  { name: 'Xtz', coinId: 'tezos', policy: 'needs-context' },
  { name: 'Egld', coinId: 'elrond-erd-2', policy: 'needs-context' },
  { name: 'Kas', coinId: 'kaspa', policy: 'needs-context' },
  { name: 'Inj', coinId: 'injective-protocol', policy: 'needs-context' },
  { name: 'Icp', coinId: 'internet-computer', policy: 'needs-context' },
  { name: 'Grt', coinId: 'the-graph', policy: 'needs-context' },
  // The company and the coin share the name (CoinGecko's id for XRP is 'ripple'). "Ripple"
  // alone is the firm ("sued Ripple", "Ripple's native token"); listed among coins or quoted
  // a price ("Bitcoin, Ethereum, Ripple and Litecoin") it is the coin.
  { name: 'Ripple', coinId: 'ripple', policy: 'company' },
  // The lender and its token share the name: "at Nexo", "Nexo's app" are the firm; "Nexo rose 4%",
  // "Nexo price", listed among coins, the token (NEXO counts as a ticker anyway).
  { name: 'Nexo', coinId: 'nexo', policy: 'company' },
  // Bitcoin's node software and the 2015–18 block-size camps named after it ("Bitcoin Unlimited
  // supporters", "Bitcoin ABC emerged as the dominant chain"): the longer name is the software or the
  // camp, never Bitcoin, and the coin only where a price says so.
  { name: 'Bitcoin ABC', coinId: 'bitcoin-cash', policy: 'company' },
  { name: 'Bitcoin Classic', coinId: 'bitcoin', policy: 'company' },
  { name: 'Bitcoin Unlimited', coinId: 'bitcoin', policy: 'company' },
  { name: 'Bitcoin XT', coinId: 'bitcoin', policy: 'company' },
  // Firms, an index and a standard that carry the coin's name ("Chris Kline, Bitcoin IRA COO",
  // "Ether Capital raised C$45 million", "CoinDesk's Bitcoin Price Index", "the Bitcoin
  // Improvement Proposal (BIP) 91"): the longer name, and the coin only where a price says so.
  { name: 'Bitcoin IRA', coinId: 'bitcoin', policy: 'company' },
  { name: 'Ether Capital', coinId: 'ethereum', policy: 'company' },
  { name: 'Bitcoin Price Index', coinId: 'bitcoin', policy: 'company' },
  { name: 'Bitcoin Improvement Proposal', coinId: 'bitcoin', policy: 'company' },
  // Brazil's largest exchange ("dados da exchange Mercado Bitcoin").
  { name: 'Mercado Bitcoin', coinId: 'bitcoin', policy: 'company' },
  // The coin's name split in two, as some writers and translations spell it ("Bit Coin and Doge coin").
  { name: 'Bit Coin', coinId: 'bitcoin' },
  { name: 'Lite Coin', coinId: 'litecoin' },
  // EOS's software and chain by their 2018 name ("EOS.IO block production").
  { name: 'EOS.IO', coinId: 'eos' },
  // Spanish writers who accent it as a Spanish word ("el bitcóin").
  { name: 'Bitcóin', coinId: 'bitcoin', policy: 'any-case' },
  // TON's first name, while Telegram built it (2018–20), and Floki's name until 2023.
  { name: 'Telegram Open Network', coinId: 'the-open-network' },
  { name: 'Floki Inu', coinId: 'floki' },
  // Pudgy Penguins' token by its ticker written as a word ("meme tokens like Pengu and …").
  { name: 'Pengu', coinId: 'pudgy-penguins', policy: 'needs-context' },
  { name: 'XRP Ledger', coinId: 'ripple' },
  { name: 'XRPL', coinId: 'ripple' },
  // A name ending in "Coin" or "Credits" is written with a small "coin" as often ("the Binance
  // coin", "USD coin", "LBRY credit"): no ordinary phrase, so any case.
  { name: 'Binance Coin', coinId: 'binancecoin', policy: 'any-case' },
  { name: 'LBRY credit', coinId: 'lbry-credits', policy: 'any-case' },
  { name: 'Wrapped Ether', coinId: 'weth' },
  { name: 'Wrapped BTC', coinId: 'wrapped-bitcoin' },
  { name: 'USD Coin', coinId: 'usd-coin', policy: 'any-case' },
  { name: 'Tether', coinId: 'tether' },
  // Maker's two Dai by their own names, whatever the text's date ("the launch of multi-collateral
  // DAI" in 2019 is the new Dai; "Single-collateral Dai" the old one, Sai).
  { name: 'Multi-Collateral Dai', coinId: 'dai', policy: 'any-case' },
  { name: 'Single-Collateral Dai', coinId: 'sai', policy: 'any-case' },
  // Nervos Network's CKB by its short name ("invested in Starkware and Nervos").
  { name: 'Nervos', coinId: 'nervos-network' },
  { name: 'The Open Network', coinId: 'the-open-network' },
  { name: 'Polygon', coinId: 'polygon-ecosystem-token', policy: 'needs-context' },
  { name: 'Near', coinId: 'near', policy: 'needs-context' },
  { name: 'Near Protocol', coinId: 'near' },
  { name: 'Cosmos', coinId: 'cosmos', policy: 'needs-context' },
  { name: 'Hedera Hashgraph', coinId: 'hedera-hashgraph' },
  { name: 'Fetch.ai', coinId: 'fetch-ai' },
  { name: 'ASI Alliance', coinId: 'fetch-ai' },
  { name: 'Render Network', coinId: 'render-token' },
  { name: 'Akash', coinId: 'akash-network', policy: 'needs-context' }, // also a given name (name-word-overrides.ts)
  { name: 'Virtuals', coinId: 'virtual-protocol' },
  { name: 'Lido', coinId: 'lido-dao' },
  { name: 'MakerDAO', coinId: 'maker' },
  // "a big hit for Curve finance": no ordinary phrase, so in any case after the capital.
  { name: 'Curve Finance', coinId: 'curve-dao-token', policy: 'any-case' },
  // The exchange and its token: "SushiSwap (SUSHI)", "a fork of Uniswap".
  { name: 'SushiSwap', coinId: 'sushi' },
  { name: 'Curve', coinId: 'curve-dao-token', policy: 'needs-context' },
  { name: 'Ondo Finance', coinId: 'ondo-finance' },
  { name: 'Pyth', coinId: 'pyth-network' },
  { name: 'Ankr', coinId: 'ankr' },
  // Pi Network's coin by its two-letter name and "Coin" ("Pi Coin"): "Pi" alone is never a name.
  { name: 'Pi Coin', coinId: 'pi-network' },
  { name: 'Theta', coinId: 'theta-token', policy: 'needs-context' }, // also the options Greek ("Delta, Gamma, Theta")
  { name: 'Tron', coinId: 'tron', policy: 'needs-context' }, // also the film (tables/namesakes.ts)
  // UNUS SED LEO, the exchange token, as market recaps write it ("Tron, Leo, and Uniswap"); a
  // first name and a star sign too, so only with crypto context.
  { name: 'Leo', coinId: 'leo-token', policy: 'needs-context' },
  { name: 'Toncoin', coinId: 'the-open-network' },
  // "Telegram's Ton coin surged 22%": the coin's name split in two, as writers do.
  { name: 'Ton coin', coinId: 'the-open-network', policy: 'any-case' },
  // Terra's lending protocol ("20% APY in UST from Anchor"): an ordinary word, so only with context.
  { name: 'Anchor', coinId: 'anchor-protocol', policy: 'needs-context' },
  { name: 'Shiba', coinId: 'shiba-inu', policy: 'needs-context' },
  { name: 'Bittensor', coinId: 'bittensor' },
  { name: 'Worldcoin', coinId: 'worldcoin-wld' },
  { name: 'Jito', coinId: 'jito-governance-token' },
  { name: 'Synthetix', coinId: 'havven' },
  { name: 'Yearn', coinId: 'yearn-finance' },
  { name: 'Terra Classic', coinId: 'terra-luna' },
  // "Solana, Terra Luna, and MATIC" (2021): the old chain's coin by its two names together; the
  // new chain took "Terra" and "LUNA", never the pair, so it is the old coin at any date.
  { name: 'Terra Luna', coinId: 'terra-luna' },
  { name: 'Luna Classic', coinId: 'terra-luna' },
  // The coin of Terra was LUNA on both chains; the name is dated like "Terra" (renamed-tickers.ts).
  { name: 'Luna', coinId: 'terra-luna-2', policy: 'needs-context' },
  { name: 'Mantra', coinId: 'mantra-dao', policy: 'needs-context' },
  { name: 'Pump.fun', coinId: 'pump-fun' },
  { name: 'Ethena', coinId: 'ethena' },
  { name: 'Story Protocol', coinId: 'story-2' },
  { name: 'Sonic Labs', coinId: 'sonic-3' },
  { name: 'Immutable X', coinId: 'immutable-x' },
  { name: 'MultiversX', coinId: 'elrond-erd-2' },
  { name: 'Stacks', coinId: 'blockstack', policy: 'needs-context' },
  { name: 'Maple', coinId: 'syrup', policy: 'needs-context' },
  { name: 'Crypto.com Coin', coinId: 'crypto-com-chain' },
  // ZRX's project: "0x is a behind-the-scenes protocol". A word of its own (an address is one
  // longer word, "0x5F3…"); no capital can be asked of it, and it is also the hexadecimal
  // prefix, so it is a namesake (tables/namesakes.ts): judged by the page's evidence in any case.
  { name: '0x', coinId: '0x', policy: 'needs-context' },
  // Former names of renamed projects, which older text uses (CoinGecko keeps the old id).
  { name: 'Akropolis', coinId: 'akropolis' },
  { name: 'Elrond', coinId: 'elrond-erd-2' },
  { name: 'Zcoin', coinId: 'zcoin' },
  { name: 'TomoChain', coinId: 'tomochain' },
  { name: 'Byteball', coinId: 'byteball' },
  { name: 'ZenCash', coinId: 'zencash' },
  { name: 'Matic Network', coinId: 'matic-network' },
  // Pax Dollar (USDP) was Paxos Standard (PAX) until 2021; YFII's project wrote "DFI.money".
  { name: 'Paxos Standard', coinId: 'paxos-standard' },
  { name: 'Paxos Standard Token', coinId: 'paxos-standard' },
  { name: 'DFI Money', coinId: 'yfii-finance' },
  // CoinGecko renamed TerraUSD "TerraClassicUSD"; news of 2021–22 writes the old name, also in
  // lower case ("its associated terrausd stablecoin").
  { name: 'TerraUSD', coinId: 'terrausd', policy: 'any-case' },
  // "the collapse of the Terra stablecoin": UST, whatever the date (the name Terra alone is dated).
  { name: 'Terra stablecoin', coinId: 'terrausd', policy: 'any-case' },
  { name: 'Klaytn', coinId: 'kaia' },
  { name: 'Blockstack', coinId: 'blockstack' },
  { name: 'Havven', coinId: 'havven' },
  { name: 'AntShares', coinId: 'neo' },
  { name: 'RaiBlocks', coinId: 'nano' },
  { name: 'Rai Blocks', coinId: 'nano' },
  // Exchange coins by their full names: the exchange alone is a firm, its token is the coin.
  { name: 'Huobi Token', coinId: 'huobi-token' },
  { name: 'FTX Token', coinId: 'ftx-token' },
  { name: 'KuCoin Token', coinId: 'kucoin-shares' },
  { name: 'KuCoin Shares', coinId: 'kucoin-shares' },
  { name: 'Gate Token', coinId: 'gatechain-token' },
  // The project's name without the token's "Crystal"; dated like the ticker (renamed-tickers.ts).
  { name: 'Kyber Network', coinId: 'kyber-network-crystal' },
  // CoinGecko names STEPN's coin after its ticker ("GMT"); the app's name is how news names it.
  { name: 'STEPN', coinId: 'stepn' },
  // CoinGecko's name for the merged ASI token is "Artificial Superintelligence Alliance".
  { name: 'Artificial Superintelligence', coinId: 'fetch-ai' },
  // FXS's name until Frax's 2026 rename (CoinGecko now calls it "Frax"): "Frax Share" is the
  // governance token at any date, never the stablecoin the name "Frax" meant before 2026.
  { name: 'Frax Share', coinId: 'frax-share' },
  // The memecoin CoinGecko calls "Useless Coin", by its word: only with context (its ticker or
  // cashtag on the page, a price, a crypto noun after it).
  { name: 'Useless', coinId: 'useless-3', policy: 'needs-context' },
  // The staked form of a chain's coin, which its blogs write as a unit ("my Hive Power", "Steem
  // Power"): the coin itself, never a word.
  { name: 'Hive Power', coinId: 'hive' },
  // The chains' dollars by their long names ("Hive Backed Dollars (HBD)", "Steem Backed Dollars").
  { name: 'Hive Backed Dollar', coinId: 'hive_dollar' },
  { name: 'Hive Backed Dollars', coinId: 'hive_dollar' },
  { name: 'Steem Backed Dollar', coinId: 'steem-dollars' },
  { name: 'Steem Backed Dollars', coinId: 'steem-dollars' },
  { name: 'Steem Power', coinId: 'steem', policy: 'any-case' },
  ...declinedNames(),
];

/**
 * A coin's name as the Latin-script languages that decline borrowed nouns write it, glued into one
 * word: Polish ("kurs bitcoina", "z bitcoinem", "o bitcoinie"), Czech and Slovak ("cena bitcoinu",
 * "bitcoinů", "bitcoinom"), Croatian and Slovene ("vrijednost bitcoina"), Finnish ("bitcoinin
 * hinta", "bitcoinissa") and Hungarian ("bitcoint", "bitcoinban"). The name's own entry never sees
 * such a word. Only names whose declined forms are no word of English or of those languages; Czech
 * declines "ethereum" from "ethere-" ("cena etherea"), Polish and Czech "Solana" from "Solan-".
 * Each form takes its name's policy.
 */
function declinedNames(): NameAlias[] {
  const afterConsonant = [
    // Polish
    'a', 'owi', 'em', 'ie', 'y', 'ów', 'om', 'ami', 'ach',
    // Czech, Slovak, Croatian, Slovene
    'u', 'ů', 'ům', 'ech', 'e', 'ov', 'och', 'i', 'ima',
    // Finnish
    'in', 'ia', 'iä', 'iin', 'issa', 'ista', 'illa', 'ille', 'ilta', 'ina', 'ien', 'eja', 'ejä',
    // Hungarian
    't', 'nak', 'nal', 'ban', 'ba', 'ból', 'ra', 'ról', 'tól', 'hoz', 'ok', 'okat', 'okban', 'okkal',
  ];
  const stems: [stem: string, coinId: string, endings: readonly string[], policy?: NamePolicy][] = [
    ['bitcoin', 'bitcoin', afterConsonant, 'any-case'],
    ['dogecoin', 'dogecoin', afterConsonant, 'any-case'],
    ['litecoin', 'litecoin', afterConsonant, 'any-case'],
    ['ether', 'ethereum', afterConsonant, 'any-case'],
    ['ethereum', 'ethereum', afterConsonant, 'any-case'],
    ['ethere', 'ethereum', ['a', 'u', 'em'], 'any-case'],
    ['Tether', 'tether', afterConsonant],
    ['Solan', 'solana', ['y', 'ie', 'ę', 'ą', 'ě', 'u', 'ou'], 'any-case'],
  ];
  return stems.flatMap(([stem, coinId, endings, policy]) => endings.map((ending) => ({ name: stem + ending, coinId, ...(policy ? { policy } : {}) })));
}

/**
 * Products named apart from their coin: a protocol, exchange, game ecosystem or network whose token
 * CoinGecko names otherwise (`KyberSwap` for Kyber Network Crystal, `Camelot` for "Camelot Token",
 * `Trader Joe` for JOE). The realtext rules count a project's name as its coin (rule 1), and news
 * names the product far more often than the token. Names that are ordinary words or places
 * (Camelot, Convex, Velodrome) need crypto context like any such name. Products with no coin
 * (OpenSea, Phantom, MetaMask, Farcaster) are in company-names.ts `TOKENLESS_NETWORKS`; coins that
 * CoinGecko already names after the product (ParaSwap, PancakeSwap, Treasure, Magic Eden) need no
 * row, only a place in the per-tab lexicon (lexicon/notable-long-tail.ts).
 */
export const PRODUCT_NAMES: readonly NameAlias[] = [
  // DEXes and aggregators named "…Swap" or after a founder's pun
  { name: 'KyberSwap', coinId: 'kyber-network-crystal' },
  { name: 'Trader Joe', coinId: 'joe' },
  { name: 'TraderJoe', coinId: 'joe' },
  { name: 'Camelot', coinId: 'camelot-token', policy: 'needs-context' },
  { name: 'Camelot DEX', coinId: 'camelot-token' },
  { name: 'CoW Swap', coinId: 'cow-protocol' },
  { name: 'CowSwap', coinId: 'cow-protocol' },
  { name: 'Curve.fi', coinId: 'curve-dao-token' },
  { name: 'Velodrome', coinId: 'velodrome-finance', policy: 'needs-context' },
  { name: 'Aerodrome', coinId: 'aerodrome-finance', policy: 'needs-context' },
  { name: 'Jupiter Exchange', coinId: 'jupiter-exchange-solana' },
  // lending, yield and derivatives protocols
  { name: 'Lido Finance', coinId: 'lido-dao' },
  { name: 'Compound Finance', coinId: 'compound-governance-token' },
  { name: 'Yearn Finance', coinId: 'yearn-finance' },
  { name: 'Convex', coinId: 'convex-finance', policy: 'needs-context' },
  { name: 'Instadapp', coinId: 'instadapp' },
  { name: 'Abracadabra', coinId: 'spell-token', policy: 'needs-context' },
  { name: 'Abracadabra.money', coinId: 'spell-token' },
  { name: 'OlympusDAO', coinId: 'olympus' },
  { name: 'Olympus DAO', coinId: 'olympus' },
  { name: 'Mango Markets', coinId: 'mango-markets' },
  { name: 'Radiant', coinId: 'radiant-capital', policy: 'needs-context' },
  { name: 'Euler Finance', coinId: 'euler' },
  { name: 'Stader Labs', coinId: 'stader' },
  { name: 'EtherFi', coinId: 'ether-fi' },
  { name: 'KelpDAO', coinId: 'kelp-dao' },
  { name: 'Drift', coinId: 'drift-protocol', policy: 'needs-context' },
  // bridges and interoperability
  { name: 'Synapse Protocol', coinId: 'synapse-2' },
  { name: 'Celer', coinId: 'celer-network' },
  // game ecosystems and NFT venues
  { name: 'TreasureDAO', coinId: 'magic' },
  { name: 'Treasure DAO', coinId: 'magic' },
  { name: 'Rarible', coinId: 'rarible' },
  { name: 'Axie', coinId: 'axie-infinity' },
  { name: 'Sandbox', coinId: 'the-sandbox', policy: 'needs-context' },
  { name: 'Enjin', coinId: 'enjincoin' },
  { name: 'Gala Games', coinId: 'gala' },
  // networks named with their product line
  { name: 'zkSync Era', coinId: 'zksync' },
  { name: 'Manta Pacific', coinId: 'manta-network' },
  { name: 'Metis Andromeda', coinId: 'metis-token' },
  { name: 'Gnosis Chain', coinId: 'gnosis' },
  { name: 'Movement Labs', coinId: 'movement' },
  { name: 'Maple Finance', coinId: 'syrup' },
  { name: 'Phala Network', coinId: 'pha' },
  { name: 'Umee', coinId: 'umee' },
  { name: 'Cream Finance', coinId: 'cream-2' },
  // CoinGecko names the coin after its ticker ("SOLVE").
  { name: 'Solve.Care', coinId: 'solve-care' },
  // ai16z's 2025 name; Tron's DEX and lending market, whose tokens are SUN and JST.
  { name: 'ElizaOS', coinId: 'ai16z' },
  { name: 'SunSwap', coinId: 'sun-token' },
  { name: 'JustLend', coinId: 'just' },
  // Hive's card game, whose token CoinGecko names "Splintershards" (SPS); mStable, whose
  // governance token it names "mStable Governance: Meta" (MTA); Vesper, "Vesper Finance".
  { name: 'Splinterlands', coinId: 'splinterlands' },
  { name: 'mStable', coinId: 'meta', policy: 'any-case' },
  { name: 'Vesper', coinId: 'vesper-finance', policy: 'needs-context' },
  // Reddit's community points by their users' word ("r/CryptoCurrency Moons" on CoinGecko): the
  // word is the moons of a planet too, so only with context.
  { name: 'Moons', coinId: 'moon', policy: 'needs-context' },
  // The same points named with their site ("my first Reddit Moon distribution"): no planet has these.
  { name: 'Reddit Moon', coinId: 'moon' },
  { name: 'Reddit Moons', coinId: 'moon' },
  // Farcaster's tipping token TN100x by its app's name ("Ham tips", "One Ham = 1 $TN100X"): a
  // meat and a radio hobby too, so only with context.
  { name: 'Ham', coinId: 'tn100x', policy: 'needs-context' },
  // The lending protocol of 2020–22, whose token CoinGecko names "Rari Governance" (RGT): the
  // longer name keeps "Rari" from reading as Rarible's RARI.
  { name: 'Rari Capital', coinId: 'rari-governance-token' },
  // Optimism's governance body, its own organisation: the word "optimism" needs context, this does not.
  { name: 'Optimism Collective', coinId: 'optimism' },
  // CoinGecko names the coin after its ticker; "Kaito" alone is a given name (needs context).
  { name: 'Kaito AI', coinId: 'kaito' },
];

/**
 * Networks written as data ("deployed on BSC", "bridged to Arbitrum One", "the Polygon PoS
 * chain"): a chain named counts as the chain's coin (renamed ones follow the text's date).
 */
export const CHAIN_NAMES: readonly NameAlias[] = [
  { name: 'BNB Chain', coinId: 'binancecoin' },
  { name: 'BNB Smart Chain', coinId: 'binancecoin' },
  { name: 'Binance Smart Chain', coinId: 'binancecoin' },
  { name: 'Binance Chain', coinId: 'binancecoin' },
  { name: 'BSC', coinId: 'binancecoin' },
  { name: 'Arbitrum One', coinId: 'arbitrum' },
  { name: 'Arbitrum Nova', coinId: 'arbitrum' },
  { name: 'OP Mainnet', coinId: 'optimism' },
  { name: 'Polygon PoS', coinId: 'polygon-ecosystem-token' },
  // "zkEVM" starts in lower case, so the name is matched in any case.
  { name: 'Polygon zkEVM', coinId: 'polygon-ecosystem-token', policy: 'any-case' },
  { name: 'Avalanche C-Chain', coinId: 'avalanche-2' },
  // "on Tron network", "the TRON Network": the chain, whatever the case; never the film.
  { name: 'TRON network', coinId: 'tron', policy: 'any-case' },
  // Chains named for their coin's ecosystem: BNB's L2, ApeCoin's chain.
  { name: 'opBNB', coinId: 'binancecoin', policy: 'any-case' },
  { name: 'ApeChain', coinId: 'apecoin' },
];

/**
 * Coins as Chinese, Japanese, Korean, Russian and Ukrainian news write them (and four in
 * Arabic): each row is a CoinGecko id, then its names in those scripts (Cyrillic in
 * lower case). Bitcoin's are those of CoinGecko's own `localization` field
 * (../shared/fixtures/coingecko/coin-bitcoin.json) plus the spellings the press uses beside them
 * (биткойн, біткойн); the rest are the names those languages' crypto press and exchanges use. After
 * an empty string, the names that are also ordinary words or other famous things in their language:
 * they count only as other ordinary-word names do, on a page that already names three coins
 * (scan/verdicts.ts), so a polka-dot dress (ポルカドット), a reply to a post (리플), tethered shooting
 * (テザー撮影, 테더 드론), ripple current (リップル電流), the TRON operating system and the films (トロン,
 * 트론), Cardano's formula (カルダノの公式, 卡尔达诺), a broadcast (эфир), a seismic wave field (波场),
 * a truck after "a wave of" (一波卡车), a chain-link fence (チェーンリンクフェンス), collectors' world
 * coins (ワールドコイン), the Colorado Avalanche (아발란체), a disease flaring up again (도지다), Ethernet's
 * first syllables (이더) or a bed and breakfast (비앤비) stay words.
 *
 * How they are read (scan/script-name.ts): Chinese writes no space between words, so a Han name
 * counts wherever it stands ("比特币价格"), and so does an Arabic one (Arabic glues its article and
 * conjunctions before a noun: "والبيتكوين"), a Thai one (Thai writes no space either: "ราคาบิตคอยน์") and a
 * Devanagari one (the tokenizer keeps their vowel signs, which are marks, inside the word). A katakana name needs no
 * katakana before it, whatever follows ("ビットコインウォレット", "ソラナベース"; the longest name first:
 * "ビットコインキャッシュ" is its own row). A Hangul name starts its word (or follows a dot glued to the
 * sentence before); one of four syllables or more may have anything after it ("비트코인값"), a
 * shorter one only a Korean particle or nothing ("테더는", never "테더링", tethering). A Cyrillic name
 * takes a case ending of up to three letters ("биткоина", "біткоїну").
 *
 * Left out: Russian трон (a throne, and "back on the throne" of any market leader), Chinese 瑞波
 * alone (Ripple the firm) and 雪崩 (an avalanche).
 */
export const SCRIPT_NAMES: readonly (readonly string[])[] = [
  ['bitcoin', '比特币', '比特幣', 'ビットコイン', '비트코인', 'биткоин', 'биткойн', 'біткоїн', 'біткоін', 'біткойн', 'بيتكوين', 'بتكوين', 'บิตคอยน์', 'บิทคอยน์', 'बिटकॉइन', 'बिटकोइन'],
  ['ethereum', '以太坊', '以太币', '以太幣', 'イーサリアム', '이더리움', 'эфириум', 'ефіріум', 'етеріум', 'етереум', 'إيثريوم', 'إيثيريوم', 'ايثريوم', 'ايثيريوم', 'أيثريوم', 'إيثوريوم', 'อีเธอเรียม', 'อีเทอเรียม', 'อีทีเรียม', 'इथेरियम', 'एथेरियम', '', 'эфир', 'ефір', '이더'],
  ['tether', '泰达币', '泰達幣', 'тезер', 'เทเธอร์', '', 'テザー', '테더'],
  ['ripple', '瑞波币', '瑞波幣', 'エックスアールピー', '엑스알피', 'ريبل', 'рипъл', 'एक्सआरपी', '', 'リップル', '리플', 'рипл'],
  ['binancecoin', 'バイナンスコイン', '바이낸스코인', '', '币安币', '幣安幣', '비앤비'],
  ['solana', '索拉纳', '索拉納', 'ソラナ', '솔라나', 'солан', 'سولانا', 'โซลานา', 'सोलाना'],
  ['dogecoin', '狗狗币', '狗狗幣', '狗币', 'ドージコイン', 'ドッジコイン', '도지코인', 'догикоин', 'доджкоин', 'доджкоїн', 'доуджкойн', 'دوجكوين', 'دوج كوين', 'ดอจคอยน์', 'โดชคอยน์', 'डॉगकॉइन', 'डॉजकॉइन', 'डाॅजकाॅइन', '', '도지'],
  ['cardano', '艾达币', '艾達幣', 'エイダコイン', 'คาร์ดาโน', 'कार्डानो', '', '卡尔达诺', 'カルダノ', '카르다노', '에이다', 'кардано', 'كاردانو'],
  ['tron', '', '트론', '波场', '波場', 'トロン'],
  ['litecoin', '莱特币', '萊特幣', 'ライトコイン', '라이트코인', 'лайткоин', 'лайткоїн', 'ไลท์คอยน์', 'लाइटकॉइन'],
  ['bitcoin-cash', '比特币现金', '比特幣現金', 'ビットコインキャッシュ', '비트코인캐시', '비트코인 캐시', 'биткоин-кэш', 'биткоин кэш', 'біткоїн-кеш', 'بيتكوين كاش', 'บิตคอยน์แคช', 'बिटकॉइन कैश'],
  ['bitcoin-cash-sv', '比特币SV', 'ビットコインSV', '비트코인SV', '비트코인 SV'],
  ['bitcoin-gold', '比特币黄金', 'ビットコインゴールド', '비트코인골드', '비트코인 골드'],
  ['wrapped-bitcoin', '包装比特币', 'ラップドビットコイン'],
  ['polkadot', 'полкадот', '', '波卡', '폴카닷', 'ポルカドット'],
  ['monero', '门罗币', '門羅幣', 'モネロ', '모네로', 'монеро'],
  ['ethereum-classic', '以太坊经典', '以太坊經典', 'イーサリアムクラシック', '이더리움클래식', '이더리움 클래식', 'эфириум классик', 'эфириум-классик', 'อีเธอเรียมคลาสสิก'],
  ['chainlink', '체인링크', '', 'チェーンリンク'],
  ['avalanche-2', '', '아발란체', 'アバランチ'],
  ['stellar', '恒星币', '恆星幣', 'ステラルーメン', '스텔라루멘', 'стеллар', '', '스텔라'],
  ['shiba-inu', '柴犬币', '柴犬幣', 'एसएचआईबी', '', 'シバイヌ', '시바이누'],
  ['tezos', 'テゾス', '테조스'],
  ['nem', '', 'ネム'],
  ['uniswap', 'ユニスワップ', '유니스왑'],
  ['wemix-token', '위믹스'],
  ['worldcoin-wld', '월드코인', '', 'ワールドコイン'],
  ['the-open-network', 'トンコイン', '톤코인', 'тонкоин', 'тонкоїн'],
  ['monacoin', 'モナコイン', 'モナーコイン'],
];
