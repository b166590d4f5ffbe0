/**
 * Coins outside the ranked snapshot that crypto news still names often (DePIN, AI agents,
 * restaking, memecoins, older large caps). The live lexicon takes the top ~1000 by market cap;
 * the bundled snapshot only has ranks for ~300 coins, so these ids from /coins/list stand in
 * for the missing ranks 300–1000. They join the compact lexicon without a rank, so a ranked
 * coin always wins a shared ticker.
 */
export const NOTABLE_LONG_TAIL_IDS: readonly string[] = [
  // AI and DePIN
  'singularitynet', 'ocean-protocol', 'io', 'grass', 'nosana', 'ai16z', 'kaito', 'aixbt',
  'hivemapper', 'geodnet', 'dimo', 'peaq-2', 'sahara-ai', 'morpheus', 'iotex', 'numeraire',
  'arpa', 'alethea-artificial-liquid-intelligence-token', 'helium-mobile', 'xyo-network',
  'iexec-rlc', 'ankr', 'golem', 'storj', 'zerebro', 'griffain', 'vaderai-by-virtuals',
  'luna-by-virtuals', 'swarms', 'act-i-the-ai-prophecy',
  // DeFi, restaking, RWA
  'maker', 'havven', 'yearn-finance', 'sushi', 'balancer', 'gmx', 'frax-share', 'rocket-pool',
  'ssv-network', 'convex-finance', 'mantra-dao', 'polymesh', 'goldfinch', 'maple', 'clearpool',
  'plume', 'usual', 'drift-protocol', 'kamino', 'marinade', 'tensor', 'parcl', 'velodrome-finance',
  'solv-protocol', 'lombard-protocol', 'bouncebit', 'renzo', 'kelp-dao', 'eigenpie',
  'puffer-finance', 'swell-network', 'uma', 'tellor', 'band-protocol', 'dia-data',
  // chains and older large caps
  'fantom', 'matic-network', 'terra-luna-2', 'manta-network', 'blast', 'dymension', 'altlayer',
  'berachain-bera', 'initia', 'babylon', 'harmony', 'zilliqa', 'waves', 'qtum', 'icon', 'decred',
  'digibyte', 'ravencoin', 'siacoin', 'basic-attention-token', 'celo', 'kusama', 'moonbeam',
  'astar', 'mina-protocol', 'aleph-zero', 'oasis-network', 'secret', 'osmosis', 'bitcoin-gold',
  'binance-usd', 'paxos-standard', 'gemini-dollar', 'euro-coin', 'weth',
  // Former large caps of the 2017–18 and 2020–22 cycles and the DeFi, exchange and stablecoin
  // mainstays of those years: older articles name them by ticker in lists ("ZEN, ANT and FIRO"),
  // where several long-tail coins now share the ticker and the long tail has no rank to choose
  // by. Left out on purpose: coins whose ticker is a common acronym or whose name is a firm
  // (OMG, ARK, NAV, PPT, BTS, GMT, SAN, ANC; Celsius, WazirX) and renamed "Legacy"/"[OLD]" rows.
  'nem', 'lisk', 'nano', 'verge', 'bytecoin', 'stratis', 'steem', 'ardor', 'dragonchain',
  'komodo', 'electroneum', 'augur', 'veritaseum', 'power-ledger', 'zcoin', 'pivx', 'aion',
  'maidsafecoin', 'gas', 'byteball', 'iostoken', 'gxchain', 'wax', 'reddcoin', 'aeternity',
  'monacoin', 'syscoin', 'bancor', 'loopring', 'cindicator', 'dentacoin', 'aelf', 'kin', 'storm',
  'civic', 'emercoin', 'bitcoin-diamond', 'groestlcoin', 'vertcoin', 'einsteinium', 'namecoin',
  'peercoin', 'zencash', 'aragon', 'district0x', 'metal', 'status', 'wanchain', 'nuls',
  'holotoken', 'nucypher', 'mobilecoin', 'ftx-token', 'huobi-token', 'republic-protocol',
  'audius', 'perpetual-protocol', 'badger-dao', 'rari-governance-token', 'mirror-protocol',
  'magic-internet-money', 'liquity-usd', 'nusd', 'husd', 'neutrino', 'ampleforth', 'kadena',
  'serum', 'bonfida', 'alchemix', 'spell-token', 'smooth-love-potion', 'looksrare', 'juno-network',
  'evmos', 'celer-network', 'skale', 'origin-protocol', 'orchid-protocol', 'pooltogether',
  'akropolis', 'vesper-finance', 'harvest-finance', 'pickle-finance', 'keep3rv1',
  'venus', 'vai', 'bzx-protocol', 'kyber-network-crystal', 'dodo', 'quickswap', 'beefy-finance',
  'alpaca-finance', 'biswap', 'steem-dollars', 'tomochain', 'moonriver', 'acala', 'karura',
  'shiden', 'polkastarter', 'ampleforth-governance-token', 'fei-usd', 'tribe-2', 'stasis-eurs',
  'celo-dollar', 'origin-dollar', 'alchemix-usd', 'dola-usd', 'theta-fuel', 'nervos-network',
  'chia', 'energy-web-token', 'casper-network', 'radix', 'velas', 'hive', 'mdex-bsc',
  // Forks of 2017–18 large caps, named after their parent: without them the parent's shorter
  // name is the longest per-tab match ("Litecoin Cash" read as Litecoin). Bitcoin Atom is left
  // out: its ticker BCA is a research firm's name in markets news.
  'litecoin-cash',
  // STEPN's coin is "GMT" on CoinGecko; its ticker is a time zone (stop-listed), so the
  // project's name (name-aliases.ts) is its strong form.
  'stepn',
  // games, NFTs, memecoins
  'illuvium', 'pixels', 'yield-guild-games', 'magic-eden', 'popcat', 'cat-in-a-dogs-world',
  'book-of-meme', 'hamster-kombat', 'catizen', 'goatseus-maximus', 'peanut-the-squirrel',
  'moo-deng', 'notcoin', 'neiro-3', 'melania-meme', 'turbo', 'dogs-2',
  // Named in strong forms by exchange notices and news of their years, with names that are no
  // ordinary word: Korean exchange staples (Paycoin, Mossland, Aergo), the 2014–18 coins and
  // DeFi, GameFi and memecoin projects of 2020–24 that lists and recaps name. Left out: those
  // whose ticker is a word or an acronym news uses otherwise (MED, META, FTC, KEY, PART, BLOCK,
  // ELON, STEP, RARE) or whose name is one (Orca, Ultra, Saber, Brett, Doodles).
  'pay-coin', 'lbry-credits', 'inverse-finance', 'barnbridge', 'zebec-protocol', 'autonolas',
  'gifto', 'iris-network', 'mossland', 'aergo', 'ripio-credit-network', 'elastos', 'primecoin',
  'counterparty', 'auroracoin', 'blackcoin', 'patientory', 'monetha', 'swissborg', 'tokemak',
  'benqi', 'platypus-finance', 'star-atlas', 'gods-unchained', 'alien-worlds', 'vulcan-forged',
  'bloktopia', 'mobox', 'radio-caca', 'samoyedcoin', 'akita-inu', 'kishu-inu', 'hoge-finance',
  'baby-doge-coin', 'safemoon-2', 'slerf', 'mysterium',
  // DeFi, infrastructure and game tokens of 2021–24 that recaps and listings name by name or
  // ticker (left out: ACH, GTC, DAG, HFT, MASK, PRIME, ID: acronyms or words in other senses).
  'aavegotchi', 'bakerytoken', 'biconomy', 'bitdao', 'bone-shibaswap', 'cartesi', 'coin98', 'coti',
  'ethernity-chain', 'everscale', 'gains-network', 'liquity', 'metis-token', 'safepal',
  'stargate-finance', 'threshold-network-token', 'tornado-cash', 'verasity', 'linea',
  'aevo-exchange', 'kwenta', 'lyra-finance', 'maverick-protocol', 'myria', 'lybra-finance',
  'unifi-protocol-dao', 'crvusd',
  // ZRX: CoinGecko names it "0x Protocol"; news writes "0x" (name-aliases.ts).
  '0x',
  // Zora, the onchain social network (a given name too: needs context, name-word-overrides.ts).
  'zora',
  // Memecoins of 2024–25 that Korean and global exchanges listed (listing notices name them by
  // ticker beside the ones above): SUNDOG, FWOG, PONKE, RETARDIO, PIPPIN, ARC (not KEYCAT or
  // CHILLGUY: CoinGecko names them after their memes, "Keyboard Cat", "Just a Chill Guy").
  'sundog', 'fwog', 'ponke', 'retardio', 'pippin', 'ai-rig-complex',
  // Coins news names by their product (tables/name-aliases.ts PRODUCT_NAMES, or CoinGecko's own
  // name: ParaSwap, Treasure, SpookySwap): DEXes, lending and bridges of 2021–24, the Arbitrum
  // and Solana DeFi mainstays, L2s. Their tickers that read as acronyms are stop-listed (PSP, SYN,
  // JOE); a legend, a mathematician, a drum (Camelot, Euler, Taiko) need context, and "Joe"
  // alone is never the coin (name-word-overrides.ts).
  'camelot-token', 'magic', 'paraswap', 'joe', 'spookyswap-2', 'cow-protocol', 'mango-markets',
  'radiant-capital', 'euler', 'stader', 'synapse-2', 'rarible', 'orca', 'scroll', 'taiko',
  // Cosmos, DeFi, bridge and proof-of-work projects of 2021–24 and Base-era memecoins and bots
  // that recaps and listings name by name (left out: fan tokens, whose names are the clubs';
  // Gigachad and Degen, slang; Saga, the phone; Mask, Whale, Math, Mode, Hook, Amp: words as
  // tickers or names).
  'chromaway', 'oraichain-token', 'pha', 'sommelier', 'umee', 'kujira', 'astroport-fi', 'neutron-3',
  'gitcoin', 'x2y2', 'cream-2', 'dopex', 'jones-dao', 'multichain',
  'debridge', 'boba-network', 'truefi', 'stakewise', 'ergo', 'alephium', 'dero', 'toshi',
  'banana-gun', 'unibot', 'solve-care',
  // Terra's lending protocol of 2021–22, which every account of UST's collapse names ("20% APY
  // from Anchor"); an ordinary word, so it needs context (name-word-overrides.ts).
  'anchor-protocol',
  // Coins of a community or an ecosystem, named by the words their users use: Hive's stablecoin
  // and Splinterlands' two tokens (the game is the chain's biggest app: Hive posts name them
  // together), Reddit's community points (r/ethtrader's Donut, r/CryptoCurrency's Moons) and the
  // DeFi-summer forks and governance tokens news of 2020 named beside YFI (YAM, mStable's MTA).
  // Their names and tickers are words or acronyms, so most count only with context: a crypto noun,
  // a price, a list of coins, or the ecosystem's own coin on the page (ERA_WITNESSES).
  'hive_dollar', 'splinterlands', 'dark-energy-crystals', 'donut', 'moon', 'yam-2', 'meta',
  // Farcaster's tipping tokens of 2024–25, which casts and newsletters name by their app's word
  // ("Ham tips", Tipn); Degen stays out (slang, above).
  'tn100x', 'tipn',
  // Ethereum's proof-of-work fork of September 2022 (ETHW, stop-listed as Bitwise's ETF ticker:
  // the fork named on the page licenses it, tables/renamed-tickers.ts ERA_WITNESSES).
  'ethereum-pow-iou',
  // 2017–20 coins that exchange notices name by name beside the ticker ("DFI Money (YFII)",
  // "KEY/USDT – SelfKey"); SelfKey's KEY is a word in capitals ("KEY TAKEAWAYS": stop-listed).
  'yfii-finance', 'selfkey',
  // Large caps of 2017–18 that news of those years names by name ("BitShares", "Populous"), whose
  // tickers are acronyms first (BTS the band, PPT the slide deck, ARK the fund: stop-listed, so
  // they count as tickers only with a binding, a price or a run of coins).
  'ark', 'bitshares', 'populous',
  // OmiseGO (OMG Network since 2020), a top-20 coin of 2017–18 named by its old name then
  // (name-aliases.ts); OMG is the exclamation first (stop-listed, as above).
  'omisego',
  // A chain whose own newsletter names it in every line by a name no word shares (Haven1, H1;
  // its two-letter ticker stays a long-tail question), and the 2025 Solana memecoin named by a
  // word ("Useless Coin", USELESS: the word needs context, name-aliases.ts).
  'haven1', 'useless-3',
  // Hive's 2020 fork, named by a verb (Blurt, BLURT: both need context, stop-listed and witnessed
  // in tables/renamed-tickers.ts, like Hive's own).
  'blurt',
  // Exchanges' own tokens that their help pages and notices name by a bare ticker the exchange's
  // name licenses (tables/company-names.ts EXCHANGE_TOKENS): CoinEx's CET (a time zone,
  // stop-listed), MEXC's MX, BitMart's BMX. Their names are the exchanges' (firms: never alone).
  'coinex-token', 'mx-token', 'bitmart-token',
  // WazirX's WRX (a top-200 coin of 2021, in the 2024 hack's news): the exchange's name is a firm
  // (company-names.ts), so only the ticker names the token.
  'wazirx',
];
