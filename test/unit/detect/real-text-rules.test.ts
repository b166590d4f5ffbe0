/**
 * The rules that real news demanded (issue 12), each with sentences we wrote ourselves. The real
 * articles stay in ../shared/realtext and are scored by realtext.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument, parseLongTail } from '../../../lib/detect';
import { lexicon } from './detect-text';

const longTail = parseLongTail(JSON.parse(readFileSync(new URL('../../../public/data/coins-long-tail.json', import.meta.url), 'utf8')));
const ids = (text: string, date?: string): string[] => [...new Set(detectDocument(text, lexicon, longTail, date ? { date } : {}).map((m) => m.coinId))];

// [rule, text, date or '', ids that must be found, ids that must not]
const CASES: [string, string, string, string[], string[]][] = [
  // price widgets and quotes
  ['a glued price widget licenses short and word tickers', 'BTC$85,040 2.84%TON$4.04 1.2%S$0.50 3.67%OP$0.75 1.30%', '', ['bitcoin', 'the-open-network', 'sonic-3', 'optimism'], []],
  ['a widget prints lower-case ids, names and tickers alone on their lines', 'Markets\n\nusd-coin\nusd-coin\n\n$1.0002 USD\n\nbinancecoin\n$612.40 USD\n\nxrp\nxrp\n\n-2.1%', '', ['usd-coin', 'binancecoin', 'ripple'], []],
  ['a lower-case word alone on a line with no quote next to it stays a word', 'The outlook:\nstellar\nnear\nThe rest followed.', '', [], ['stellar', 'near']],
  ['a price after a short ticker', 'OP $0.75 and TIA at $3.10 led the board.', '', ['optimism', 'celestia'], []],
  ['a signed move after a word ticker in a shouted line', 'WEEKLY MOVERS: LINK +8.2% AND DOT -3%', '', ['chainlink', 'polkadot'], []],
  ['a one-letter ticker outside a widget is a word or a currency', 'Singapore raised S$5 billion; A plan followed.', '', [], ['sonic-3', 'vaulta']],
  ['a record quoted after an acronym is not its price', 'Bitcoin set a new ATH above $111,000.', '', ['bitcoin'], ['aethir']],
  ['both crypto sides of a pair are mentions, fiat and PERP quotes are units', 'XRP/SOL broke out while ETH-PERP and BTC/USD lagged.', '', ['ripple', 'solana', 'ethereum', 'bitcoin'], []],
  ['a glued quote pair in the bracket still names the coin before it', 'Shares rose with Bitcoin (BTCUSD) up 22% this month.', '', ['bitcoin'], ['bitcoin-usd-btcfi']],
  ['a hyphenated own ticker is not a pair', 'BSC-USD$1.00 0.09%', '', ['binance-bridged-usdt-bnb-smart-chain'], ['binancecoin']],
  ['the reversed form SYM (Name) glosses a short ticker', 'Exchange tokens GT (Gate.io) and OKB (OKX) rose.', '', ['gatechain-token', 'okb'], []],
  ['a spelled-out gloss is an acronym', 'The SEC (Securities and Exchange Commission) and the US (United States) met.', '', [], []],
  // tokens, lists
  ['"ONE tokens" names the token', 'The bug sent 150 million ONE tokens to the wrong wallets.', '', ['harmony'], []],
  ['sector acronyms before "tokens" are kinds of token', 'AI tokens and NFT tokens rallied while ZK tokens lagged.', '', [], ['apenft', 'zksync']],
  ['a short ticker listed with coins is a coin', 'APT, SEI, OP and TIA led the gains.', '', ['aptos', 'sei-network', 'optimism', 'celestia'], []],
  ['acronyms listed together stay acronyms', 'The SEC, the FBI and the CFTC met.', '', [], []],
  // appositives and definitions
  ['an appositive spells a bound ticker out as a word', 'Aethir (ATH) rallied. Bitcoin hit its ATH, the all-time high, in March.', '', ['aethir', 'bitcoin'], []],
  ['the appositive clears only that occurrence', 'Aethir (ATH) rallied. Bitcoin hit its ATH, the all-time high. ATH rose again.', '', ['aethir'], []],
  ['a name defined as a coin is one', 'Mantra is the native cryptocurrency of a real-world-asset chain.', '', ['mantra-dao'], []],
  ['a page abbreviating the phrase its own way keeps DOGE the coin', 'The Department of Government Efficiency (D.O.G.E) met. DOGE’s price rose as whales bought 90 million DOGE.', '', ['dogecoin'], []],
  // ordinary-word names
  ['a capitalised ordinary-word name mid-sentence on a page dense with coins', 'BTC, ETH and SOL fell this week, but only Blur held its ground.', '', ['blur'], []],
  ['the same word at a sentence start with a function word after', 'BTC, ETH and SOL fell. Near the close, stocks rose.', '', [], ['near']],
  ['firms are not coins', 'Ripple settled with the regulator.', '', [], ['ripple']],
  // chains as data
  ['chains named as networks', 'USDT supply on BSC, Arbitrum One and the Polygon PoS chain grew.', '2025-06-01', ['binancecoin', 'arbitrum', 'polygon-ecosystem-token'], []],
  // renamed assets by date
  ['MATIC before the migration', 'Polygon (MATIC) rose 5% as MATIC holders staked.', '2021-06-01', ['matic-network'], ['polygon-ecosystem-token']],
  ['MATIC after the migration is POL', 'MATIC holders moved to the new token.', '2025-01-10', ['polygon-ecosystem-token'], ['matic-network']],
  ['on the migration day the old ticker is the old coin, the name the new', 'Polygon swaps its MATIC token for POL today.', '2024-09-04', ['polygon-ecosystem-token', 'matic-network'], []],
  ['LUNA before Terra 2.0 is the classic chain', 'LUNA fell 40% as UST lost its peg.', '2022-05-10', ['terra-luna', 'terrausd'], ['terra-luna-2']],
  ['LUNA after Terra 2.0', 'LUNA holders received the airdrop.', '2023-02-01', ['terra-luna-2'], ['terra-luna']],
  ['a page naming UST dates the name Terra to the old chain', 'PYUSD and USDD grew as fast as Terra’s UST once did.', '2024-06-01', ['terra-luna', 'terrausd'], ['terra-luna-2']],
  ['without UST, Terra after May 2022 is Terra 2.0', 'BTC, ETH and SOL rose while Terra holders voted on the upgrade.', '2024-06-01', [], ['terra-luna']],
  ['FTM became S', 'FTM rose 3%.', '2024-06-01', ['fantom'], ['sonic-3']],
  ['FTM became S (after)', 'FTM holders swapped.', '2025-03-01', ['sonic-3'], ['fantom']],
  ['EOS became A (Vaulta)', 'EOS jumped 9% after the vote.', '2025-06-01', ['vaulta'], ['eos']],
  ['$ASI is Fetch.ai’s merged token', '$FET holders will receive $ASI.', '2024-04-01', ['fetch-ai'], []],
  ['FRAX before the North Star swap is the stablecoin, FXS the governance token', 'The FRAX peg held at $0.99 while Frax printed and FXS stakers voted.', '2022-05-13', ['frax', 'frax-share'], []],
  ['FRAX after the exchanges swapped tickers is the former FXS', 'FRAX rose 6% after the swap.', '2026-03-01', ['frax-share'], ['frax']],
  // older token generations by date
  ['Aave before the LEND→AAVE migration is the old LEND token', 'Aave and Chainlink rose 7% this week.', '2020-07-15', ['ethlend', 'chainlink'], ['aave']],
  ['Aave after the migration', 'Aave and Chainlink rose 7% this week.', '2021-03-01', ['aave'], ['ethlend']],
  ['Kyber Network before the KNC migration is the legacy KNC', 'Kyber Network rose 5% while KNC stakers voted.', '2020-07-15', ['kyber-network'], ['kyber-network-crystal']],
  ['Kyber Network after the KNC migration', 'Kyber Network rose 5% while KNC stakers voted.', '2022-03-01', ['kyber-network-crystal'], ['kyber-network']],
  ['BitTorrent before the redenomination is the old BTT', 'BitTorrent (BTT) rose 13% this week.', '2020-07-15', ['bittorrent-old'], ['bittorrent']],
  ['BitTorrent after the redenomination', 'BitTorrent (BTT) rose 13% this week.', '2023-01-10', ['bittorrent'], ['bittorrent-old']],
  ['BitTorrent before its token sale is the file-sharing company', 'TRON is buying BitTorrent, and BitTorrent shareholders agreed.', '2018-06-12', [], ['bittorrent-old', 'bittorrent']],
  ['PAX before the 2021 rebrand is Paxos Standard', 'Deposit one of the stablecoins PAX, TUSD and USDC; Paxos Standard is regulated.', '2019-06-01', ['paxos-standard', 'true-usd', 'usd-coin'], []],
  ['PAX after the rebrand names no coin', 'PAX, TUSD and USDC were listed.', '2023-01-10', ['true-usd', 'usd-coin'], ['paxos-standard']],
  ['a page naming Luna Classic dates the name Terra to the old chain', 'BTC and ETH fell, with Terra’s old Luna Classic tokens down 20%.', '2022-09-07', ['terra-luna'], ['terra-luna-2']],
  // a fork's longer name, a project named apart from its coin
  ['a 2018 fork named after its parent is the fork', 'A fork will create Litecoin Cash, and holders get LCC tokens.', '2018-02-15', ['litecoin-cash'], ['litecoin']],
  ['STEPN is the GMT coin', 'STEPN (GMT) rose 45% as the STEPN app grew.', '2022-04-22', ['stepn'], []],
  // a person's name, a cartoon
  ['an appositive with a person’s role makes the name a person’s', 'BTC and ETH rose. Builders such as Wei Dai, founder of a payments firm, spoke.', '', ['bitcoin', 'ethereum'], ['dai']],
  ['an appositive that is no person leaves the coin', 'BTC and ETH rose while Dai, the stablecoin, held its peg.', '', ['dai'], []],
  ['the meme and the cartoon are not the coin', 'BTC and ETH rose. The token is based on the popular pepe meme, which shows a frog. Pepe the frog is a cartoon.', '', ['bitcoin'], ['pepe']],
  ['a meme coin named after the cartoon is the coin', 'BTC and ETH rose. The Pepe meme coin rallied 20%.', '', ['pepe'], []],
  ['a chain in a "-based" compound on a crypto page is the chain', 'Bitcoin rose. Value locked in Terra-based apps topped $20 billion.', '2021-12-20', ['terra-luna'], []],
  ['a compound opening a sentence is the adjective', 'Bitcoin rose. Story-based games grew too.', '', ['bitcoin'], ['story-2']],
  ['a hyphenated ordinary word stays a word', 'Bitcoin rose, but the near-term outlook is not sky-high.', '', ['bitcoin'], ['near', 'sky']],
  ['a coin name that is also a given name needs context', 'Analyst Akash Mehta said the rally may fade. Kaito Sato agreed.', '', [], ['akash-network', 'kaito']],
  ['the given-name coin with crypto context is the coin', 'BTC, ETH and SOL rose while Akash and Render led the compute tokens.', '', ['akash-network'], []],
  ['the ticker written as a word, with context', 'Ethereum and Solana rose, so my Eth position grew.', '', ['ethereum', 'solana'], []],
  ['the ticker written as a word, alone, is not enough', 'Eth and the rest of the team met.', '', [], ['ethereum']],
  ['a firm has no rally or market cap of its own: the coin', 'BTC fell while a skyrocketing Ripple passed it; Ripple’s gains held.', '2018-09-24', ['ripple'], []],
  ['a relative clause with a market cap is the coin', 'It is still just ahead of Ripple, which has a total market cap of $23 billion.', '2018-09-24', ['ripple'], []],
  ['the firm’s team and products stay the firm', 'Ripple’s legal team won, and Ripple’s xCurrent grew.', '', [], ['ripple']],
  ['a stop-listed ticker in a run of listed coins is a coin', 'Bitcoin held. In contrast, GMT, AKT, and TIA lead the way.', '2024-03-01', ['stepn', 'akash-network', 'celestia'], []],
  ['a stop-listed ticker next to one coin and a sector word stays a word', 'ETH, BTC, SOL, AI and NFT rallied; UTC, GMT and EST are zones.', '2024-03-01', ['ethereum', 'bitcoin', 'solana'], ['stepn', 'apenft']],
  ['former names and exchange tokens by their full names', 'Klaytn and RaiBlocks were renamed; the terrausd stablecoin and Huobi Token fell.', '2022-05-12', ['kaia', 'nano', 'terrausd', 'huobi-token'], []],
  // long tail in lists
  ['capitalised names listed with coins go to the long tail', 'OKX will delist Kusama, Flow, Kyber Network, and Aragon next week.', '', ['kusama', 'aragon'], []],
  ['unknown tickers listed with coins go to the long tail by symbol', 'The exchange will tag KP3R, REEF, XMR and ZEC next week.', '', ['keep3rv1', 'reef', 'monero', 'zcash'], []],
  // the joints listed-tickers reads from characters, and the longer ones it leaves to its regex
  ['an unknown ticker before " & " joins the list', 'Pairs for REEF & XMR & ZEC opened.', '', ['reef', 'monero', 'zcash'], []],
  ['an unknown ticker before ", and " joins the list', 'The exchange will tag KP3R, and XMR, ZEC next week.', '', ['keep3rv1', 'monero', 'zcash'], []],
  ['an unknown ticker before a spaced comma joins the list', 'The exchange will tag KP3R , XMR and ZEC next week.', '', ['keep3rv1', 'monero', 'zcash'], []],
  ['a listed ticker several long-tail coins share stays unmarked', 'Holders of LAUNCH, XMR and ZEC were warned.', '', ['monero', 'zcash'], ['hyperlauncher', 'launch-on-pump']],
  ['a former large cap holds its shared ticker in the per-tab lexicon', 'Holders of ANT, XMR and ZEC were warned.', '', ['aragon', 'monero', 'zcash'], ['ant', 'autonomi', 'all-inx']],
  ['one coin and an unknown word make no list', 'Miners sold XMR and ZCL.', '', ['monero'], ['zclassic']],
  ['acronyms listed with coins stay acronyms', 'BTC, ETH, the SEC and the CFTC.', '', ['bitcoin', 'ethereum'], []],
  ['a ticker bound by a long-tail Name (SYM) is that coin later on the page', 'Keep3rV1 (KP3R) doubled this week. Traders say KP3R still looks cheap.', '', ['keep3rv1'], []],
  ['a project written with a suffix its coin lacks', 'Liquidity moved from Cream Finance to other lenders.', '', ['cream-2'], []],
  ['a superseded "Legacy" coin is never the one meant', 'Listings such as Kusama, Kyber Network, and Aragon were reviewed.', '', ['kyber-network-crystal'], ['kyber-network']],
  ['a Name (SYM) whose only holder is spelled inside the name', 'A trader turned $500 into $80,000 with Snorklefish (FISHX)-style bets on Donotfomoew (MOEW) tokens.', '', ['moew'], []],
  ['a firm named with a price is its coin', 'Bitcoin slipped; Ripple price held at $0.57 while Ripple settled its case.', '', ['ripple'], []],
  ['a firm’s stock ticker spelled inside its name is no coin', 'Robinhood (HOOD) said crypto revenue doubled.', '', [], ['hood-cat']],
  ['a firm alone stays a firm', 'Ripple settled its case with the regulator.', '', [], ['ripple']],
  ['an exchange named after its token', 'SushiSwap (SUSHI) gained 160% as SushiSwap volumes rose.', '', ['sushi'], []],
  ['a chain whose second word starts in lower case', 'The DEX launched on Polygon zkEVM last week.', '2024-02-09', ['matic-network'], []],
  ['a name its own sentence defines as a coin goes to the long tail', 'The chart I miss most is Namecoin, a promising coin of its era.', '', ['namecoin'], []],
  ['an appositive without a coin head, or a firm, defines no coin', 'Circle, the stablecoin issuer, grew while Kraken, a large exchange, waited. However, the token fell, and IRON Finance, a stablecoin, failed.', '', [], ['circle', 'kraken', 'finance']],
  ['a bridged copy never takes the plain name or ticker; a wrapped coin’s name is not its underlying', 'Hackers took Wrapped Ether [WETH] and Wrapped BTC [WBTC] from the bridge.', '2022-06-24', ['weth', 'wrapped-bitcoin'], ['wrapped-ether-mantle-bridge', 'bitcoin']],
  ['a comma after a name is no list', 'As reported by CoinDesk, BNB rose 2%.', '', ['binancecoin'], ['coindesk-defi-select-index']],
  // second recall pass
  ['square brackets gloss a name like parentheses', 'Optimism [OP] slipped while Arbitrum [ARB] held and ZClassic [ZCL] doubled.', '', ['optimism', 'arbitrum', 'zclassic'], []],
  ['a pair whose base only the long tail knows still names its crypto quote', 'The desk stops quoting ZCL-ETH and ZCL/BTC on Friday.', '', ['zclassic', 'ethereum', 'bitcoin'], []],
  ['an unknown ticker with a price move, on a page of coins, goes to the long tail', 'Bitcoin and Ether were flat, but ZCL jumped 40% on the day.', '', ['zclassic'], []],
  ['an unknown ticker with a price move needs a page of coins', 'ZCL jumped 40% on the day.', '', [], ['zclassic']],
  ['stock tickers and acronyms with a price move stay what they are', 'Bitcoin and Ether were flat; NVDA rose 3% and the CPI rose 0.4%.', '', ['bitcoin', 'ethereum'], ['twin-asset-token-nvda-long']],
  ['a per-tab name before a ticker no per-tab coin holds is that coin', 'Bitcoin Diamond (BTCD) lost most of its value, and Fartcoin (FART) led the Solana memecoins.', '2025-05-01', ['bitcoin-diamond', 'fartcoin'], ['fartcoin-2', 'bitcoin']],
  ['a firm with a market cap is its coin', 'Solana briefly passed Ripple in market cap this week.', '', ['solana', 'ripple'], []],
  ['former names of renamed projects', 'Elrond and Zcoin were both renamed; Akropolis too.', '', ['elrond-erd-2', 'zcoin', 'akropolis'], []],
  ['a project’s own foundation carries its name', 'The Luna Foundation Guard bought bitcoin for its reserves.', '2022-04-01', ['terra-luna'], []],
  ['so does its development foundation', 'On September 10, the Stellar Development Foundation announced a deal.', '2024-09-10', ['stellar'], []],
  ['the old chain’s coin by its common name', 'After the merge, Luna Classic tokens slid 20% while Bitcoin held.', '2022-09-07', ['terra-luna', 'bitcoin'], ['classic-usd']],
  ['tokenless networks stay unmatched in lists', 'Rollups such as Arbitrum (ARB), Optimism (OP) and Base grew.', '', ['arbitrum', 'optimism'], ['base']],
  // fifth pass: long-tail tickers the page binds, single-collateral Dai
  ['the reversed form names a long-tail coin; a per-tab name that only begins the gloss is not read alone', 'Farmers rotated into SWP (Kava Swap) this week.', '', ['kava-swap'], ['kava']],
  ['a gloss that is a per-tab coin’s whole name is left to that name', 'Holders of XYZW (Bitcoin) were told to wait.', '', ['bitcoin'], []],
  ['Dai before multi-collateral Dai is Sai', 'Dai, the stablecoin of Maker, held its peg as DAI supply grew.', '2019-03-15', ['sai'], ['dai']],
  ['Dai after the launch of multi-collateral Dai', 'Dai, the stablecoin of Maker, held its peg as DAI supply grew.', '2020-03-15', ['dai'], ['sai']],
];

/** The spans found for one coin, in text order. */
const spansOf = (text: string, coinId: string): string[] =>
  detectDocument(text, lexicon, longTail)
    .filter((m) => m.coinId === coinId)
    .map((m) => text.slice(m.start, m.end));

describe('an ordinary-word name the page already counts', () => {
  const spans = (text: string, coinId: string, date = '2021-06-01'): string[] =>
    detectDocument(text, lexicon, longTail, { date })
      .filter((m) => m.coinId === coinId)
      .map((m) => text.slice(m.start, m.end));

  it('counts again at a sentence start once the text has counted it', () => {
    const text = 'BTC, ETH and SOL slid this week, while only Harmony held. Harmony needs new bridges, and users want to see Harmony be first.';
    expect(spans(text, 'harmony')).toEqual(['Harmony', 'Harmony', 'Harmony']);
  });

  it('still reads as a word before a preposition at a sentence start', () => {
    const text = 'BTC, ETH and SOL slid this week, while only Near held. Near the close, stocks rose.';
    expect(spans(text, 'near')).toEqual(['Near']);
  });

  it('a verb of being after a sentence-opening name the page binds makes it the subject', () => {
    expect(spans('Harmony [ONE] rose 5%.\nHarmony was founded in 2018.', 'harmony')).toEqual(['Harmony [ONE]', 'Harmony']);
  });

  it('a firm counted once as its coin stays the firm elsewhere', () => {
    const text = 'Bitcoin, Ethereum, Ripple and Litecoin rose. Banks use Ripple’s software.';
    expect(spans(text, 'ripple')).toEqual(['Ripple']);
  });
});

describe('tickers only the long tail knows, bound by the page', () => {
  it('a reversed form binds the later bare tickers, before and after it', () => {
    const text = 'SWP climbs. Farmers rotated into SWP (Kava Swap) this week, and SWP stakers voted; swp in lower case is a word.';
    expect(spansOf(text, 'kava-swap')).toEqual(['SWP', 'SWP (Kava Swap)', 'SWP']);
  });

  it('a pair binds the later bare tickers of its long-tail base', () => {
    const text = 'The exchange will delist BTCV/USDT on Friday. Please withdraw BTCV before then, as BTCV deposits close today.';
    expect(spansOf(text, 'bitcoin-vault')).toEqual(['BTCV', 'BTCV', 'BTCV']);
  });

  it('a cashtag binds them too', () => {
    expect(spansOf('$SWP doubled overnight. SWP holders voted.', 'kava-swap')).toEqual(['$SWP', 'SWP']);
  });

  it('a ticker several long-tail coins share is the holder the exchanges list (long-tail/listed-holders.ts), else unmarked', () => {
    const text = 'The exchange will list MEME/USDT on Friday. MEME deposits open today.';
    expect(spansOf(text, 'memecoin-2')).toEqual(['MEME', 'MEME']);
    const unsettled = 'The exchange will list CHAD/USDT on Friday. CHAD deposits open today.';
    expect(detectDocument(unsettled, lexicon, longTail).filter((m) => unsettled.slice(m.start, m.end).startsWith('CHAD'))).toEqual([]);
  });

  it('a delisting run of pairs names each base, a former ticker too', () => {
    const text = 'The exchange will delist OGN/BUSD, CITY/BUSD, PLA/BUSD and REI/BUSD at 03:00 (UTC).';
    expect(detectDocument(text, lexicon, longTail).map((m) => m.coinId).filter((id) => id !== 'binance-usd')).toEqual(['origin-protocol', 'manchester-city-fan-token', 'playdapp', 'rei-network']);
  });
});

describe('sixth pass: tickers the text calls a token, names a possessive binds', () => {
  it('a ticker right before "token" binds its later bare uses for the long tail', () => {
    const text = 'The lender Vela launched its SPK token on Monday. Holders of SPK can stake it; spk in lower case is a word.';
    expect(spansOf(text, 'spark-2')).toEqual(['SPK', 'SPK']);
  });

  it('a ticker right after "token," binds too', () => {
    const text = 'Votes use the protocol’s governance token, BOND, and BOND holders met.';
    expect(spansOf(text, 'barnbridge')).toEqual(['BOND', 'BOND']);
  });

  it('a stop-listed ticker the sentence predicates a token is its coin, but not after a clock time', () => {
    const text = 'The founder calls JST a ‘next 100x token’. JST rose, and trading resumed at 10:00 JST.';
    expect(spansOf(text, 'just')).toEqual(['JST', 'JST']);
  });

  it('a ticker the appositive calls a token binds its later bare uses', () => {
    const text = 'We look at MOON, the social token of one subreddit. MOON doubled this year.';
    expect(spansOf(text, 'moon')).toEqual(['MOON', 'MOON']);
    expect(ids('The CEO, the token project’s founder, spoke. The CEO left.')).toEqual([]);
  });

  it('a stop-listed ticker never called a token stays an acronym', () => {
    expect(ids('Trading resumed on Monday in JST hours.')).not.toContain('just');
  });

  it('a possessive name before a bound ticker is one mention, and binds the name alone', () => {
    const text = 'The lender launched its SPK token. Spark’s SPK slid 20%. Spark is a lending venue, unlike Apache Spark, which is software.';
    expect(spansOf(text, 'spark-2')).toEqual(['SPK', 'Spark’s SPK', 'Spark']);
  });

  it('a possessive before a ticker nothing binds is no mention', () => {
    expect(ids('Spark’s SPK slid 20%.')).toEqual([]);
  });

  it('a name is bound only to a coin carrying exactly that name', () => {
    const text = 'Falcon’s USDF held its peg. Falcon grew.';
    expect(spansOf(text, 'falcon-finance')).toEqual(['USDF']);
  });

  it('an acronym of token launches is no ticker, even called a token', () => {
    expect(ids('The game plans to launch its token, TGE, on the TON blockchain.')).toEqual(['the-open-network']);
  });

  it('in the migration year a page naming a renamed ticker’s successor keeps the old ticker the old coin', () => {
    expect(ids('Holders swap their FTM tokens for Sonic (S) 1:1; FTM deposits close soon.', '2025-01-10')).toEqual(['fantom', 'sonic-3']);
    expect(ids('Holders moved from $MATIC to $POL, and MATIC deposits close soon.', '2024-10-01')).toEqual(['matic-network', 'polygon-ecosystem-token']);
  });

  it('without the successor on the page, or after the migration year, the old ticker follows the date', () => {
    expect(ids('FTM deposits close soon.', '2025-01-10')).toEqual(['sonic-3']);
    expect(ids('Holders swap their FTM tokens for Sonic (S) 1:1.', '2026-03-01')).toEqual(['sonic-3']);
  });

  it('a name bound by Name (SYM) counts alone later', () => {
    const text = 'ZClassic (ZCL) doubled. Later ZClassic fell back.';
    expect(spansOf(text, 'zclassic')).toEqual(['ZClassic (ZCL)', 'ZClassic']);
  });
});

describe('sixth pass: a name in a pair with a non-coin, a numbered term', () => {
  it.each([
    ['an ordinary-word name paired with a capitalised word that names no coin', 'Bitcoin, Ether and Solana fell. Assyria and Babylon once ruled the world.', ['bitcoin'], ['babylon']],
    ['the tail of a longer name is no such pair', 'Bitcoin, Ether and Solana fell, while Binance Wallet and Aster ran a campaign.', ['aster-2'], []],
    ['a word numbered by a digit is a term, not a listed project', 'Trading moved to Solana and Layer-2s this year.', ['solana'], ['layer-one-x-2']],
  ] as [string, string, string[], string[]][])('%s', (_rule, text, mustFind, mustNotFind) => {
    const found = ids(text);
    for (const id of mustFind) expect(found, `${id} in ${text}`).toContain(id);
    for (const id of mustNotFind) expect(found, `${id} in ${text}`).not.toContain(id);
  });
});

describe('a coin named a coin, in the plural', () => {
  const spans = (text: string): string[] => detectDocument(text, lexicon, longTail, {}).map((m) => `${m.coinId}:${text.slice(m.start, m.end)}`);

  it('counts the plural as the coin, in the case the name allows', () => {
    expect(spans('He mined 10,000 bitcoins in 2010. Dogecoins and Litecoins followed.')).toEqual([
      'bitcoin:bitcoins', 'dogecoin:Dogecoins', 'litecoin:Litecoins',
    ]);
  });

  it('leaves kinds of coin and a firm named like a coin alone', () => {
    expect(spans('Stablecoins, memecoins and altcoins rose; KuCoins was a typo.')).toEqual([]);
  });
});

describe('rules from real news, on sentences we wrote', () => {
  it.each(CASES)('%s', (_rule, text, date, mustFind, mustNotFind) => {
    const found = ids(text, date || undefined);
    for (const id of mustFind) expect(found, `${id} in ${text}`).toContain(id);
    for (const id of mustNotFind) expect(found, `${id} in ${text}`).not.toContain(id);
  });

  it('a time zone with an hour offset stays a time zone where STEPN (GMT) is bound', () => {
    const text = 'STEPN (GMT) rose 45% this week. The app resumed at 9:00 GMT+8, and GMT rallied again.';
    const spans = detectDocument(text, lexicon, longTail, { date: '2022-04-22' }).map((m) => text.slice(m.start, m.end));
    expect(spans).toEqual(['STEPN (GMT)', 'GMT']);
  });

  it('without a date, today: every MATIC is POL', () => {
    expect(ids('MATIC rose.')).toEqual(['polygon-ecosystem-token']);
  });
});

describe('seventh pass: names the tab did not hold, in the forms news writes them', () => {
  it('a name ending in "coin" or "credits" is also written with a small letter', () => {
    expect(spansOf('The Binance coin slipped 4% while the USD coin supply grew.', 'binancecoin')).toEqual(['Binance coin']);
    expect(spansOf('The Binance coin slipped 4% while the USD coin supply grew.', 'usd-coin')).toEqual(['USD coin']);
    expect(spansOf('Two older coins, Komodo and LBRY credit, get a warning.', 'lbry-credits')).toEqual(['LBRY credit']);
  });

  it('a chain named as a network is the chain in any case, namesake or not', () => {
    expect(spansOf('Half of the supply now sits on Tron network, the rest on Ethereum.', 'tron')).toEqual(['Tron network']);
  });

  it('coins of former cycles and exchange staples are in the tab: their names count anywhere', () => {
    expect(spansOf('Won-denominated trading of Paycoin ends next week.', 'pay-coin')).toEqual(['Paycoin']);
    expect(spansOf('Rewards were paid in BarnBridge governance tokens.', 'barnbridge')).toEqual(['BarnBridge']);
  });

  it('"Algo" is Algorand where the page names coins, never "Algo trading"', () => {
    expect(spansOf('My picks are Celo, Algo and XRP. Algo is backed by a Turing Award winner.', 'algorand')).toEqual(['Algo', 'Algo']);
    expect(spansOf('Bitcoin, Ether and Solana fell. Algo trading desks sold; our Algo Trading guide covers bots.', 'algorand')).toEqual([]);
  });

  it('"Zora" is the social network\'s coin on a page of coins, a person elsewhere', () => {
    expect(spansOf('Bitcoin, Ether and Solana slid, and the onchain network Zora launched its token.', 'zora')).toEqual(['Zora']);
    expect(spansOf('Zora Neale Hurston wrote the novel.', 'zora')).toEqual([]);
  });

  it('exchange-listed memecoins are in the tab, so a listing of their tickers is a run of coins', () => {
    const text = 'The exchange added three memecoins today: GOAT, MOODENG and SUNDOG.';
    expect(detectDocument(text, lexicon, longTail).map((m) => m.coinId)).toEqual(['goatseus-maximus', 'moo-deng', 'sundog']);
  });

  it('a new coin whose name is also a word or a namesake needs context like the others', () => {
    expect(spansOf('Lending on chain removes counterparty risk; Counterparty risk is what banks price.', 'counterparty')).toEqual([]);
    expect(spansOf('A Sundog is a bright halo beside the sun on a cold morning.', 'sundog')).toEqual([]);
    expect(spansOf('Alien Worlds returns for a second season of the documentary.', 'alien-worlds')).toEqual([]);
  });

  it('"0x" is the project of ZRX, an address is not', () => {
    expect(spansOf('0x is a relayer protocol; send nothing to 0x5F3a9b1c.', '0x')).toEqual(['0x']);
  });
});

describe('seventh pass: a clause-opening conjunction is no part of a proper noun', () => {
  it('"When Compound modified …" on a page that binds COMP is the coin; "Apple Compound" stays a word', () => {
    const text = 'Yield farmers piled into COMP and BAT last week. When Compound changed its rewards, borrowing rose. The Apple Compound opened.';
    expect(spansOf(text, 'compound-governance-token')).toEqual(['COMP', 'Compound']);
  });
});

describe('eighth pass: tickers an exchange notice lists', () => {
  const coins = (text: string): string[] => detectDocument(text, lexicon, longTail, { date: '2024-06-01' }).map((m) => m.coinId);

  it('a listing verb licenses every ticker of its run, per-tab and long-tail alike', () => {
    // Only AUR is in the tab: before this rule the long-tail three stayed unmarked.
    expect(coins('The exchange will delist ZCL, AUR, ATA and ADX next Friday.')).toEqual(['zclassic', 'auroracoin', 'automata', 'adex']);
    expect(coins('The exchange will delist CITY, REI, OP and KP3R next Friday.')).toEqual(['manchester-city-fan-token', 'rei-network', 'optimism', 'keep3rv1']);
    expect(coins('Deposits of ZCL and GFT will close on Monday.')).toEqual(['zclassic', 'gifto']);
    expect(coins('The venue plans to suspend margin trading for FWOG and ZCL.')).toEqual(['fwog', 'zclassic']);
  });

  it('a shared ticker no listed coin holds stays out of the run; the others still count', () => {
    expect(coins('The exchange will delist WOLF and ZCL trading pairs.')).toEqual(['zclassic']);
  });

  it('without a notice word, a run of unknown tickers stays unmarked', () => {
    expect(coins('Traders swapped CITY and REI for lunch money.')).toEqual([]);
  });

  it('stocks, fiat codes and a lone ticker away from the verb are no run of tokens', () => {
    expect(coins('The broker will list MSTR, COIN and USD deposits.')).toEqual([]);
    expect(coins('Deposits for ZCL open next week.')).toEqual([]);
  });

  it('a lone ticker right after "list"/"delist" is the token listed (ninth pass)', () => {
    expect(coins('The exchange will list ZCL next week.')).toEqual(['zclassic']);
    expect(coins('The exchange will delist YFII on Friday.')).toEqual(['yfii-finance']);
    // Acronyms, fiat and file types stay words.
    expect(coins('The exchange will list KYC rules; we list PDF files and USD pairs.')).toEqual([]);
  });

  it('the run ends at its sentence', () => {
    expect(coins('The exchange will delist two pairs. CITY and REI fans met in Manchester.')).toEqual([]);
  });
});

describe('ninth pass: products named apart from their coin, dated listed holders, names that disagree', () => {
  it('a product whose token CoinGecko names otherwise is its coin', () => {
    expect(ids('KyberSwap paused its pools after an exploit on two chains.')).toEqual(['kyber-network-crystal']);
    expect(ids('Liquidity moved from Trader Joe to CowSwap during the week.')).toEqual(['joe', 'cow-protocol']);
    expect(ids('ParaSwap routed the trade through three pools.')).toEqual(['paraswap']);
  });

  it('a product named like a legend or a word needs crypto context', () => {
    expect(ids('ARB, GMX and RDNT climbed while volume on Camelot doubled.', '2024-01-10')).toContain('camelot-token');
    expect(ids('Traders bridged ETH to Arbitrum, where the Treasure ecosystem and its games run.', '2024-10-01')).toContain('magic');
    expect(ids('The knights of Camelot rode out at dawn.')).toEqual([]);
    expect(ids('The divers found the Treasure at last, and the museum paid for it.')).toEqual([]);
    // "Joe" is a given name: alone, never the coin, even on a page dense with coins.
    expect(ids('Joe said the market was calm.')).toEqual([]);
    expect(ids('BTC, ETH and SOL fell, according to Joe, a trader.')).not.toContain('joe');
    // Names CoinGecko took from the ticker are never the coin alone; the products' names are
    // (Rari Capital is the lending protocol's own coin, RGT, not Rarible's RARI).
    expect(ids('Rari Capital lost funds; Rarible and Solve.Care (SOLVE) were fine.')).toEqual(['rari-governance-token', 'rarible', 'solve-care']);
  });

  it('an appositive that defines a name as a DEX, ecosystem or chain licenses it', () => {
    expect(ids('Treasure, the gaming ecosystem on a rollup, plans a move.', '2024-10-01')).toEqual(['magic']);
    expect(ids('Camelot, a DEX with its own launchpad, doubled its volume.', '2024-10-01')).toEqual(['camelot-token']);
    expect(ids('Treasure, the island of legend, was never found.')).toEqual([]);
  });

  it('a project suffix after an ordinary-word name makes it the project', () => {
    expect(ids('Convex Finance and Curve Finance voted on the gauge.')).toEqual(['convex-finance', 'curve-dao-token']);
  });

  it('a product-named coin\'s ticker that reads otherwise in capitals needs a licence', () => {
    expect(ids('The PSP and the SYN packet are old news; JOE called.')).toEqual([]);
    expect(ids('PSP rose 12% after the vote.')).toEqual(['paraswap']);
  });

  it('chains and products named for their coin\'s ecosystem', () => {
    expect(ids('Fees on opBNB fell while ApeChain grew.')).toEqual(['binancecoin', 'apecoin']);
    expect(ids('SunSwap volume rose and JustLend deposits grew; ElizaOS shipped agents.')).toEqual(['sun-token', 'just', 'ai16z']);
  });

  it('products without a coin stay unmarked', () => {
    expect(ids('Bitcoin, Ether and Solana rose; Farcaster and Warpcast users cheered.')).not.toContain('farcaster');
  });

  it('a shared ticker an exchange lists, a renamed one, a holder of the text\'s date', () => {
    expect(ids('The exchange will delist LOOM, SOS and VALUE on Friday.', '2023-08-20')).toEqual(['loom-network-new', 'opendao', 'value-liquidity']);
    expect(ids('Margin pairs UMEE/USDT and ART/USDT will be removed.', '2023-05-01')).toEqual(['umee', 'tether', 'liveart']);
    expect(ids('The exchange will remove the FUEL/ETH and GTO/ETH pairs.', '2019-09-30')).not.toContain('fuel-network');
    expect(ids('The exchange will remove the FUEL/ETH and GTO/ETH pairs.', '2025-03-01')).toContain('fuel-network');
  });

  it('a determiner before "token" names no project', () => {
    expect(ids('Voting - Any token holder may submit a proposal; Every token counts once.')).toEqual([]);
  });

  it('a tokenless network with a project suffix is no long-tail coin', () => {
    expect(ids('Fees there sat far below Ethereum\'s $1,800 and Base Chain\'s $170.', '2024-09-12')).toEqual(['ethereum']);
  });

  it('a generic term is not the small coin named after it', () => {
    expect(ids('LST — Liquid Staking Token — such as those of Lido and Rocket Pool.', '2024-01-27')).not.toContain('liquid-staking-token');
    expect(ids('Compound\n• Launched: 2018\n• TVL: ~$2B\n• Native Token: COMP (governance)', '2024-06-01')).toEqual(['compound-governance-token']);
  });

  it('"the Terra stablecoin" is UST at any date', () => {
    expect(ids('Regulators moved after the collapse of the Terra stablecoin.', '2022-09-15')).toEqual(['terrausd']);
  });

  it('an ordinary word shouted for emphasis in a lower-case sentence is no ticker', () => {
    expect(ids('It is more than you could EVER want to know about puppies.')).toEqual([]);
    expect(ids('EVER rose 14% after the upgrade.')).toEqual(['everscale']);
  });

  it('a figure before its move noun is a price move', () => {
    expect(ids('Cardano posted a 7% decrease and Ripple 6% decrease on the day.', '2019-06-01')).toEqual(['cardano', 'ripple']);
    expect(ids('Ripple filed a motion; a 6% decrease in staff followed.', '2019-06-01')).toEqual([]);
  });

  it('a quote after a colon is coin evidence for a name that needs context', () => {
    expect(ids('Levels to watch:\n• Polkadot: $4 range\n• Near: low-$5 range')).toEqual(['polkadot', 'near']);
  });

  it('a name in Hangul before (SYM) is a name the ticker alone settles', () => {
    // A Korean notice: the sole holder of ZCL, the listed holder of LOOM; later bare tickers follow.
    expect(ids('원화 마켓 추가: 지클래식(ZCL), 루프네트워크(LOOM). LOOM 입금 지원.', '2023-05-20')).toEqual(['zclassic', 'loom-network-new']);
  });

  it('Terra Luna is the old chain at any date; Leo is the exchange token only among coins', () => {
    expect(ids('Currencies like Solana, Terra Luna, and MATIC returned over 50x.', '2021-09-01')).toEqual(['solana', 'terra-luna', 'matic-network']);
    expect(ids('Tron, Leo, and Uniswap are among the few gainers, while Bitcoin fell.', '2022-10-01')).toEqual(['tron', 'leo-token', 'uniswap', 'bitcoin']);
    expect(ids('Leo Messi scored twice. Bitcoin, Ether and Solana rose. Leo said the market was calm.')).toEqual(['bitcoin', 'ethereum', 'solana']);
  });

  it('a notice that asks holders to withdraw a list of tokens licenses the list', () => {
    expect(ids('The exchange asks users holding these tokens, including BRD, DENT, MTL and NGC, to withdraw them before December 14.', '2018-11-27')).toEqual(['bread', 'dent', 'metal', 'naga']);
  });

  it('Name (SYM): of two holders whose names fit, the one named exactly as written', () => {
    expect(ids('The exchange will delist:\n  • Bread (BRD)\n  • Mobius (MOBI)', '2018-12-01')).toEqual(['bread', 'mobius']);
  });

  it('UST on the page dates the LUNA ticker to the old chain, like the name Terra', () => {
    expect(ids('How UST lost its peg: it was linked to its sister token, LUNA, and LUNA supply ballooned.', '2025-03-01')).toEqual(['terrausd', 'terra-luna']);
    expect(ids('LUNA rose 8% after the Terra 2.0 upgrade.', '2025-03-01')).toEqual(['terra-luna-2']);
  });

  it('Ton coin is Toncoin; Anchor is the Terra lending protocol only with context', () => {
    expect(ids("Telegram's Ton coin surged 22% in a day.")).toEqual(['the-open-network']);
    expect(ids('UST depositors earned 20% APY from Anchor until Anchor’s TVL collapsed and Bitcoin slid.', '2022-06-01')).toEqual(['terrausd', 'anchor-protocol', 'bitcoin']);
    expect(ids('The ship dropped anchor. Anchor points hold the rope.')).toEqual([]);
  });

  it('digits before (SYM) are no name: a time zone after a clock time or a date is no coin', () => {
    expect(ids('Trading closes at 05:00 Nov 30, 2018 (CET). Deposits close at 05:00 (CET).', '2018-11-27')).toEqual([]);
  });

  it('Name (SYM) picks the coin by name among every holder of the ticker, or none', () => {
    // The long tail's only RIF is Rootstock's: a memecoin of another name is not it.
    expect(ids('The Rifampicin (RIF) memecoin tripled overnight.')).toEqual([]);
    // A lower-case name that spells the ticker names one of its two holders.
    expect(ids('ai16zeliza (ELIZA) rose 40% on the day.')).toEqual(['ai16zeliza']);
  });
});

describe('coverage: ecosystem tokens, community points, large caps of 2017–18 (issue 12)', () => {
  it('a chain or game on the page licenses its sibling tokens by ticker', () => {
    expect(ids('Authors on the Hive blockchain earn HIVE, and some of it as HBD in savings.')).toEqual(['hive', 'hive_dollar']);
    expect(ids('Splinterlands players earned 400 DEC a day last season, and SPS rewards since.')).toEqual(['splinterlands', 'dark-energy-crystals']);
    expect(ids('The Usual protocol minted more USD0 this week; USUAL holders voted on the change.')).toEqual(['usual', 'usual-usd']);
  });

  it('without the witness the same tickers are December, a greeting, a shouted word', () => {
    expect(ids('HBD mate, have a great day! The party is on 14 DEC at nine.')).toEqual([]);
    expect(ids('It was the USUAL story with BTC and ETH and SOL again.')).not.toContain('usual');
  });

  it('a product whose token CoinGecko names otherwise, in the case its users write it', () => {
    expect(ids('Splinterlands is the biggest game on its chain.')).toEqual(['splinterlands']);
    expect(ids('Yield hunters moved from Yearn to mStable as MTA rallied.')).toEqual(['yearn-finance', 'meta']);
  });

  it('community and DeFi-summer coins named by words count only with context', () => {
    expect(ids('The Donut ecosystem grew, and DONUT tokens go to active posters.')).toEqual(['donut']);
    // The coin named with context licenses its ticker, which alone is a bakery's sign.
    expect(ids('The Donut ecosystem grew. DONUT is the pillar of the forum.')).toEqual(['donut']);
    expect(ids('She bought a donut and a coffee. Yam and cassava are staples.')).toEqual([]);
    expect(ids('The DONUT SHOP opens at seven. Fresh DONUT every day.')).toEqual([]);
    expect(ids('YAM is a fork of AMPL, and YAM holders voted to rescue it.', '2020-08-20')).toContain('yam-2');
    expect(ids('The MTA raised subway fares again.')).toEqual([]);
  });

  it('large caps of 2017–18 by name; their tickers that are acronyms stay acronyms alone', () => {
    expect(ids('Old projects such as BitShares, Populous and Lisk lost their ranks.', '2018-09-01')).toEqual(['bitshares', 'populous', 'lisk']);
    expect(ids('The populous city of Lagos and the Ark of the Covenant.')).toEqual([]);
    expect(ids('BTS sold out the stadium, ARK bought more shares, and the PPT had forty slides.')).toEqual([]);
    expect(ids('I added some Rai Blocks (XRB); if XRB beats Bitcoin, fine.', '2017-12-20')).toEqual(['nano', 'bitcoin']);
  });

  it('a coin named on the page licenses its own stop-listed ticker; alone it is the ETF', () => {
    expect(ids('After the fork, EthereumPoW slid and ETHW lost a third of its value.', '2022-09-20')).toEqual(['ethereum-pow-iou']);
    expect(ids('Bitwise ETHW took in $20 million as ETH rallied.', '2024-08-01')).toEqual(['ethereum']);
  });

  it('Farcaster tipping tokens by their apps’ names, the meat and the radio only as words', () => {
    expect(ids('Tipn launched in April; Ham tips moved on chain, and one Ham equals 1 $TN100X.')).toEqual(['tipn', 'tn100x']);
    expect(ids('The ham sandwich and the Ham radio club met on Friday.')).toEqual([]);
  });

  it('notices name older coins by their names of the time; a word ticker alone stays a word', () => {
    expect(ids('The exchange will suspend DFI Money (YFII) and Paxos Standard Token (PAX) next week.', '2019-06-01')).toEqual(['yfii-finance', 'paxos-standard']);
    expect(ids('Binance will delist KEY/USDT on Friday. SelfKey was an identity project.', '2019-06-01')).toEqual(['selfkey', 'tether']);
    expect(ids('KEY TAKEAWAYS: stocks fell, and the key vote is next week.')).toEqual([]);
  });

  it('generic words are no long-tail coin: the LEO Miner token is not Miner Arena', () => {
    expect(ids('Stake the LEO Miner token to earn more.')).not.toContain('miner-arena');
  });
});

describe('coverage, second pass: counted units, names before their token, names the tab lacked (issue 12)', () => {
  const spans = (text: string, date = '2021-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('an amount before an ecosystem’s word-named coin witnesses the ecosystem for the page', () => {
    // No pair, no capitals, no "Hive blockchain": only quantities start the witness.
    expect(spans('I converted 100 HBD last week and got 480 Hive back. HBD paid well, and Hive was cheap.')).toEqual([
      'HBD=hive_dollar', 'Hive=hive', 'HBD=hive_dollar', 'Hive=hive',
    ]);
    expect(ids('My wallet shows 2.5k Hive and 12 HBD in savings.')).toEqual(['hive', 'hive_dollar']);
    // "6.2M HBD" alone names the stablecoin and, through it, the chain's name elsewhere.
    expect(spans('Only 6.2M HBD are left. Hive trades near 30 cents.')).toEqual(['HBD=hive_dollar', 'Hive=hive']);
    expect(ids('She sent 40 SBD to the contest winner; Steem Power is staked STEEM.', '2018-04-01')).toEqual(['steem-dollars', 'steem']);
  });

  it('community points counted by a quantifier are the coin; a planet’s moons are not', () => {
    expect(ids('The new rules mean less Moons for casual posters.', '2023-01-01')).toEqual(['moon']);
    expect(ids('Jupiter has more moons than Saturn had. Many Moons Ago is a song.')).toEqual([]);
  });

  it('an exchange lists the wrapped token of a game chain under its ticker', () => {
    expect(spans('The exchange will delist WNCG/USDT on Friday.', '2024-08-20')).toEqual(['WNCG=wrapped-ncg', 'USDT=tether']);
  });

  it('the blog platform’s staked unit is the coin', () => {
    expect(spans('My Hive Power grew this month.')).toEqual(['Hive Power=hive']);
  });

  it('bee hives, a hive mind, the social app and the ransomware group are never the coin', () => {
    expect(ids('We run 12 Hive boxes and 40 hives. Top 10 Hive Tips for new beekeepers.')).toEqual([]);
    expect(ids('Hive mind is real in a colony. Hive, the social app, has 2 million users.')).toEqual([]);
    expect(ids('The Hive ransomware group demanded 50 Bitcoin from the hospital.')).toEqual(['bitcoin']);
    expect(ids('HBD to my sister! She turns 30 today.')).toEqual([]);
  });

  it('a game’s name before its token existed is no coin; after, it is the token', () => {
    expect(ids('The card game is rebranding as Splinterlands this month.', '2019-05-01')).toEqual([]);
    expect(ids('Splinterlands airdropped SPS to card holders.', '2021-09-01')).toEqual(['splinterlands']);
  });

  it('the governance token’s old name is the governance token at any date', () => {
    expect(spans('Frax Share and FXS holders voted on the change.', '2023-08-01')).toEqual(['Frax Share=frax-share', 'FXS=frax-share']);
  });

  it('a chain named only in its own newsletter counts by its name', () => {
    expect(ids('This week at Haven1: the Haven1 team shipped a bridge.')).toEqual(['haven1']);
  });

  it('a memecoin named by a word counts once its cashtag binds it; the word alone is a word', () => {
    expect(spans('I bought more $USELESS. USELESS is up 900% and Useless keeps climbing.', '2025-06-15')).toEqual([
      '$USELESS=useless-3', 'USELESS=useless-3', 'Useless=useless-3',
    ]);
    expect(ids('Honestly this update is USELESS, and the new menu is Useless too.', '2025-06-15')).toEqual([]);
  });

  it('a fork of the chain, named by a verb, with its own witnesses', () => {
    expect(spans('The Blurt blockchain forked from its parent. BLURT lost half its value, and Blurt still pays authors.', '2023-06-01')).toEqual([
      'Blurt=blurt', 'BLURT=blurt', 'Blurt=blurt',
    ]);
    expect(ids('Do not blurt it out. He would BLURT anything at dinner.')).toEqual([]);
  });

  it('a market rank or an exchange listing makes a context-needing name the coin', () => {
    expect(ids('Somehow Shiba is now in the top 20 by market cap.')).toEqual(['shiba-inu']);
    expect(ids('Then Shiba has been listed on Coinbase overnight.')).toEqual(['shiba-inu']);
    expect(ids('My Shiba is a loyal dog and sleeps all day.')).toEqual([]);
  });

  it('a protocol’s pool or exploit, and a network’s own governance body, name the project', () => {
    expect(ids('Arbitrageurs drained the Curve pool after the exploit.')).toEqual(['curve-dao-token']);
    expect(ids('Grants come from the Optimism Collective each season.')).toEqual(['optimism']);
    expect(ids('She spoke with optimism about the coming season.')).toEqual([]);
  });

  it('the drink and the film character are no coins on pages without crypto', () => {
    expect(ids('Kava is a root drink of the South Pacific. Kava is nonalcoholic.')).toEqual([]);
    expect(ids('Agents ask Neo to find Morpheus, who offers him a choice.')).toEqual([]);
    expect(ids('Kava and Cosmos rose 6% as ATOM led the IBC chains.')).toContain('kava');
  });
});

describe('surface forms: underscore pairs, glued amounts, stock tickers, an idiom', () => {
  const spans = (text: string, date?: string): string[] => detectDocument(text, lexicon, longTail, date ? { date } : {}).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('an underscore pair as exchange APIs write it names both sides, a long-tail base too', () => {
    expect(spans('Trading opens for SOL_USDT and ETH_BTC at noon.')).toEqual(['SOL=solana', 'USDT=tether', 'ETH=ethereum', 'BTC=bitcoin']);
    expect(spans('The exchange will delist these contracts:\nBTCV_USDT,\nZCL_USDT')).toEqual(['BTCV=bitcoin-vault', 'USDT=tether', 'ZCL=zclassic', 'USDT=tether']);
  });

  it('an underscore between words that are no ticker and quote is no pair', () => {
    expect(spans('Set MAX_SUPPLY and API_KEY in the config; BUY_NOW is a button.')).toEqual([]);
  });

  it('an amount glued to a ticker the tab knows is the coin; units and counts are not', () => {
    expect(spans('Each voter gets 5BTC worth of prizes, and fees of 100USDT or 0.25ETH apply.')).toEqual(['5BTC=bitcoin', '100USDT=tether', '0.25ETH=ethereum']);
    expect(spans('It raised $5M with 3x leverage, 10K users, 24H support, 4K video, 5G phones and 2FA.')).toEqual([]);
    // A ticker that is itself an amount-shaped name stays whole.
    expect(spans('1INCH rose 4% on the day.')).toEqual(['1INCH=1inch']);
  });

  it('a pool token named by its number of coins is no amount', () => {
    expect(spans('Most liquidity sits in the FRAX+3CRV and USDD/3CRV pools.').filter((s) => s.endsWith('=curve-dao-token'))).toEqual([]);
  });

  it('a stock exchange before or after a ticker makes it the stock for the whole page', () => {
    expect(spans('Atlas Homes, Inc. (NYSE: COMP) reported a loss. COMP shares fell 4% after the call.', '2024-11-01')).toEqual([]);
    expect(spans('Atlas Homes\nCOMP\nNYSE\n8.59 USD\n-2.39%\nCOMP rose 4% this week.', '2024-11-01')).toEqual([]);
    // Without the exchange, or where the page binds the coin by name, the ticker is the coin.
    expect(spans('COMP rose 4% after the governance vote.', '2024-11-01')).toEqual(['COMP=compound-governance-token']);
    expect(spans('Compound (COMP) holders voted; NASDAQ: COMP is a stock symbol, while COMP rose 4%.', '2024-11-01').filter((s) => s.startsWith('COMP=') || s.startsWith('Compound'))).toContain('COMP=compound-governance-token');
  });

  it('a ticker written as a lower-case word counts where the page names its coin, or listed next to one', () => {
    expect(spans('My uncle bought bitcoin in 2017. Now he says btc is cheap compared to btc/eth ratios.')).toEqual(['bitcoin=bitcoin', 'btc=bitcoin', 'btc=bitcoin', 'eth=ethereum']);
    expect(spans('Litecoin (LTC) halved again; miners kept their ltc.')).toEqual(['Litecoin (LTC)=litecoin', 'ltc=litecoin']);
    expect(spans('Monero (XMR) stays private, so I moved my xmr to a new wallet.')).toEqual(['Monero (XMR)=monero', 'xmr=monero']);
  });

  it('a lower-case ticker alone, or one that is an ordinary word, stays a word', () => {
    // No coin named on the page: the letters prove nothing.
    expect(spans('The firm tweaked its algo again, and the usdt column of the sheet is empty.')).toEqual([]);
    expect(spans('Bitcoin fell 3%. My friend only talks about shib and avax.')).toEqual(['Bitcoin=bitcoin']);
    // A word ticker in lower case is the word even on a crypto page.
    expect(spans('Bitcoin and Ethereum rallied. Prices hovered near the high, stable and based on volume.')).toEqual(['Bitcoin=bitcoin', 'Ethereum=ethereum']);
  });

  it('a name styled with a small first letter and a capital after it is written as a name, not in lower case', () => {
    expect(spans('Bitcoin rose. Earn 5% on your LINK at yEarn Finance this week.', '2021-03-01')).toContain('yEarn Finance=yearn-finance');
    expect(spans('Bitcoin rose. I yearn for finance reform.', '2021-03-01')).toEqual(['Bitcoin=bitcoin']);
  });

  it('a change that ends its clause after "at" or "with" is a coin\'s move', () => {
    expect(spans('Pepe jumped 11%, Bonk follows with 10%, and Shiba Inu at 4.3%.', '2026-01-04')).toContain('Shiba Inu=shiba-inu');
    expect(spans('The breeder kept one Shiba Inu at 4% body fat.', '2026-01-04')).toEqual([]);
  });

  it('a bracket that says a bare ticker names an event or a body defines the letters for the page', () => {
    expect(spans('XRP fell 3% while Ripple was hosting SWELL (its first ever conference). Analysts at SWELL were bullish.', '2018-10-05')).toEqual(['XRP=ripple']);
    expect(spans('Bitcoin rose. SWELL (the liquid staking token) rose 5%, and SWELL holders cheered.', '2024-10-05')).toEqual(['Bitcoin=bitcoin', 'SWELL=swell-network', 'SWELL=swell-network']);
  });

  it('letters in brackets that spell the words before a small head noun are an acronym the text defines', () => {
    expect(spans('We keep a medium-term hold portfolio (MTH) for slow positions; the MTH holds Bitcoin.', '2019-05-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Monetha (MTH) rose, and the Open Network token (TON) fell.', '2022-03-05')).toEqual(['Monetha (MTH)=monetha', 'the Open Network token (TON)=the-open-network']);
  });

  it('Nexo is the lending firm alone, the token with a price, in a list of coins or as its ticker', () => {
    expect(spans('Bitcoin rose. I earn 8% at Nexo, and Nexo is now more competitive; the NEXO token pays more.', '2020-08-29')).toEqual(['Bitcoin=bitcoin', 'NEXO=nexo']);
    expect(spans('Bitcoin rose 2%, and Nexo price jumped to $1.20.', '2020-08-29')).toEqual(['Bitcoin=bitcoin', 'Nexo=nexo']);
  });

  it('Reddit\'s community points named with their site are the coin; a leap with its figure is a move', () => {
    expect(spans('I remember my first Reddit Moon distribution in 2021.', '2025-04-01')).toEqual(['Reddit Moon=moon']);
    expect(spans('Bitcoin rose, and in a week Stellar leaped more than 300 percent.', '2018-01-05')).toEqual(['Bitcoin=bitcoin', 'Stellar=stellar']);
    expect(spans('The full moon rose, and Stellar leaped over the fence.', '2018-01-05')).toEqual([]);
  });

  it('a ticker the page spells as an acronym still counts with its price quoted after it; "raised ICP" opens a sentence too', () => {
    expect(spans('Researchers at ETH Zurich published a study on MEV. ETH price is $3,000.', '2022-01-01')).toEqual(['ETH=ethereum']);
    expect(spans('Raised ICP after head trauma needs urgent care.', '2022-01-01')).toEqual([]);
    expect(spans('Nexo token holders get a share of the profits.', '2019-06-06')).toEqual(['Nexo=nexo']);
    expect(spans('Javier Solana was NATO Secretary General.', '2012-01-01')).toEqual([]);
    expect(spans('Mayor Solana opened the fair.', '2012-01-01')).toEqual([]);
  });

  it('a lower-case ticker glued after a dot is a suffix (a name service, a file type), not the coin', () => {
    expect(spans('Ethereum (ETH) rose 3%. Renew your .eth address, as vitalik.eth did; I bought more eth.')).toEqual(['Ethereum (ETH)=ethereum', 'eth=ethereum']);
  });

  it('a two-letter ticker right before "token" binds the page when the tab holds its coin', () => {
    expect(spans('The network unveiled its OP token today. OP holders vote next month, and users may claim OP now.', '2022-05-01')).toEqual(['OP=optimism', 'OP=optimism', 'OP=optimism']);
    // Never through "is a", and never an acronym or letters only the long tail holds.
    expect(spans('Its IT is a token of trust; the LP token is staked and the QX token is new. QX fell.')).toEqual([]);
  });

  it('a comma before the bracket still glosses the name: "ZClassic, (ZCL)"', () => {
    expect(spans('Early favourites include ZClassic, (ZCL), and a few others.', '2018-06-01')).toEqual(['ZClassic, (ZCL)=zclassic']);
    // A bracket that holds no ticker after a comma stays prose.
    expect(spans('Bitcoin fell, (see the chart below) again.')).toEqual(['Bitcoin=bitcoin']);
  });

  it('a relative clause after a name is no appositive: "the creator of which" names no person', () => {
    expect(spans('Exchanges listed coins whose founders hid, including Bitcoin, the creator of which, a pseudonym, vanished.')).toEqual(['Bitcoin=bitcoin']);
    // A role heading a real appositive still makes the name a person's.
    expect(spans('Wei Dai, founder of a small lab, spoke.')).toEqual([]);
  });

  it('"into the ether" is the idiom; ether the coin keeps its other uses', () => {
    expect(spans('Our savings vanished into the ether. His letters were lost to the ether, never answered.')).toEqual([]);
    expect(spans('She sold 1,000 ether at the top, and the ether price fell after it.')).toEqual(['ether=ethereum', 'ether=ethereum']);
  });
});

describe('surface forms, second pass: names that hold a ticker, a firm moved by its price, channels', () => {
  const spans = (text: string, date?: string): string[] => detectDocument(text, lexicon, longTail, date ? { date } : {}).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('a subreddit or a Reddit user is an account, like an @handle', () => {
    expect(spans('Bitcoin rose. Posts on r/bitcoin and /r/ethereum, and a reply by u/solana, argued about it.')).toEqual(['Bitcoin=bitcoin']);
    // A word before the slash is no subreddit: "our/ethereum" is not one, and "BTC/ETH" stays a pair.
    expect(spans('Bitcoin rose while BTC/ETH fell.')).toEqual(['Bitcoin=bitcoin', 'BTC=bitcoin', 'ETH=ethereum']);
  });

  it('a ticker glued by a hyphen to a brand word, or a university’s name, is no coin', () => {
    expect(spans('Ethereum deposits resume. The BTC-Alpha team thanks its users.')).toEqual(['Ethereum=ethereum']);
    expect(spans('The exchange BTC-e closed; researchers at ETH Zurich and ETH Zürich studied it. Bitcoin rose.')).toEqual(['Bitcoin=bitcoin']);
    // A compound the coin heads is still the coin.
    expect(spans('BTC-Margined futures and ETH-Denominated loans grew.')).toEqual(['BTC=bitcoin', 'ETH=ethereum']);
  });

  it('a ticker that a fund issuer follows at the end of an ETF list’s line is the fund', () => {
    expect(spans('Funds tracked:\n- IBIT by BlackRock\n- BTC by Grayscale (Mini Trust)\n- ETH by Grayscale\nBitcoin funds took in $400M.')).toEqual(['Bitcoin=bitcoin']);
    // In running text the coin bought by a fund's clients is still the coin.
    expect(spans('Purchases of BTC by BlackRock clients rose 5% this week.')).toEqual(['BTC=bitcoin']);
  });

  it('a coin name before "Guy" or "Girl" is a person’s nickname', () => {
    expect(spans('Solana traders cheered the Bonk Guy all week.')).toEqual(['Solana=solana']);
    expect(spans('BONK rose 9% while the Bonk community cheered.').map((s) => s.split('=')[1])).toEqual(['bonk', 'bonk']);
  });

  it('a firm’s name that only a price moves is the coin: a retrace, a possessive with a figure', () => {
    expect(spans('Ethereum slid 2% to $3,100. Ripple has retraced by a similar share.')).toEqual(['Ethereum=ethereum', 'Ripple=ripple']);
    expect(spans('Altcoins bled: Ripple’s 37% drop led, with Cardano down more.')).toContain('Ripple=ripple');
    expect(spans('Bitcoin slid. A spike aside, Ripple has mostly been trading in a range; the price of Ripple fell.')).toEqual(['Bitcoin=bitcoin', 'Ripple=ripple', 'Ripple=ripple']);
    // The firm's own news stays the firm.
    expect(spans('Ethereum slid 2%. Ripple has hired a new general counsel.')).toEqual(['Ethereum=ethereum']);
    expect(spans('Bitcoin slid. Ripple has been trading shares privately; the price of the Ripple lawsuit is high.')).toEqual(['Bitcoin=bitcoin']);
  });

  it('a project’s own Discord, Telegram or module carries its name', () => {
    expect(spans('Solana stakers asked in the Marinade Discord about fees.')).toContain('Marinade=marinade');
    expect(spans('Voters moved Maker PSM reserves into more assets; DAI held its peg.')).toContain('Maker=maker');
  });

  it('a lower-case ticker right after a trade, a holder or an amount is the coin', () => {
    expect(spans('I moved 0.5 btc and 100 avax to cold storage, then started staking my xmr.')).toEqual(['btc=bitcoin', 'avax=avalanche-2', 'xmr=monero']);
    // Talked about, not traded: still a word without a coin named on the page.
    expect(spans('My friend only talks about shib and avax.')).toEqual([]);
    // A word ticker stays a word after the same verbs.
    expect(spans('We hold the stable position and buy gas cans.')).toEqual([]);
  });

  it('an ordinary-word name whose possessive owns an airdrop, a mainnet or a token is the project', () => {
    expect(spans('Ever since Blur’s successful season 2 airdrop, people farm everything.')).toEqual(['Blur=blur']);
    expect(spans('Harmony’s new mainnet launched this week.')).toEqual(['Harmony=harmony']);
    // Other nouns after the possessive leave the word a word.
    expect(spans('Near’s village council met; Render’s latest film won.')).toEqual([]);
  });

  it('a pair whose base the stop-list keeps still names its crypto quote', () => {
    expect(spans('The affected pairs include:\n- KOL/USDT\n- GM/USDT')).toEqual(['USDT=tether', 'USDT=tether']);
    // A fiat quote is a unit: nothing.
    expect(spans('GM/USD and the CEO/USD spread.')).toEqual([]);
  });

  it('a run of unknown tickers the sentence names as coins goes to the long tail', () => {
    expect(spans('Aave rallied, while cryptocurrencies including DONKEY and ZCL posted gains.', '2025-03-01')).toEqual(['Aave=aave', 'DONKEY=donkey-2', 'ZCL=zclassic']);
    // Firms and acronyms named the same way are no coins.
    expect(spans('Firms including IBM and AMD rose; tokens like NFT and DAO names were discussed.')).toEqual([]);
  });
});

describe('coins written as words: tickers as words, plurals, sentence subjects on dense pages', () => {
  const spans = (text: string, date?: string): string[] => detectDocument(text, lexicon, longTail, date ? { date } : {}).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('a ticker written as a word counts where the page binds its coin, at a sentence start and as a hashtag', () => {
    expect(spans('Dogecoin (DOGE) slid again. Doge has lost half its value, yet fans still post #Doge daily.')).toEqual(['Dogecoin (DOGE)=dogecoin', 'Doge=dogecoin', 'Doge=dogecoin']);
    expect(spans('Ethereum fell 3% overnight. Will Eth hold above $2,000 this week?')).toEqual(['Ethereum=ethereum', 'Eth=ethereum']);
  });

  it('other tickers forum writers capitalise as words follow the same rule', () => {
    expect(spans('Hedera (HBAR) rose 4% after the vote. Hbar holders now stake more.')).toEqual(['Hedera (HBAR)=hedera-hashgraph', 'Hbar=hedera-hashgraph']);
    expect(spans('Kas walked home after the match.')).toEqual([]);
  });

  it('a ticker written as a word is the picture or a title where the page names no coin', () => {
    expect(spans('The Doge meme spread fast. Doge is also the title of the old rulers of Venice.')).toEqual([]);
    // A dense page alone does not license it: another coin's page still reads "the Doge meme" as the picture.
    expect(spans('Dogecoin rose 4% after the Doge meme returned to the site’s logo.')).toEqual(['Dogecoin=dogecoin']);
  });

  it('a ticker written as a word opening a longer proper noun, after an article or in quotation marks is the word', () => {
    expect(spans('Cardano (ADA) rose 5%. Ada Lovelace wrote the first program.')).toEqual(['Cardano (ADA)=cardano']);
    expect(spans('Dogecoin (DOGE) rose 5%. The site’s logo became a Doge, and fans dubbed the dog “Doge” long ago; the Doge icon stayed a week.')).toEqual(['Dogecoin (DOGE)=dogecoin']);
    // A crypto noun after the article's word keeps it the coin.
    expect(spans('Cardano (ADA) rose 5%. Every Ada holder can delegate.')).toEqual(['Cardano (ADA)=cardano', 'Ada=cardano']);
  });

  it('a bare ticker alone does not make a dog page’s "Doge" the coin; with a coin named firmly it does', () => {
    expect(spans('You cannot talk about this breed without mentioning DOGE. Doge is a slang term for the dog.')).not.toContain('Doge=dogecoin');
    expect(spans('CELO, ALGO and XRP are my picks. Theta (THETA) too. Algo is backed by the establishment.')).toContain('Algo=algorand');
  });

  it('a gloss after a ticker written as a word must be a name: a star sign’s dates are none', () => {
    expect(spans('Bitcoin (BTC) fell. Leo (Jul 23-Aug 23) should rest today; Leo will meet an old friend.')).toEqual(['Bitcoin (BTC)=bitcoin']);
  });

  it('the meme named once leaves the coin’s own name the coin', () => {
    expect(spans('Kabosu was the dog behind the Doge meme, which inspired Dogecoin in 2013.')).toEqual(['Dogecoin=dogecoin']);
  });

  it('the reversed form glosses a ticker written as a word', () => {
    expect(spans('It is odd to see Shib (Shiba Inu) so high in this chart.')).toContain('Shib=shiba-inu');
  });

  it('a ticker the page calls a token binds its plural and its word forms', () => {
    expect(spans('We look at MOON, the social token of a large forum. To understand MOONs, start with its points.')).toEqual(['MOON=moon', 'MOONs=moon']);
    expect(spans('Step 4: import the token (MOONs) into the wallet. Then send MOONs to a friend.')).toEqual(['MOONs=moon', 'MOONs=moon']);
    expect(spans('Token Symbol: MOON\nYou can now trade your MOONs.')).toEqual(['MOON=moon', 'MOONs=moon']);
  });

  it('points one earns or wins are counted units', () => {
    expect(spans('Post a good argument and win Moons.')).toEqual(['Moons=moon']);
    // A noun or a capitalised word after it makes it part of a name: "Moons Club" is no unit.
    expect(spans('Fans who earn Moons Club stamps get a sticker.')).toEqual([]);
  });

  it('an ordinary-word name opening a sentence as its subject counts on a page naming many coins', () => {
    const text = 'Bitcoin, Ethereum, Litecoin, Cardano and Monero all fell. Stellar, of course, is a fork of an older ledger. Tron is not live yet. Neo hasn’t had much attention.';
    expect(spans(text)).toEqual(expect.arrayContaining(['Stellar=stellar', 'Tron=tron', 'Neo=neo']));
    // On a page naming few coins, the same sentences stay words.
    expect(spans('Bitcoin fell. Stellar, of course, is a word for great. Harmony is what we want.')).toEqual(['Bitcoin=bitcoin']);
    // A preposition after the opening word still makes it a word.
    expect(spans('Bitcoin, Ethereum, Litecoin, Cardano and Monero all fell. Near the close, stocks rose.')).not.toContain('Near=near');
  });

  it('a name in lower case counts where the page binds its coin firmly and the name stands alone', () => {
    expect(spans('Stellar (XLM) rose 9% on Monday. Over the week, stellar has gained more than any coin.')).toEqual(['Stellar (XLM)=stellar', 'stellar=stellar']);
    expect(spans('Chainlink (LINK) feeds prices to lenders. Half of the oracles here depend on chainlink.')).toEqual(['Chainlink (LINK)=chainlink', 'chainlink=chainlink']);
    expect(spans('Tether (USDT) kept its peg. The share of the stablecoin tether , by volume, grew.')).toEqual(['Tether (USDT)=tether', 'tether=tether']);
    expect(spans('Curve (CRV) lost deposits. Liquidity left the DeFi protocol curve, then came back.')).toEqual(['Curve (CRV)=curve-dao-token', 'curve=curve-dao-token']);
    expect(spans('Yearn (YFI) vaults grew; tokens like yearn and sushi led the week.', '2021-06-01')).toContain('yearn=yearn-finance');
  });

  it('a name in lower case stays the word in its common sense, even on the coin’s own page', () => {
    expect(spans('Stellar (XLM) rose 9%. It was a stellar week, and the results were stellar.')).toEqual(['Stellar (XLM)=stellar']);
    expect(spans('XRP fell and Ripple (XRP) paused sales. The ripple effects reached every exchange.')).not.toContain('ripple=ripple');
    expect(spans('Curve (CRV) rose 4%. Note the curve of the chart and the yield curve.')).toEqual(['Curve (CRV)=curve-dao-token']);
    expect(spans('Polygon (POL) rose 4%. The game draws each polygon mesh on the chain.')).toEqual(['Polygon (POL)=polygon-ecosystem-token']);
    expect(spans('Tether (USDT) held its peg. Remember to tether the horse to the post.')).toEqual(['Tether (USDT)=tether']);
    // A preposition is never the name: "near" on a NEAR page.
    expect(spans('Near Protocol (NEAR) rose. Holders came from near and far, buying near $5.')).toEqual(['Near Protocol (NEAR)=near']);
    // A unit is never the name: the fee "gas" on a page that names NEO's GAS.
    expect(spans('NEO holders earn GAS (GAS) each block. On Ethereum, the price of gas is set by demand.')).not.toContain('gas=gas');
  });

  it('a name in lower case binds nothing by itself', () => {
    expect(spans('I read about chainlink, and the oracles depend on chainlink.')).toEqual([]);
    // ("The stablecoin tether" is the coin by its kind noun: see the phrases that name a run as coins.)
    expect(spans('Bitcoin fell. As for tether, some say it is backed.')).toEqual(['Bitcoin=bitcoin']);
  });
});

describe('coverage, third pass: exchanges’ own tokens, protocols named like coins, namesakes (issue 12)', () => {
  const spans = (text: string, date = '2024-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('an exchange named on the page licenses its own token’s bare ticker', () => {
    expect(spans('CoinEx will close the old wallets. Small balances are swapped into CET, and a 5% fee is paid in CET.')).toEqual([
      'CET=coinex-token', 'CET=coinex-token',
    ]);
    expect(spans('Gate.io holders who stake GT get a lower fee.')).toEqual(['GT=gatechain-token']);
    expect(spans('Huobi said it will burn HT every quarter.', '2020-03-01')).toEqual(['HT=huobi-token']);
    expect(spans('MEXC pays the rebate in MX.')).toEqual(['MX=mx-token']);
    expect(spans('WazirX paused trading after the hack, and WRX fell.')).toEqual(['WRX=wazirx']);
  });

  it('without its exchange the ticker stays a time zone, two letters or a bike', () => {
    expect(spans('The call starts at 10:00 CET on Monday. Coinbase will attend.')).toEqual([]);
    expect(spans('Bill Gates drove a GT to the Gateway office.')).toEqual([]);
    expect(spans('The BMX race starts at noon.')).toEqual([]);
    expect(spans('The Subaru WRX returns 19 mpg in the city.')).toEqual([]);
    // The exchange named, the time zone still written with its hour.
    expect(spans('CoinEx maintenance ends at 10:00 CET.')).toEqual([]);
  });

  it('a sentence’s article before a long-tail name is not part of the name', () => {
    expect(spans('Bitcoin dipped. The Kleros token rose 9% after the vote.')).toEqual(['Bitcoin=bitcoin', 'Kleros=kleros']);
    // A sector word is no name, with or without the article.
    expect(spans('The Native token of Ethereum is ETH.')).toEqual(['Ethereum=ethereum', 'ETH=ethereum']);
    // A name that begins with the article is still read whole.
    expect(spans('The Graph token rose.')).toEqual(['The Graph=the-graph']);
  });

  it('a chain’s own protocols are no small coin of the same name', () => {
    expect(spans('Cardano stake pools run the Ouroboros Protocol, and Plutus scripts settle on Cardano.')).toEqual(['Cardano=cardano', 'Cardano=cardano']);
    expect(spans('Taproot activated on Bitcoin in November.', '2021-12-01')).toEqual(['Bitcoin=bitcoin']);
  });

  it('an exchange written in capitals before “Token” is the exchange, not a coin holding its name as ticker', () => {
    expect(spans('Dear HTX Users, under the HTX Token Management Rules the pair closes. HTX will help.')).toEqual([]);
    // HTX DAO named as a coin still counts.
    expect(spans('HTX DAO (HTX) rose 5%.')).toEqual(['HTX DAO (HTX)=htx-dao']);
  });

  it('MEW is MyEtherWallet before the memecoin existed', () => {
    // MyEtherWallet's short name in 2018; the memecoin in 2025.
    expect(spans('Keep the tokens in MEW and pair MEW with a hardware wallet. Bitcoin fell.', '2018-02-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('MEW rose 12% while Bitcoin fell.', '2025-02-01')).toEqual(['MEW=cat-in-a-dogs-world', 'Bitcoin=bitcoin']);
  });

  it('the artist and the spectroscopy are no coin; the coins still count with context', () => {
    expect(spans('Yayoi Kusama’s mirror rooms open in May. Kusama’s dots cover the walls.')).toEqual([]);
    expect(spans('Polkadot and Kusama both rose; Kusama led.')).toEqual(['Polkadot=polkadot', 'Kusama=kusama', 'Kusama=kusama']);
    expect(spans('NMR spectroscopy needs liquid helium.')).toEqual([]);
    expect(spans('NMR rose 20% after the Numerai update.')).toEqual(['NMR=numeraire']);
  });

  describe('the lead’s rules from the twelfth and thirteenth sets (after their second score)', () => {
    it('Stellar Lumens and Bcash name their coins; Lumens alone only where the page binds Stellar', () => {
      expect(spans('Stellar Lumens does not use proof of work, its critics say.', '2018-01-10')).toEqual(['Stellar Lumens=stellar']);
      expect(spans('Stellar Lumens fell 8%. Lumens are still given away for free.', '2018-01-10')).toEqual(['Stellar Lumens=stellar', 'Lumens=stellar']);
      expect(spans('The lamp gives 800 lumens. Lumens measure light, not heat.')).toEqual([]);
      expect(spans('Some miners still call Bitcoin Cash Bcash.', '2017-12-01')).toEqual(['Bitcoin Cash=bitcoin-cash', 'Bcash=bitcoin-cash']);
      expect(spans('Tronix again came back to the top ten in March.', '2019-03-01')).toEqual(['Tronix=tron']);
    });

    it('Bitcoin Jesus is a person’s nickname, not the coin', () => {
      expect(spans('Roger Ver, known as “Bitcoin Jesus”, tweeted again.', '2018-01-10')).toEqual([]);
      expect(spans('Bitcoin rose 4% while Bitcoin Jesus tweeted.', '2018-01-10')).toEqual(['Bitcoin=bitcoin']);
    });

    it('a lone bare ticker still counts in a short post with no crypto word (the rule that held it back was dropped)', () => {
      expect(spans('Just bought more LINK. Long term hold, not selling.', '2024-06-01')).toEqual(['LINK=chainlink']);
      expect(spans('gm. XRP looking spicy today', '2024-06-01')).toEqual(['XRP=ripple']);
    });

    it('a beach or a county after a name makes it the place; a price range after a name is no lifespan', () => {
      expect(spans('The Solana Beach City Council meets on Wednesdays.', '2024-06-13')).toEqual([]);
      expect(spans('Solana fell 5% while Cardano (ADA) rose.', '2024-06-13')).toEqual(['Solana=solana', 'Cardano (ADA)=cardano']);
      expect(spans('Key zones this week: Solana (120-140) is the range to defend, Ethereum (1500–1600) held twice.', '2024-06-13')).toEqual(['Solana=solana', 'Ethereum=ethereum']);
    });

    it('a lower-case name on a page that does not bind its coin counts only inside a run of listed coins', () => {
      expect(spans('Top picks this week:\n1. bitcoin\n2. jupiter\n3. solana', '2024-06-01')).toEqual(['bitcoin=bitcoin', 'jupiter=jupiter-exchange-solana', 'solana=solana']);
      expect(spans('I hold bitcoin, solana and jupiter for now.', '2024-06-01')).toEqual(['bitcoin=bitcoin', 'solana=solana', 'jupiter=jupiter-exchange-solana']);
      expect(spans('Planets by distance:\n1. mercury\n2. jupiter\n3. saturn', '2024-06-01')).toEqual([]);
      expect(spans('topics tonight: bitcoin, cosmos, and the origin of life.', '2024-06-01')).toEqual(['bitcoin=bitcoin']);
      expect(spans('things i value: bitcoin, harmony, and a quiet ocean view.', '2024-06-01')).toEqual(['bitcoin=bitcoin']);
      expect(spans('We ranked them: near, far, and flow.', '2024-06-01')).toEqual([]);
    });

    it('a name joined to a word by an underscore is a handle; a pair and markdown emphasis are not', () => {
      expect(spans('Cardano (ADA) staking is live. I miss the posts of ada_love; cardano_fan agrees.', '2023-01-01')).toEqual(['Cardano (ADA)=cardano']);
      expect(spans('Gate lists SOL_USDT. _Bitcoin_ rose.', '2023-01-01')).toEqual(['SOL=solana', 'USDT=tether', 'Bitcoin=bitcoin']);
    });

    it('a hyphenated capitalised name before its ticker in a notice is the coin, not a reversed ticker', () => {
      expect(spans('Delisted on Friday: TE-FOOD (TONE), Kambria (KAT) and Karura (KAR).', '2023-11-24')).toEqual(['TE-FOOD (TONE)=te-food', 'Kambria (KAT)=kambria', 'Karura (KAR)=karura']);
      expect(spans('Binance will support the Arena-Z (A2Z) token swap.', '2025-07-20')).toEqual(['Arena-Z (A2Z)=arena-z']);
      // Only when the gloss is itself a ticker, and never over a ticker already found: no overlap.
      expect(spans('Binance lists the USDT-ONG (Ontology Gas) pair.', '2023-11-24')).toEqual(['USDT=tether', 'ONG (Ontology Gas)=ong']);
      expect(spans('Buy ETH-PNK (KLEROS) now.', '2023-11-24')).toEqual(['ETH=ethereum', 'PNK (KLEROS)=kleros']);
    });
  });
});

describe('recall pass: tickers a sentence defines, plurals after an amount (issue 12)', () => {
  const spans = (text: string, date = '2023-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);
  /** The Ripple mentions of a text read on `date` (or the date given with the text). */
  const rippleOn = (date: string) => (text: string, at = date): string[] => spans(text, at).filter((span) => span.endsWith('=ripple'));

  it('a ticker the sentence defines as a coin binds its later bare uses', () => {
    expect(spans('MOON is a cryptocurrency closely linked to one forum. MOON doubled in March.')).toEqual(['MOON=moon', 'MOON=moon']);
    expect(spans('JST is a cryptocurrency that pays fees on a lending site. JST holders gained.')).toEqual(['JST=just', 'JST=just']);
    // A ticker only the long tail holds is left to its strong forms.
    expect(spans('ZCL is a cryptocurrency that forked from Zcash. ZCL holders gained.')).toEqual(['Zcash=zcash']);
    expect(spans('We hold MOON, a coin earned on one forum. MOON doubled.')).toEqual(['MOON=moon', 'MOON=moon']);
  });

  it('a noun after the coin word names a business, not a coin', () => {
    expect(spans('OKX is a cryptocurrency exchange. OKX grew.')).toEqual([]);
    expect(spans('FTX was a cryptocurrency exchange; FTX collapsed.')).toEqual([]);
    expect(spans('ABC is a coin issuer, and ABC said so.')).toEqual([]);
    expect(spans('The SEC cryptocurrency task force met. SEC staff left.')).toEqual([]);
    expect(spans('MOON is a cryptocurrency-friendly venue. MOON opened.')).toEqual([]);
    expect(spans('MOON is a crypto wallet. MOON shipped an update.')).toEqual([]);
  });

  it('acronyms stay acronyms, even defined as coins', () => {
    expect(spans('NFT is a digital token of ownership. NFT sales fell.')).toEqual([]);
  });

  it('a ticker in the plural after an amount or a quantifier is the coin', () => {
    expect(spans('He sent me 25 LTCs last year, and 100 YFIs went to a friend.')).toEqual(['LTCs=litecoin', 'YFIs=yearn-finance']);
    expect(spans('Gas fees fell 40%, so I bought more ETHs.')).toEqual(['ETHs=ethereum']);
  });

  it('a plural without an amount, an acronym’s plural and a word ticker’s stay out', () => {
    expect(spans('The ETHs of this world.')).toEqual([]);
    expect(spans('We bought 5 NFTs and 3 ETFs.')).toEqual([]);
    expect(spans('Won 10 TONs of sand.')).toEqual([]);
  });

  it('a pair or cashtag of a ticker the page glossed with a long-tail name asks for that name', () => {
    expect(spans('Kambria (KAT) will be delisted. KAT/USDT trading ends Friday; $KAT holders should withdraw.')).toEqual([
      'Kambria (KAT)=kambria', 'KAT=kambria', 'USDT=tether', '$KAT=kambria',
    ]);
    // With no gloss, a ticker several long-tail coins share stays unmarked.
    expect(spans('KAT/USDT trading ends Friday.')).toEqual(['USDT=tether']);
  });

  it('a token standard in brackets names the chain, not a ticker', () => {
    expect(spans('Supported networks: ETH Token (ERC20), TRX Token (TRC20).')).toEqual(['ETH=ethereum', 'TRX=tron']);
  });

  it('Ripple is the coin where the text counts its holders or ranks it among cryptocurrencies', () => {
    expect(spans('Ethereum usurped Ripple as the second-largest cryptocurrency by market value.', '2018-02-01')).toEqual(['Ethereum=ethereum', 'Ripple=ripple']);
    expect(spans('Ripple enthusiasts were upset as Bitcoin and Litecoin gained.', '2018-02-01')).toEqual(['Ripple=ripple', 'Bitcoin=bitcoin', 'Litecoin=litecoin']);
    expect(spans('Ethereum overtook Ripple as the second-largest crypto by market cap.', '2018-01-10')).toEqual(['Ethereum=ethereum', 'Ripple=ripple']);
  });

  it('Ripple the firm stays the firm: its shareholders, a lawsuit, a rank among firms', () => {
    expect(spans('Ripple shareholders include several banks. Bitcoin rose.', '2018-02-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('The regulator sued Ripple, and Ripple fought back in court. Bitcoin rose.', '2021-02-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Analysts see Ripple as the top payments firm. Bitcoin rose.', '2018-02-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Coinbase overtook Ripple as the second-largest cryptocurrency company by valuation. Bitcoin rose.', '2021-02-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Ripple option holders can sell shares in the tender offer. Bitcoin rose.', '2021-02-01')).toEqual(['Bitcoin=bitcoin']);
  });

  it('Ripple is the coin where the text quotes where it trades, what it is worth or what it is', () => {
    const ripple = rippleOn('2018-03-05');
    expect(ripple('- Ripple – market capitalization of $12 billion')).toEqual(['Ripple=ripple']);
    expect(ripple('Ripple was trading at $0.33 per unit.')).toEqual(['Ripple=ripple']);
    expect(ripple('Ripple, the fastest growing cryptocurrency in 2017, cooled.')).toEqual(['Ripple=ripple']);
    expect(ripple('And Ripple, which peaked at over $130 billion, fell back.')).toEqual(['Ripple=ripple']);
    expect(ripple('The Ripple to USD exchange rate held.')).toEqual(['Ripple=ripple']);
    expect(ripple('$0.20 is a crucial level for Ripple.')).toEqual(['Ripple=ripple']);
    expect(ripple('The call fails if Ripple breaks out above $0.30.')).toEqual(['Ripple=ripple']);
    expect(ripple('Ripple is different from other cryptocurrencies.')).toEqual(['Ripple=ripple']);
  });

  it('before 2019 "Ripple" alone is the coin, as news then named it, unless the firm\'s own words stand beside it', () => {
    const ripple = rippleOn('2018-01-05');
    expect(ripple('Ripple flatlined for months. Then Ripple became the first altcoin to cross $100 billion.')).toEqual(['Ripple=ripple', 'Ripple=ripple']);
    expect(ripple('It was Ripple which truly stole the show, and many Ripple investors woke up.')).toEqual(['Ripple=ripple', 'Ripple=ripple']);
    expect(ripple('Ripple Labs hired staff. Ripple’s CEO spoke. Banks are using Ripple. Ripple announced a deal.')).toEqual([]);
    expect(ripple('Ripple partnered with a bank. Ripple’s digital token fell. The CEO of Ripple spoke. Ripple, the San Francisco company, grew.')).toEqual([]);
    // The firm's everyday news of those years (a red-team pass of sentences we wrote).
    expect(ripple('Brad Garlinghouse, who runs Ripple, said banks would move. A lawsuit accuses Ripple of selling securities.')).toEqual([]);
    expect(ripple('Ripple donated $29 million to schools. A central bank signed an agreement with Ripple. Ripple is hiring engineers.')).toEqual([]);
    expect(ripple('MoneyGram and Ripple are reportedly in talks. Ripple will host its conference in Toronto. Ripple’s head of policy testified.')).toEqual([]);
    expect(ripple('Santander is working with Ripple on payments.')).toEqual([]);
    // A token named with the firm's name is the coin at any date ("one Ripple token could be purchased for …").
    expect(ripple('One Ripple token could be bought for $0.006.', '2021-01-05')).toEqual(['Ripple=ripple']);
    // From 2019 the name alone is the firm again.
    expect(ripple('Ripple flatlined for months.', '2021-01-05')).toEqual([]);
  });

  it('Ripple the firm stays the firm beside those phrases: its staff, its funding, its backers', () => {
    const ripple = rippleOn('2018-03-05');
    expect(ripple('Ripple, the company behind the token, hired staff.')).toEqual([]);
    expect(ripple('Ripple, the firm behind the token, sued the agency.')).toEqual([]);
    expect(ripple('Ripple, a San Francisco startup, grew.')).toEqual([]);
    expect(ripple('Ripple, which raised $200 million, grew.')).toEqual([]);
    // From 2019, where the name alone is the firm again (before, these read as the coin's name).
    expect(spans('Ripple was trading shares privately.', '2021-03-05')).toEqual([]);
    expect(spans('Lawmakers voiced support for Ripple.', '2021-03-05')).toEqual([]);
    expect(spans('The move from Ripple to Stellar surprised staff.', '2021-03-05')).toEqual([]);
  });
});

describe('recall pass, session 29: table rows, bracketed moves, coins a phrase names, plurals, fork names (issue 12)', () => {
  const spans = (text: string, date = '2023-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('the two sides of the 2018 Bitcoin Cash fork by their exchange names', () => {
    expect(spans('Binance listed Bitcoin Cash SV (BCHSV) after the fork.', '2018-12-01')).toEqual(['Bitcoin Cash SV (BCHSV)=bitcoin-cash-sv']);
    expect(spans('Bitcoin Cash ABC (BCHABC) and BCHSV both traded lower.', '2018-12-01')).toEqual(['Bitcoin Cash ABC (BCHABC)=bitcoin-cash', 'BCHSV=bitcoin-cash-sv']);
    expect(spans('Deposits of BCHABC reopened on Monday.', '2019-03-01')).toEqual(['BCHABC=bitcoin-cash']);
  });

  it('after the 2020 fork, the name Bitcoin Cash ABC is eCash; the 2018 ticker BCHABC stays the 2018 side', () => {
    expect(spans('Bitcoin Cash ABC deposits reopened while Bitcoin Cash rose.', '2021-02-01')).toEqual(['Bitcoin Cash ABC=ecash', 'Bitcoin Cash=bitcoin-cash']);
    expect(spans('Looking back at BCHABC and BCHSV in 2018.', '2021-02-01')).toEqual(['BCHABC=bitcoin-cash', 'BCHSV=bitcoin-cash-sv']);
  });

  it('a signed move in brackets after a ticker is its move', () => {
    expect(spans('Bitcoin and Ethereum were flat; the gainers were KITE (+232.8%) and BARD (+9.3%).')).toEqual([
      'Bitcoin=bitcoin', 'Ethereum=ethereum', 'KITE=kite', 'BARD=lombard-protocol',
    ]);
    expect(spans('Top movers: OP (+12%) while the rest held.')).toEqual(['OP=optimism']);
  });

  it('an unsigned share in brackets, or a figure that is no ticker’s, licenses nothing', () => {
    expect(spans('Bitcoin and Ethereum rose as GDP (+3.2%) beat forecasts and CPI (+0.3%) cooled.')).toEqual(['Bitcoin=bitcoin', 'Ethereum=ethereum']);
    expect(spans('The fund holds BTC and ETH; OP (40%) is the rest.')).toEqual(['BTC=bitcoin', 'ETH=ethereum']);
  });

  it('a lower-case name after a phrase that names its run as coins is the coin', () => {
    expect(spans('Investors rotated into altcoins like ripple, dogecoin and other coin projects.')).toEqual(['ripple=ripple', 'dogecoin=dogecoin']);
    expect(spans('Funds favour tokens such as cardano and stellar.')).toEqual(['cardano=cardano', 'stellar=stellar']);
    expect(spans('We track cryptocurrencies including tether, polygon, and more.', '2022-01-01')).toEqual(['tether=tether', 'polygon=matic-network']);
    // The kind of coin right before the name says the same: "the stablecoin tether", "memecoins pepe and …".
    expect(spans('The next highest yield was 3.5% for the stablecoin tether .')).toEqual(['tether=tether']);
    expect(spans('Yields on stablecoins tether and dai fell.')).toEqual(['tether=tether', 'dai=dai']);
    // Not "cryptocurrency": "the cryptocurrency movement" is the cause, not the Movement coin.
    expect(spans('Bitcoin has been the focal point for the cryptocurrency movement, as an argument against banks.')).toEqual(['Bitcoin=bitcoin']);
  });

  it('without such a phrase, or through an article or a noun, the word stays a word', () => {
    expect(spans('She wrote about bitcoin, cosmos, and the origin of life.')).toEqual(['bitcoin=bitcoin']);
    expect(spans('Old coins like the ripple-edged ones sell well.')).toEqual([]);
    expect(spans('Arcade tokens such as stellar examples of brass sell well.')).toEqual([]);
    expect(spans('Tokens like these and coins such as pennies and dimes are worth little.')).toEqual([]);
    expect(spans('Ripple effects of the ruling spread to tokens like curve fitting tools.')).toEqual([]);
  });

  it('a coin’s name alone on its line in a table scraped to lines counts beside a coin row', () => {
    const table = 'Biggest ICOs of 2017\n\nICO\nAmount\nTezos\n232 million\nAugur\n11 million\nWaves\n16 million\nArk\n$4.2M\nEOS\n185 million';
    expect(spans(table, '2018-01-15')).toEqual(['Tezos=tezos', 'Augur=augur', 'Waves=waves', 'Ark=ark', 'EOS=eos']);
    expect(spans('Bitcoin\n$91,000\nStellar\n$0.12\nWaves\n-2.1%', '2023-06-01')).toEqual(['Bitcoin=bitcoin', 'Stellar=stellar', 'Waves=waves']);
    // A ticker tape prints each row's amounts on the name's own line.
    expect(spans('BTC 0.59%\nETH 0.23%\nSOL 2.81%\nPEPE 0.40%\nSHIB 3.09%')).toEqual(['BTC=bitcoin', 'ETH=ethereum', 'SOL=solana', 'PEPE=pepe', 'SHIB=shiba-inu']);
    expect(spans('Bitcoin $91,000 +1.2%\nStellar $0.12 -0.4%\nWaves $1.10 -2.1%', '2023-06-01')).toEqual(['Bitcoin=bitcoin', 'Stellar=stellar', 'Waves=waves']);
  });

  it('rows of no coin, times, distances and a word that opens a sentence are no table of coins', () => {
    expect(spans('Mercury\n0.39\nVenus\n0.72\nEarth\n1.00\nMars\n1.52\nJupiter\n5.20\nSaturn\n9.54')).toEqual([]);
    expect(spans('Tracks\n1. Waves\n3:45\n2. Harmony\n5:02\n3. Bitcoin\n4:10')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Bitcoin\n21 million\nJupiter\n778 million km\nSaturn\n1.4 billion km')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Ethereum\n3,000\nWaves of selling hit the market.')).toEqual(['Ethereum=ethereum']);
    expect(spans('Bitcoin\n21 million\nNear the close, stocks fell.')).toEqual(['Bitcoin=bitcoin']);
    // Amounts on the line of a word that is no coin: planets and their distances, a race's times.
    expect(spans('Mercury 57.9 million km\nVenus 108.2 million km\nEarth 149.6 million km')).toEqual([]);
    expect(spans('Results\nBitcoin 21 million\nHarmony 3:45\nWaves 4:10')).toEqual(['Bitcoin=bitcoin']);
  });

  it('a ticker in the plural after a holder’s possessive or a holding’s adjective', () => {
    expect(spans('Polkadot (DOT) holders can stake the available DOTs; my DOTs earn 12%.')).toEqual(['Polkadot (DOT)=polkadot', 'DOTs=polkadot', 'DOTs=polkadot']);
    expect(spans('I moved my LTCs to cold storage. My YFIs stay staked.')).toEqual(['LTCs=litecoin', 'YFIs=yearn-finance']);
  });

  it('a fund named after a coin: its ticker in brackets is the fund’s, the coin’s name still counts', () => {
    expect(spans('Outflows from the Grayscale Bitcoin Trust (GBTC) slowed, and GBTC closed lower.')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Volume in the Hashdex Bitcoin Futures ETF (DEFI) doubled.')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('The Grayscale Ethereum Trust (ETHE) and the Bitwise Solana Staking ETF (BSOL) drew inflows.')).toEqual(['Ethereum=ethereum', 'Solana=solana']);
    // A coin whose name ends in no fund word keeps its bracket.
    expect(spans('Trust Wallet (TWT) rose 4%.')).toEqual(['Trust Wallet (TWT)=trust-wallet-token']);
  });

  it('a name with its cashtag in brackets is one mention, and the cashtag says which coin the name means', () => {
    expect(spans('Frax ($FXS) second snapshot is done; Ethena ($ENA) is next.', '2025-03-01')).toEqual(['Frax ($FXS)=frax-share', 'Ethena ($ENA)=ethena']);
    expect(spans('Solana ($SOL) rose 5%.')).toEqual(['Solana ($SOL)=solana']);
    // No name before the bracket: the cashtag alone; a dollar amount in brackets is none.
    expect(spans('gm ($SOL) fam, the fee ($5) is low')).toEqual(['$SOL=solana']);
  });

  it('a ticker glued to Chinese, Japanese or Korean letters is a word of its own', () => {
    expect(spans('关于下架SOL/USDT永续合约的公告。由于SOL/USDT流动性较差', '2022-11-10')).toEqual(['SOL=solana', 'USDT=tether', 'SOL=solana', 'USDT=tether']);
    // A bare ticker glued after CJK letters needs a licence, as an acronym does: the acronyms' own
    // phrases are English ("苏黎世联邦理工学院ETH" is the university).
    expect(spans('她在苏黎世联邦理工学院ETH读博士。我每周做三次TRX悬挂训练。')).toEqual([]);
    // The coins' Chinese names are mentions too (tables/script-names.ts), and they bind BTC.
    expect(spans('ETH/USDT上涨。比特币BTC价格上涨，以太坊ETH下跌')).toEqual(['ETH=ethereum', 'USDT=tether', '比特币=bitcoin', 'BTC=bitcoin', '以太坊=ethereum', 'ETH=ethereum']);
    // Inside a Latin word nothing changes: "somETHing", "BTCs" after a letter.
    expect(spans('something')).toEqual([]);
  });

  it('a plural after a count of many is the coin; a token allocation’s category is no name', () => {
    expect(spans('The SEC said the sale of billions of XRPs to retail investors was an offering.', '2020-12-23')).toEqual(['XRPs=ripple']);
    expect(spans('Team and Company tokens will be unlocked over 24 months; Ecosystem tokens vest monthly.')).toEqual([]);
    expect(spans('The team burned about 176 million SHIBs this week and 3 thousand LTCs moved.')).toEqual(['SHIBs=shiba-inu', 'LTCs=litecoin']);
  });

  it('a distinctive name without its possessive\u2019s apostrophe, and a name of two words written as one', () => {
    expect(spans('Ether, Ethereums native token, mirrored the network. Newcomers to BitcoinCash and users of RocketPool joined.', '2022-01-10')).toEqual([
      'Ether=ethereum',
      'Ethereums=ethereum',
      'BitcoinCash=bitcoin-cash',
      'RocketPool=rocket-pool',
    ]);
  });

  it('a definition with a bracketed abbreviation among its words, and Plasma before its coin', () => {
    expect(spans('What is Polygon? Polygon is a proof-of-stake (PoS) layer 2 scaling solution.', '2022-06-01')).toEqual(['Polygon=matic-network', 'Polygon=matic-network']);
    // Plasma, the Ethereum scaling design, before the chain of that name launched XPL (2025-09-25).
    expect(spans('Bitcoin rose. Plasma is a type of Layer 2 scaling design; OMG builds Plasma chains.', '2020-05-01')).toEqual(['Bitcoin=bitcoin']);
    expect(spans('Bitcoin rose, and Plasma (XPL) jumped 20% after its launch.', '2025-10-01')).toEqual(['Bitcoin=bitcoin', 'Plasma (XPL)=plasma']);
  });

  it('a plural after a bare article, or a word ticker’s plural the page does not bind, stays out', () => {
    expect(spans('The state said all DOTs must file. Connect my DOTs here. Our APIs and their CEOs. Your ETFs and NFTs.')).toEqual([]);
  });
});

describe('an acronym’s own phrase: the institution or term, and the page’s other bare uses (issue 12, precision)', () => {
  const spans = (text: string, date = '2024-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('a ticker inside its acronym’s own phrase is the institution or the term', () => {
    expect(spans('Researchers at ETH Zurich and the ETH Library met.')).toEqual([]);
    expect(spans('NASA calls an object an NEO if its orbit comes close; NEO Surveyor will find more.')).toEqual([]);
    expect(spans('I was an engineer for the state DOT, then the Ohio DOT and the U.S. DOT. DOT Foods delivers.')).toEqual([]);
    expect(spans('RESIDENTIAL\nCHAIN LINK FENCE\nPosts, gates and wire.')).toEqual([]);
    expect(spans('Encore - WALTER TROUT AND HIS BAND\nNext: a ballad')).toEqual([]);
  });

  it('the phrase makes the page’s other bare uses an acronym’s', () => {
    expect(spans('A team at ETH Zurich built a robot. ETH researchers said ETH News would report it.')).toEqual([]);
    expect(spans('NASA tracks near-Earth objects. An NEO passed; the NEO was small.')).toEqual([]);
    expect(spans('The state DOT paved the road. The DOT says costs doubled.')).toEqual([]);
  });

  it('a page that binds the coin firmly, or a price beside the ticker, keeps it the coin', () => {
    expect(spans('Ethereum (ETH) rose. A team at ETH Zurich said ETH holders were calm.')).toEqual(['Ethereum (ETH)=ethereum', 'ETH=ethereum']);
    expect(spans('ETH Zurich hosted a talk. $ETH rallied, and traders bought ETH.')).toEqual(['$ETH=ethereum', 'ETH=ethereum']);
    expect(spans('Researchers at ETH Zurich spoke. ETH rose 4% today.')).toEqual(['ETH=ethereum']);
    expect(spans('Polkadot (DOT) rose while the state DOT repaved roads.')).toEqual(['Polkadot (DOT)=polkadot']);
  });

  it('the coin’s own phrases and posts that say the ticker alone are untouched', () => {
    expect(spans('Just bought more ETH. Long term hold.')).toEqual(['ETH=ethereum']);
    expect(spans('A US DOT ETF was filed, and DOT rose 3%.')).toEqual(['DOT=polkadot', 'DOT=polkadot']);
    expect(spans('NEO and ONT rallied; a NEO wallet update shipped.')).toEqual(['NEO=neo', 'ONT=ontology', 'NEO=neo']);
    expect(spans('LINK, BAND and UNI led DeFi.')).toEqual(['LINK=chainlink', 'BAND=band-protocol', 'UNI=uniswap']);
  });

  it('government, disability and astronomy acronyms in their own phrases (a second non-crypto audit)', () => {
    expect(spans('DOGE faces legal challenges over federal agency cuts. So far, DOGE has closed offices.', '2025-03-01')).toEqual([]);
    expect(spans('The new office, known as DOGE, is cutting staff. DOGE says more will go.', '2025-03-01')).toEqual([]);
    expect(spans('ADA Update\nThe ADA requires that small businesses remove barriers.')).toEqual([]);
    expect(spans('NEO\nPlanning for a NEO impact goes on; the agency’s NEO Segment watches the sky.')).toEqual([]);
    // The coin's pages: Musk and the coin, a firm form, a price.
    expect(spans('Musk’s endorsement of DOGE lifted it 68% this year.', '2025-03-01')).toEqual(['DOGE=dogecoin']);
    expect(spans('Dogecoin (DOGE) fell 4% as the DOGE office cut federal agency budgets.', '2025-03-01')).toEqual(['Dogecoin (DOGE)=dogecoin']);
    expect(spans('DOGE rose 5% after the Federal Reserve held rates.', '2025-03-01')).toEqual(['DOGE=dogecoin']);
  });

  it('what a hostile reader tried against those phrases (a red-team pass of this session)', () => {
    expect(spans('Federal employees filed suit against DOGE on Tuesday over payroll data.', '2025-02-11')).toEqual([]);
    expect(spans('DOGE rose 7% while federal agencies stayed shut for the holiday.', '2025-01-20')).toEqual(['DOGE=dogecoin']);
    expect(spans('A spot DOGE ETF was filed, though the shutdown froze federal agencies.', '2025-10-10')).toEqual(['DOGE=dogecoin']);
    expect(spans('Under the ADA, shops must add ramps. The ADA also requires wide doors.')).toEqual([]);
    expect(spans('ADA requires a daily close above $0.50 to confirm the breakout.')).toEqual(['ADA=cardano']);
    expect(spans('Astronomers say every NEO larger than a kilometre is already known.')).toEqual([]);
    expect(spans('NEO impact on the market was small after the delisting.', '2019-08-12')).toEqual(['NEO=neo']);
  });

  it('a capitalised adverb or preposition after a comma is no given name either', () => {
    expect(spans('Most majors slipped, Especially Solana, which fell 8%.')).toEqual(['Solana=solana']);
    expect(spans('Altcoins bled all week, Except Ethereum.')).toEqual(['Ethereum=ethereum']);
  });

  it('two coins before a stop-listed or word ticker make a run, however the list goes on', () => {
    expect(spans('Holders of TRX, BTT, JST, SUN and HT asked for help.', '2022-11-12')).toEqual(['TRX=tron', 'BTT=bittorrent', 'JST=just', 'SUN=sun-token', 'HT=huobi-token']);
    // One coin beside it is not a run; the time zone after a clock stays one.
    expect(spans('Meet at 10:00 JST, SUN or MON, with BTC talk.')).toEqual(['BTC=bitcoin']);
  });

  it('Bitcoin’s node software and block-size camps are not Bitcoin; the coin’s name split in two is', () => {
    expect(spans('Bitcoin Classic and Bitcoin Unlimited supporters lined up behind the Bitcoin ABC team.', '2018-11-20')).toEqual([]);
    expect(spans('People bought crypto currencies like Bit Coin that year.', '2021-05-10')).toEqual(['Bit Coin=bitcoin']);
  });

  it('a possessive before a crypto noun, older names, an index and amounts (holdout26/27 after their scores)', () => {
    expect(spans('His Shiba Inu puppy slept. Then Shiba Inu’s price fell 10% on Monday.')).toEqual(['Shiba Inu=shiba-inu']);
    expect(spans('The Telegram Open Network (TON) launched; the TON blockchain grew.', '2019-06-01')).toEqual(['Telegram Open Network (TON)=the-open-network', 'TON=the-open-network']);
    expect(spans('Meme coins like SHIB or the Floki Inu coin rallied.')).toEqual(['SHIB=shiba-inu', 'Floki Inu=floki']);
    expect(spans('Bonds wobbled, with the MOVE index up overnight.')).toEqual([]);
    expect(spans('Total market cap is $200 Million and BTC market cap is $100 Million.')).toEqual(['BTC=bitcoin']);
  });

  it('a possessive owner before an ordinary-word name makes a longer proper noun; BCHABC is the 2018 side at any date', () => {
    expect(spans('Bitcoin SV stands for Satoshi’s Vision, the camp around Craig Wright.', '2026-11-28')).toEqual(['Bitcoin SV=bitcoin-cash-sv']);
    expect(spans('The split made two coins: Bitcoin Cash ABC (BCHABC) and Bitcoin Cash SV (BCHSV).', '2026-11-28')).toEqual(['Bitcoin Cash ABC (BCHABC)=bitcoin-cash', 'Bitcoin Cash SV (BCHSV)=bitcoin-cash-sv']);
  });

  it('an airport, a convention and passengers are no coin’s ticker alone', () => {
    expect(spans('Flights out of DIA were delayed by snow.')).toEqual([]);
    expect(spans('PAX East drew 80,000 fans; the A320 seats 180 PAX.', '2019-04-01')).toEqual([]);
    expect(spans('Hundreds of BNBs were burned this quarter.')).toEqual(['BNBs=binancecoin']);
  });

  it('a place or a word of another language named like a coin needs the page’s crypto context', () => {
    expect(spans('Just east of Capitola, Aptos is a small beach town; in Aptos the redwoods meet the sea.')).toEqual([]);
    expect(spans('No dia 21, o céu volta a ter poucas nuvens, assim como o dia anterior.')).toEqual([]);
    expect(spans('Aptos (APT) rose 8% as the Aptos network added validators; BTC and ETH were flat.')).toEqual(['Aptos (APT)=aptos', 'Aptos=aptos', 'BTC=bitcoin', 'ETH=ethereum']);
  });

  it('a title or a known given name before a coin’s name makes it a person', () => {
    expect(spans('## Girolamo Cardano (1501 - 1576)\n\nHe wrote on cubic equations.')).toEqual([]);
    expect(spans('Professor Cardano taught medicine in Pavia.')).toEqual([]);
    // A heading's verb or a firm before the name is no title: the coin.
    expect(spans('Why Cardano Is Rising Today')).toEqual(['Cardano=cardano']);
    expect(spans('Buy Cardano, said Galaxy Research.')).toEqual(['Cardano=cardano']);
  });

  it('a bracket that shortens the firm’s name before it is the firm, not a coin', () => {
    expect(spans('Terraform Labs (Terra) collapsed; Bitcoin (BTC) and Ethereum (ETH) fell.', '2022-06-01')).toEqual(['Bitcoin (BTC)=bitcoin', 'Ethereum (ETH)=ethereum']);
    expect(spans('Ripple Labs (Ripple) won in court, and XRP rose 5%.')).toEqual(['XRP=ripple']);
    // A firm glossed by its product, and the coin's own strong form, stay the coin.
    expect(spans('Offchain Labs (Arbitrum) shipped an upgrade; Bitcoin (BTC) fell.')).toEqual(['Arbitrum=arbitrum', 'Bitcoin (BTC)=bitcoin']);
    expect(spans('Terra (LUNA) fell 99% as Bitcoin (BTC) slid.', '2022-05-12')).toEqual(['Terra (LUNA)=terra-luna', 'Bitcoin (BTC)=bitcoin']);
  });

  it('an acronym that keeps its small words is spelled out too', () => {
    expect(spans('The Department of Transportation (DOT) said DOT crews would repave the road.')).toEqual([]);
    // "Name (SYM)" still binds the coin for the page, as before.
    expect(spans('Polkadot (DOT) rose. The Department of Transportation (DOT) met.')).toEqual(['Polkadot (DOT)=polkadot']);
    expect(spans('Book of Meme (BOME) rallied 20%.')).toEqual(['Book of Meme (BOME)=book-of-meme']);
  });

  it('what a hostile reader would try against the own phrases', () => {
    // "an" must be its own word ("Can NEO …" is a question about the coin).
    expect(spans('Can NEO recover this year?')).toEqual(['NEO=neo']);
    // A list of coins still licenses the ticker on a page that cites the university.
    expect(spans('An ETH Zurich paper on MEV came out. BTC, ETH and SOL fell.')).toEqual(['BTC=bitcoin', 'ETH=ethereum', 'SOL=solana']);
    // The fund, the price and the holders of the coin are not the department's.
    expect(spans('The US DOT ETF filing moved DOT.')).toEqual(['DOT=polkadot', 'DOT=polkadot']);
    expect(spans('Caltrans, the California DOT, and the Texas DOT price asphalt.')).toEqual([]);
    expect(spans('Chainlink (LINK) secures feeds; a CHAIN LINK fence surrounds the office. LINK rose.')).toEqual(['Chainlink (LINK)=chainlink', 'LINK=chainlink']);
    expect(spans('THE BAND TOKEN RALLIED: BAND +12%')).toEqual(['BAND=band-protocol', 'BAND=band-protocol']);
  });

  it('more acronyms’ own phrases: the disability act, a workout, a hacking group, a school, a patient’s pressure', () => {
    expect(spans('The new ramps make the building ADA compliant, and the ADA requires them.')).toEqual([]);
    expect(spans('The Americans with Disabilities Act (ADA) applies. The ADA covers offices.')).toEqual([]);
    expect(spans('Her TRX workout uses straps; the TRX class starts at six.')).toEqual([]);
    expect(spans('Analysts traced the APT group behind the hack; the APT used phishing.')).toEqual([]);
    expect(spans('She studied at ENS Paris and the ENS de Lyon.')).toEqual([]);
    expect(spans('Doctors began ICP monitoring after they saw raised ICP.')).toEqual([]);
    expect(spans('Her KDA ratio improved; KDA counts kills and assists.')).toEqual([]);
    expect(spans('The FET transistor switched the load; the FET ran cool.')).toEqual([]);
    expect(spans('TIA symptoms fade within a day; cabling follows TIA-568.')).toEqual([]);
    expect(spans('The California ARB adopted rules; ARB staff said smog fell.')).toEqual([]);
    // The coins' own words and prices stay the coins.
    expect(spans('KDA holders, FET stakers and TIA airdrop hunters cheered as ARB rose 4%.')).toEqual(['KDA=kadena', 'FET=fetch-ai', 'TIA=celestia', 'ARB=arbitrum']);
    expect(spans('Cardano (ADA) rose 5%; ADA holders cheered.')).toEqual(['Cardano (ADA)=cardano', 'ADA=cardano']);
    expect(spans('ADA rose 5% while the building became ADA compliant.')).toEqual(['ADA=cardano']);
    expect(spans('TRX staking yields 4%; APT unlocks loom; ENS rose 8%; ICP holders cheered.')).toEqual(['TRX=tron', 'APT=aptos', 'ENS=ethereum-name-service', 'ICP=internet-computer']);
  });
});

describe('standards, breeds, firms and old names (stop 32)', () => {
  const found = (text: string, date = '2024-06-01'): string[] => detectDocument(text, lexicon, longTail, { date }).map((m) => `${text.slice(m.start, m.end)}=${m.coinId}`);

  it('a ticker written as a token standard is the standard, whatever the sentence calls it', () => {
    expect(found('It will be released as a TRC token on the TRON network. TRC-20 USDT has passed ERC-20 USDT.')).toEqual(['TRON network=tron', 'USDT=tether', 'USDT=tether']);
    expect(found('Most BEP tokens and every ERC-20 token follow it. Terracoin (TRC) rose; TRC led.')).toEqual(['Terracoin (TRC)=terracoin', 'TRC=terracoin']);
    // A coin whose ticker is a standard's letters still counts as a token.
    expect(found('The ARC token rose 20% as AI agents ran hot.', '2025-01-10')).toEqual(['ARC=ai-rig-complex']);
  });

  it('a name that needs context, followed by "dog", is the breed for that mention only', () => {
    expect(found('Musk even owns a Shiba Inu dog named Floki. Shiba Inu rose 5%.')).toEqual(['Shiba Inu=shiba-inu']);
    expect(found('The first Solana dog on the chain rallied.')).toEqual(['Solana=solana']);
    expect(found('Shiba Inu dog coins rallied; SHIB rose.')).toEqual(['Shiba Inu=shiba-inu', 'SHIB=shiba-inu']);
  });

  it('an exchange named after its token is the firm; an old ticker and an old name are the coin', () => {
    expect(found('Tokenize Xchange, the Singapore-based exchange, shut down.')).toEqual([]);
    expect(found('Earn a yield on CHSB, the heart of the ecosystem. Lock CHSB in the app.', '2021-02-03')).toEqual(['CHSB=swissborg', 'CHSB=swissborg']);
    expect(found('OmiseGO has dropped below $8 as OmiseGO and Qtum dump.', '2018-06-01')).toEqual(['OmiseGO=omisego', 'OmiseGO=omisego', 'Qtum=qtum']);
    // Its ticker is the exclamation first.
    expect(found('OMG, this is wild. Bitcoin rose.', '2018-06-01')).toEqual(['Bitcoin=bitcoin']);
  });

  it('the firm behind a coin by its place, its board and its founding, even while its name was the coin', () => {
    expect(found('The San Francisco-based Ripple was founded in 2012. A former board member of Ripple spoke.', '2018-06-01')).toEqual([]);
    expect(found('Bitcoin, Ethereum, Ripple and Litecoin rose today.', '2018-06-01')).toEqual(['Bitcoin=bitcoin', 'Ethereum=ethereum', 'Ripple=ripple', 'Litecoin=litecoin']);
  });

  it('ZK in zero knowledge\'s own compounds is the acronym, on a page that names zkSync too', () => {
    expect(found('ZK-rollup chains such as zkSync (ZK) grew; ZK proofs got cheaper. ZK rose 5%.', '2025-06-01')).toEqual(['zkSync (ZK)=zksync', 'ZK=zksync']);
  });

  it('"ether classic" is Ethereum Classic, written as CoinDesk writes ether', () => {
    expect(found('Conversely, ether classic traded down the most while ether rose.', '2021-06-01')).toEqual(['ether classic=ethereum-classic', 'ether=ethereum']);
  });

  it('a nationality before a coin\'s name is no given name: "the Chinese Ethereum" leaves Ethereum the coin on the page', () => {
    expect(found('NEO is the Chinese Ethereum. ICOs run on the Ethereum platform now.', '2017-08-18')).toEqual(['NEO=neo', 'Ethereum=ethereum', 'Ethereum=ethereum']);
    // A person's given name still makes the surname.
    expect(found('Artist Yayoi Kusama showed mirrors; Kusama is known for dots.')).toEqual([]);
  });

  it('a list number glued to an item ("2.Bitcoin Cash") is no part of the item', () => {
    expect(found('1.Bitcoin leads\n2.Bitcoin Cash\n3.Bitcoin SV\nFetch.ai rose 3.5%.', '2019-01-10')).toEqual(['Bitcoin=bitcoin', 'Bitcoin Cash=bitcoin-cash', 'Bitcoin SV=bitcoin-cash-sv', 'Fetch.ai=fetch-ai']);
  });

  it('a name with its own ticker right after it is the coin ("TRON TRX", "Shiba Inu SHIB")', () => {
    expect(found('TRON TRX + Torrenting: the price of Shiba Inu SHIB rose.', '2021-08-18')).toEqual(['TRON=tron', 'TRX=tron', 'Shiba Inu=shiba-inu', 'SHIB=shiba-inu']);
    // A ticker that is also a word, or stop-listed, only on a page that names a coin firmly.
    expect(found('Bitcoin (BTC) rose. How does Harmony ONE work?', '2021-08-18')).toEqual(['Bitcoin (BTC)=bitcoin', 'Harmony=harmony']);
    expect(found('Harmony ONE is a festival. The new Harmony ONE album. The Genius GENIUS Act passed. Donut DONUT shop.', '2021-08-18')).toEqual([]);
    // Two letters, one letter or a hyphenated compound are no ticker here.
    expect(found('Netflix bought the Story IP. The Sonic S rank is hard. Our Optimism OP-Ed ran.', '2021-08-18')).toEqual([]);
    expect(found('Harmony was a great album; ONE more thing. Find harmony ONE day.', '2021-08-18')).toEqual([]);
  });

  it('a ticker glossed by the term it abbreviates is the term, though a small coin carries both', () => {
    expect(found('Traders focused on the LSD (Liquid Staking Derivative) trade. Who plays the LSD trade?', '2022-07-18')).toEqual([]);
    // A coin named after a term still counts in its own Name (SYM).
    expect(found('Ouroboros (ORX) rose 9%.', '2022-07-18')).toEqual(['Ouroboros (ORX)=ouroboros-2']);
  });

  it('the breed\'s own words before a name that needs context', () => {
    expect(found('It uses the popular dog breed Shiba Inu in its branding; a Japanese doggie Shiba Inu sits on a rocket. Shiba Inu rose 4%.', '2021-07-18')).toEqual(['Shiba Inu=shiba-inu']);
  });

  it('a gloss in another script read by its ticker alone needs a crypto page or the script\'s crypto words', () => {
    expect(found('국제통화기금(IMF)은 세계 경제 전망을 발표했다.')).toEqual([]);
    expect(found('東京ガールズコレクション(TGC)では多くの来場者が集まった。')).toEqual([]);
    expect(found('루프네트워크(LOOM) 거래 지원 종료 안내')).toEqual(['루프네트워크(LOOM)=loom-network-new']);
    expect(found('비트코인(BTC)과 루프네트워크(LOOM)가 올랐다.')).toEqual(['비트코인=bitcoin', 'BTC=bitcoin', '루프네트워크(LOOM)=loom-network-new']);
  });

  it('a catalogue\'s surname-first person settles the name for the page', () => {
    expect(found('Cardano, Girolamo (1501–1576)\n\nCardano found the cubic formula.')).toEqual([]);
    expect(found('Cardano, Bitcoin and Solana rose.')).toEqual(['Cardano=cardano', 'Bitcoin=bitcoin', 'Solana=solana']);
  });

  it('a per-tab ticker in the bracket whose coin is named as the capitals before it makes a Name (SYM), not a reversed ticker', () => {
    expect(found('ICON (ICX) had a rough time in 2018.', '2018-11-20')).toEqual(['ICON (ICX)=icon']);
    // Another coin's ticker in the bracket leaves the reversed form alone.
    expect(found('MAGA (TRUMP) rallied 20% this week. UNICORN (UNI) rallied too.', '2024-06-01')).toEqual([]);
    expect(found('ONG (Ontology Gas) rose.', '2021-03-01')).toEqual(['ONG (Ontology Gas)=ong']);
  });

  it('a company named alone is never the token of its share', () => {
    expect(found('Investors included Capital One, Citigroup, Nasdaq, Visa, Khosla Ventures and GameStop. Bitcoin rose.', '2025-11-20')).toEqual(['Bitcoin=bitcoin']);
    // Its cashtag and its pair still name it.
    expect(found('Traders bought $TSLAX on Solana; the TSLAX/USDT pair saw record volume.', '2025-11-20')).toEqual(['$TSLAX=tesla-xstock', 'Solana=solana', 'TSLAX=tesla-xstock', 'USDT=tether']);
  });

  it('a headline\'s "The Coin" names no small coin called so', () => {
    expect(found('The Coin I Almost Believed In\nA story from the world of cryptocurrency.')).toEqual([]);
  });

  it('a name in its coin\'s own capitals is the coin where the page names the coin by another form', () => {
    expect(found('ICON (ICX) rose 25%. What is ICON? The ICON Foundation posted.', '2018-01-10')).toEqual(['ICON (ICX)=icon', 'ICON=icon', 'ICON=icon']);
    // A bare ticker the page accepts binds it too ("ICX at $0.92 … the ICON market").
    expect(found('ICX rose 25% to $0.92 this week. The volatility is low on the ICON market.', '2018-01-10')).toEqual(['ICX=icon', 'ICON=icon']);
    // Unbound, a shouted word stays a word, a price beside it or not.
    expect(found('JUST fell 10% today. I JUST bought Bitcoin (BTC). MANTRA MEDITATION for traders. The ICON set.', '2024-01-10')).toEqual(['Bitcoin (BTC)=bitcoin']);
  });

  it('a name inside a longer proper noun is the coin where the page names that coin firmly', () => {
    expect(found('Helium (HNT) rose 4%. Owners deploy Helium Hotspots, shown on the Helium Explorer.', '2022-01-10')).toEqual(['Helium (HNT)=helium', 'Helium=helium', 'Helium=helium']);
    // Not by a bare ticker alone, nor on a page that names some other coin.
    expect(found('HNT rose 4%. Helium Hotspots ship soon.', '2022-01-10')).toEqual(['HNT=helium']);
    expect(found('Bitcoin (BTC) rose 4%. Helium Energy ships balloons; Stellar Blade sold well.', '2022-01-10')).toEqual(['Bitcoin (BTC)=bitcoin']);
  });

  it('a coin\'s name declined in Polish, Czech, Finnish or Hungarian is that coin', () => {
    expect(found('Inwestorzy postawili na bitcoina. Skąd zainteresowanie bitcoinem? Cena Bitcoina rośnie, a o Solanie mniej.', '2020-05-10')).toEqual(['bitcoina=bitcoin', 'bitcoinem=bitcoin', 'Bitcoina=bitcoin', 'Solanie=solana']);
    expect(found('Pokles kurzu bitcoinu a etherea. Bitcoinin hinta nousi. A bitcoinban bízik.', '2022-02-10')).toEqual(['bitcoinu=bitcoin', 'etherea=ethereum', 'Bitcoinin=bitcoin', 'bitcoinban=bitcoin']);
    // English keeps its own words: a tethered drone, a solar panel.
    expect(found('The tethered drone flew over the solar panels.', '2022-02-10')).toEqual([]);
  });

  it('a ticker before a German or Dutch compound head is the coin ("XRP-Token", "ETH-Kurs")', () => {
    expect(found('Bitcoin (BTC) stieg. Knapp hinter dem XRP-Token, der ETH-Kurs fiel, de SOL-koers steeg.', '2024-03-01')).toEqual(['Bitcoin (BTC)=bitcoin', 'XRP=ripple', 'ETH=ethereum', 'SOL=solana']);
    // A capitalised word after the hyphen still names something else ("BTC-Echo", "BTC-Alpha").
    expect(found('Laut BTC-Echo und BTC-Alpha.', '2024-03-01')).toEqual([]);
  });

  it('a breed glued on in another language, or named in an appositive, makes that one mention the dog', () => {
    expect(found('Bitcoin (BTC) stieg. Eine Maske, inspiriert vom Shiba Inu-Hund. Shiba Inu (SHIB) fiel.', '2024-03-01')).toEqual(['Bitcoin (BTC)=bitcoin', 'Shiba Inu (SHIB)=shiba-inu']);
    expect(found('Dogecoin rose. The dog on Dogecoin is a Shiba Inu, a Japanese breed. Will Shiba Inu (SHIB) be listed on Robinhood?', '2021-10-10')).toEqual(['Dogecoin=dogecoin', 'Dogecoin=dogecoin', 'Shiba Inu (SHIB)=shiba-inu']);
  });

  it('a currency code news quotes prices in is no coin', () => {
    expect(found('Ethereum cotiza a US$3008.94 (ARS $4.561.549) y 1,2 mln PLN.', '2026-01-28')).toEqual(['Ethereum=ethereum']);
  });

  it('a project named by its ticker as a word, in a list of moves', () => {
    expect(found('Fetch.ai (16,31 %), Ankr (15,82 %), Avalanche (15,72 %).', '2024-03-01')).toEqual(['Fetch.ai=fetch-ai', 'Ankr=ankr', 'Avalanche=avalanche-2']);
  });

  it('a name at a dollar figure is no price move: a ticket, a car', () => {
    // Tried and dropped ("Neo at $1.5 billion"): product and ticket prices say nothing of a coin.
    expect(found('Ticketmaster listed standing tickets for Oasis at $150. Oasis fans were furious.', '2024-09-01')).toEqual([]);
    expect(found('The Civic at $28,000 undercuts the Corolla.', '2024-05-01')).toEqual([]);
  });

  it('the words of a job make Ripple the firm, even in 2018', () => {
    expect(found('Bitcoin (BTC) fell. He previously worked for Ripple. She was the main representative of the Ripple project in China.', '2018-07-10')).toEqual(['Bitcoin (BTC)=bitcoin']);
    // The coin's own 2018 name stays the coin, also when a market leaves it behind.
    expect(found('Bitcoin (BTC) fell while Ripple rose 4%.', '2018-07-10')).toEqual(['Bitcoin (BTC)=bitcoin', 'Ripple=ripple']);
    expect(found('Bitcoin (BTC) fell and the market left Ripple behind.', '2018-03-01')).toEqual(['Bitcoin (BTC)=bitcoin', 'Ripple=ripple']);
  });

  it('a firm, an index or a standard named after a coin is not the coin', () => {
    expect(found('Chris Kline, Bitcoin IRA COO, spoke. Ether Capital raised C$45 million. The round was led by Blockchain Capital. Celsius Network paused withdrawals.', '2022-07-10')).toEqual([]);
    expect(found('Bitcoin hit a record on CoinDesk’s Bitcoin Price Index (BPI) after miners voted on the Bitcoin Improvement Proposal (BIP) 91.', '2017-12-10')).toEqual(['Bitcoin=bitcoin']);
    // Their tokens still count by ticker.
    expect(found('BCAP rose 4% and $CEL fell 20%.', '2022-07-10')).toEqual(['BCAP=blockchain-capital', '$CEL=celsius-degree-token']);
  });

  it('a project\'s core team and a launchpad\'s bonding curve are phrases, not coins', () => {
    expect(found('Helium (HNT) rose. The Core team has started writing the code. Pump.fun and the Bonding Curve Mechanic.', '2024-03-01')).toEqual(['Helium (HNT)=helium', 'Pump.fun=pump-fun']);
    expect(found('Bitcoin (BTC) rose. Developers removed SegWit from the Core codebase.', '2018-01-01')).toEqual(['Bitcoin (BTC)=bitcoin']);
    // The coins themselves still count.
    expect(found('Helium (HNT) rose; Curve (CRV) and Core (CORE) fell.', '2024-03-01')).toEqual(['Helium (HNT)=helium', 'Curve (CRV)=curve-dao-token', 'Core (CORE)=coredaoorg']);
  });

  it('only a coin named after a person\'s surname takes the person\'s sense after a given name', () => {
    // "exchange Mercado Bitcoin" is an exchange, not a person: the page's bitcoin stays bitcoin.
    expect(found('O Bitcoin subiu. Os dados são da exchange Mercado Bitcoin. A adoção do Bitcoin cresce.', '2021-03-24')).toEqual(['Bitcoin=bitcoin', 'Bitcoin=bitcoin']);
    expect(found('Die Idee stammt von Stiftung Ethereum. Ethereum stieg um 4%.', '2021-03-24')).toEqual(['Ethereum=ethereum', 'Ethereum=ethereum']);
    expect(found('A book by the mathematician Gerolamo Cardano.', '2021-03-24')).toEqual([]);
  });

  it('more forms of the European-language readers: bitcóin, ethereumin, and words that only look like coins', () => {
    expect(found('El bitcóin cotizaba a US$11.400. Ethereumin arvo kävi 2800 dollarissa; ethereumia ostettiin.', '2021-03-24')).toEqual(['bitcóin=bitcoin', 'Ethereumin=ethereum', 'ethereumia=ethereum']);
    // Portuguese "uma" after a price, Slovene "celo" ("even").
    expect(found('O Bitcoin era negociado a US$ 1.400, uma valorização assustadora. Cene lahko nihajo celo iz minute v minuto.', '2018-01-10')).toEqual(['Bitcoin=bitcoin']);
    // Celo capitalised is still the coin on a crypto page.
    expect(found('Bitcoin (BTC) fell while Celo rose 5%.', '2024-01-10')).toEqual(['Bitcoin (BTC)=bitcoin', 'Celo=celo']);
  });

  it('a firm, a fund or a person that carries a coin\'s name is not the coin, case as written', () => {
    expect(found('Bitcoin (BTC) rose; Bitcoin Investment Group gained 9%, said a partner at Bitcoin Opportunity Fund and at Solana Ventures. A pet project of Bitcoin Kid.', '2023-01-10')).toEqual(['Bitcoin (BTC)=bitcoin']);
    // Lower case and a fund of the coin itself stay the coin.
    expect(found('Its bitcoin holdings grew, and a Bitcoin fund opened.', '2023-01-10')).toEqual(['bitcoin=bitcoin', 'Bitcoin=bitcoin']);
  });

  it('a chain\'s dollar by its long name', () => {
    expect(found('The amount of Hive Backed Dollars (HBD) grew.', '2021-06-01')).toEqual(['Hive Backed Dollars (HBD)=hive_dollar']);
  });

  it('a firm-named coin with the possessive before its own ticker is the firm', () => {
    expect(found('Bitcoin (BTC) fell while analysts watched Ripple’s XRP token closely.', '2024-01-10')).toEqual(['Bitcoin (BTC)=bitcoin', 'XRP=ripple']);
    expect(found('ProBit Exchange is glad to announce the listing of RKZ.', '2019-01-28')).toEqual([]);
  });

  it('a figure after a colon is no move of a coin: sales and survey tables', () => {
    // Tried and dropped ("Jupiter: Decreased 75.9%"): the same shape lists car sales and polls.
    expect(found('Honda sales in April. Civic: up 12%. Accord: down 5%.', '2024-05-01')).toEqual([]);
    expect(found('Survey results. Trust: down 12%. Optimism: up 4%.', '2024-05-01')).toEqual([]);
  });

  it('a firm-named coin in lower case stays a word, even on a crypto page', () => {
    // Tried and dropped ("de ripple heeft de ethereum ingehaald"): English writes the word there too.
    expect(found('Bitcoin (BTC) fell 10%. The sell-off could ripple through the rest of the market.', '2018-03-01')).toEqual(['Bitcoin (BTC)=bitcoin']);
    expect(found('Bitcoin (BTC) fell, with a ripple effect on smaller coins.', '2018-01-05')).toEqual(['Bitcoin (BTC)=bitcoin']);
  });

  it('a plural fund word before the funds\' acronym leaves the coin in the name ("Bitcoin Exchange-Traded Funds (ETFs)")', () => {
    expect(found('Inflows into Bitcoin Exchange-Traded Funds (ETFs) hit a record.', '2025-05-21')).toEqual(['Bitcoin=bitcoin']);
  });

  it('"shiba coin" is the coin, "the dog Shiba Inu" the breed; Osmo as forum writers capitalise it', () => {
    expect(found('Musk tweeted that he does not own any shiba coin.', '2021-05-10')).toEqual(['shiba coin=shiba-inu']);
    expect(found('Floki, another meme coin with the dog Shiba Inu logo, shot to fame.', '2021-05-10')).toEqual([]);
    expect(found('Osmosis (OSMO) and Cosmos (ATOM) voters: a successful integration of Osmo and Atom needs one plan.', '2024-08-10')).toEqual(['Osmosis (OSMO)=osmosis', 'Cosmos (ATOM)=cosmos', 'Osmo=osmosis']);
    // Atom is also Intel's processor and GitHub's editor.
    expect(found('Cosmos (ATOM) fell 5%. Intel Atom processors are used in many netbooks.', '2024-05-01')).toEqual(['Cosmos (ATOM)=cosmos']);
  });

  it('Steem\'s dollar by its long name and Steem Power in any case', () => {
    expect(found('This shows how much SBD (Steem Backed Dollars) you have; your steem power grows.', '2017-10-10')).toEqual(['SBD=steem-dollars', 'Steem Backed Dollars=steem-dollars', 'steem power=steem']);
  });

  it('the review\'s cases: headlines, shouts, surnames, currencies and funds keep their coins', () => {
    expect(found('Tesla Sells 75% of Its Bitcoin Holdings', '2024-05-01')).toEqual(['Bitcoin=bitcoin']);
    expect(found('Cardano Partners With Ethiopia for Student IDs', '2024-05-01')).toEqual(['Cardano=cardano']);
    expect(found('JUST (JST) rose 5% this week. JUST IN: Justin Sun buys more TRX.', '2024-05-01')).toEqual(['JUST (JST)=just', 'TRX=tron']);
    expect(found('At Fashion Week, designer Anna Sui showed a new collection. Sui said it was inspired by the 1970s.', '2024-05-01')).toEqual([]);
    expect(found('Axie Infinity\'s AXS and RON rallied on Tuesday.', '2024-05-01')).toEqual(['Axie Infinity=axie-infinity', 'AXS=axie-infinity', 'RON=ronin']);
    expect(found('Withdraw Funds (USDT) from your account. USDT is a stablecoin.', '2024-05-01')).toEqual(['USDT=tether', 'USDT=tether']);
    expect(found('The hive power outage affected bees, says a beekeeper.', '2024-05-01')).toEqual([]);
  });

  it('a chain named after its blockchain noun, and Pi Network\'s coin by "Pi Coin"', () => {
    expect(found('Bitcoin (BTC) rose. Builders weighed the blockchain Avalanche and the mainnet Aptos.', '2025-01-10')).toEqual(['Bitcoin (BTC)=bitcoin', 'Avalanche=avalanche-2', 'Aptos=aptos']);
    expect(found('The Pi Network’s native token, Pi Coin, fell 20%.', '2025-04-10')).toEqual(['Pi Network=pi-network', 'Pi Coin=pi-network']);
    // A retail chain is no blockchain (the second review's case), nor a page without a coin named firmly.
    expect(found('Bitcoin (BTC) rose 2%. The restaurant chain Sonic said it will not accept crypto.', '2025-01-10')).toEqual(['Bitcoin (BTC)=bitcoin']);
    expect(found('The blockchain Avalanche of orders hit retailers.', '2025-01-10')).toEqual([]);
  });

  it('a price move in the text\'s own language, Portuguese "uma"', () => {
    expect(found('Bitcoin (BTC) melemah. Polygon turun 6,8 persen dalam sepekan.', '2022-11-10')).toEqual(['Bitcoin (BTC)=bitcoin', 'Polygon=matic-network']);
    // A verb that ends in a letter outside ASCII still ends the word.
    expect(found('Polygon cayó un 7% en la semana; Near bajó un 3 por ciento.', '2022-11-10')).toEqual(['Polygon=matic-network', 'Near=near']);
    // Not Vietnamese stock reports, nor Binance's USD-M futures.
    expect(found('Cổ phiếu GAS tăng 2,1% trong phiên hôm nay.', '2024-05-01')).toEqual([]);
    expect(found('Traders on Binance USD-M futures saw liquidations.', '2024-05-01')).toEqual([]);
    expect(found('Já a Solana é uma blockchain. Uma comunidade forte, e o UMA subiu.', '2023-05-10')).toEqual(['Solana=solana', 'UMA=uma']);
  });

  it('ProBit Token still counts (only ProBit Exchange is the firm); Kyber alone is the encryption algorithm', () => {
    expect(found('To buy ProBit Token (PROB), search “ProBit Token” in the input field.', '2024-01-01')).toEqual(['ProBit Token (PROB)=probit-exchange', 'ProBit Token=probit-exchange']);
    expect(found('Google Chrome now uses Kyber to protect TLS connections against quantum computers.', '2024-01-01')).toEqual([]);
  });

  it('the November 2020 fork\'s tickers: BCHA the ABC side (eCash), BCHN the side that kept BCH', () => {
    expect(found('BCHN is touting a 37 block lead over the BCHA chain.', '2020-11-20')).toEqual(['BCHN=bitcoin-cash', 'BCHA=ecash']);
  });

  it('the name in a Name (SYM) dates by the page\'s dead asset as it does alone ("Luna (LUNA)" beside UST in 2024)', () => {
    expect(found('Collapse of TerraUSD (UST) and Luna (LUNA): a cautionary tale. LUNA holders lost.', '2024-03-01')).toEqual(['TerraUSD (UST)=terrausd', 'Luna (LUNA)=terra-luna', 'LUNA=terra-luna']);
    expect(found('The demise of the Terra (LUNA) blockchain in May shook the market, as UST lost its peg.', '2024-03-01')).toEqual(['Terra (LUNA)=terra-luna', 'UST=terrausd']);
    // The successor's own name keeps the ticker's date, and no dead asset, no witness.
    expect(found('Today Terra 2.0 (LUNA) trades at $0.40 while UST is dead.', '2024-03-01')).toEqual(['Terra 2.0 (LUNA)=terra-luna-2', 'UST=terrausd']);
    expect(found('Terra (LUNA) holders received the airdrop.', '2024-03-01')).toEqual(['Terra (LUNA)=terra-luna-2']);
  });

  it('a bracket that extends the ticker before it is a token made from that coin ("Wrapped NXM (WNXM)"), not its gloss', () => {
    expect(found('Binance will delist OmiseGO (OMG), Wrapped NXM (WNXM) and NEM (XEM). WNXM holders must withdraw.', '2023-06-01')).toEqual([
      'OmiseGO (OMG)=omisego', 'Wrapped NXM (WNXM)=wrapped-nxm', 'NEM (XEM)=nem', 'WNXM=wrapped-nxm',
    ]);
    // The tail of a hyphenated name stays that name's ticker, glossed ("Arena-Z (A2Z)").
    expect(found('LOKA is renamed Arena-Z (A2Z) today.', '2025-05-01')).toContain('Arena-Z (A2Z)=arena-z');
  });

  it('a dog of the breed ("Elon Musk’s Shiba Inu puppy") is the breed for that mention only, not for the page', () => {
    expect(found('Dogecoin (DOGE) and Shiba Inu (SHIB) rose. Elon Musk’s Shiba Inu puppy made headlines. Meanwhile, Shiba Inu built its market on hype.')).toEqual([
      'Dogecoin (DOGE)=dogecoin', 'Shiba Inu (SHIB)=shiba-inu', 'Shiba Inu=shiba-inu',
    ]);
    // A character still settles the page: "Pepe the frog".
    expect(found('BTC and DOGE rose. Pepe the frog is a cartoon. Meanwhile, Pepe became a symbol.')).toEqual(['BTC=bitcoin', 'DOGE=dogecoin']);
  });

  it('a word that opens a question or a clause is capitalised by position, not the head of a proper noun', () => {
    expect(found('Will Shiba Inu coin reach $1? Many ask.', '2021-06-01')).toEqual(['Shiba Inu=shiba-inu']);
    expect(found('Compound (COMP) paid its users in tokens. How Compound did it, nobody knew.', '2020-12-20')).toEqual(['Compound (COMP)=compound-governance-token', 'Compound=compound-governance-token']);
    // Not a preposition: "Before Midnight" is a time, on a page dense with coins too (the review's case).
    expect(found('Bitcoin, Ethereum, Solana, XRP and Cardano rose. Before Midnight, traders sold.', '2025-06-01')).toEqual(['Bitcoin=bitcoin', 'Ethereum=ethereum', 'Solana=solana', 'XRP=ripple', 'Cardano=cardano']);
    // A capitalised word that is no such opener still makes a longer proper noun ("Apple Vision").
    expect(found('Bitcoin fell. The Grand Compound hotel opened.', '2020-12-20')).toEqual(['Bitcoin=bitcoin']);
  });

  it('a lower-case name that an appositive defines as a coin is the coin ("serum, the cryptocurrency of …")', () => {
    expect(found('Meanwhile, serum, the cryptocurrency of the exchange, fell.', '2022-11-20')).toEqual(['serum=serum']);
    // An appositive that defines something else leaves the word a word.
    expect(found('Bitcoin fell while the yield curve, a measure of rates, rose.', '2022-11-20')).toEqual(['Bitcoin=bitcoin']);
  });

  it('the ETF issuers are firms ("Invesco"); "Strategies" after a name is a report as often as a firm', () => {
    expect(found('Bitcoin rose. The fund owns Bitcoin Strategies that beat the market.', '2025-06-01')).toEqual(['Bitcoin=bitcoin', 'Bitcoin=bitcoin']);
    expect(found('Bitcoin ETFs drew BlackRock, Invesco, VanEck and WisdomTree, and Ether rose.', '2024-01-15')).toEqual(['Bitcoin=bitcoin', 'Ether=ethereum']);
  });

  it('a bracketed ticker that abbreviates the word in capitals before it makes that word the name ("ASPECTA (ASP)")', () => {
    expect(found('OKX will list a new asset, the ASPECTA (ASP), on its platform, next to BTC.', '2025-06-01')).toEqual(['ASPECTA (ASP)=aspecta', 'BTC=bitcoin']);
  });

  it('a project\'s own core team and improvement proposals carry its name ("the Nano Core Team", "Helium Improvement Proposal")', () => {
    expect(found('Users lost 17 million Nano tokens. He misled the Nano Core Team, they said.', '2018-02-15')).toEqual(['Nano=nano', 'Nano=nano']);
    expect(found('Helium Improvement Proposal #70 moves HNT to Solana.', '2022-09-20')).toEqual(['Helium=helium', 'HNT=helium', 'Solana=solana']);
  });

  it('a 2019 exchange notice\'s pairs: Paxos\'s PAX and TRX/XRP as quotes, a former ticker, an old coin\'s ticker, a stop-listed base', () => {
    expect(found('Binance will remove the GTO/PAX, NPXS/BTC, ONE/PAX and WIN/BTC pairs.', '2019-09-20')).toEqual([
      'GTO=gifto', 'PAX=paxos-standard', 'NPXS=pundi-x', 'BTC=bitcoin', 'ONE=harmony', 'PAX=paxos-standard', 'WIN=wink', 'BTC=bitcoin',
    ]);
    // A stop-listed base against a currency stays a word ("NEW/USD" is no pair of a coin).
    expect(found('The NEW/USD rate and the TOP/EUR spread moved.', '2019-09-20')).toEqual([]);
  });

  it('the review\'s cases: the rules of this round stay off ordinary text', () => {
    // A move list's elided verb moves nothing ("Revenue grew 10%, and Harmony by 4%").
    expect(found('Revenue grew 10%, and Harmony by 4% in the quarter.', '2025-06-01')).toEqual([]);
    expect(found('Retail sales rose 4% in the first quarter, and Core by 2%.', '2025-06-01')).toEqual([]);
    expect(found('The board trimmed salaries, and cut Ripple by 17%.', '2025-06-01')).toEqual([]);
    // The kind of coin licenses no ordinary word after it.
    expect(found('The stablecoin movement is reshaping payments in Latin America.', '2025-06-01')).toEqual([]);
    expect(found('Bitcoin rose. Analysts tracked stablecoin flow, which rose sharply.', '2025-06-01')).toEqual(['Bitcoin=bitcoin']);
    // A lower-case word's appositive defines a coin only by a coin's own nouns.
    expect(found('The civil rights movement, a bridge between generations, shaped the decade.', '2025-06-01')).toEqual([]);
    expect(found('He worked as a maker, a marketplace seller of handmade goods.', '2025-06-01')).toEqual([]);
    expect(found('Bitcoin rose. The flow, a token amount really, was small.', '2025-06-01')).toEqual(['Bitcoin=bitcoin']);
    // A word in capitals with its abbreviation is a coin's name only on a page that names a coin.
    expect(found('ATTENTION (ATTN) all passengers.', '2025-06-01')).toEqual([]);
    expect(found('The ANONYMOUS (ANON) group claimed responsibility.', '2025-06-01')).toEqual([]);
    // The article before a long-tail name in capitals is not the name's.
    expect(found('BTC rose. The Wrapped NXM (WNXM) token is on Ethereum.', '2025-06-01')).toEqual(['BTC=bitcoin', 'Wrapped NXM (WNXM)=wrapped-nxm', 'Ethereum=ethereum']);
  });

  it('a version after a name is the protocol itself ("Compound V3"); Maker\'s two Dai by their names; Nervos', () => {
    expect(found('Aave and Compound V3 do not support it as collateral, leaving Compound V2 as the only market.', '2023-05-01')).toEqual(['Aave=aave', 'Compound=compound-governance-token', 'Compound=compound-governance-token']);
    expect(found('Before the launch of multi-collateral Dai, holders kept Single-Collateral Dai.', '2019-10-01')).toEqual(['multi-collateral Dai=dai', 'Single-Collateral Dai=sai']);
    expect(found('We invested in Starkware and Nervos last year.', '2020-09-01')).toEqual(['Nervos=nervos-network']);
  });

  it('other languages\' "and" joins a list of coins as English\'s does ("Litecoin, XRP und Dash", "Nano en Verge")', () => {
    expect(found('Litecoin, XRP und Dash: Wie sieht die Kursentwicklung aus?', '2021-05-01')).toEqual(['Litecoin=litecoin', 'XRP=ripple', 'Dash=dash']);
    expect(found('Kleinere cryptocurrencies stijgen vandaag. Bitcoin, Nano en Verge zijn de winnaars.', '2018-01-10')).toEqual(['Bitcoin=bitcoin', 'Nano=nano', 'Verge=verge']);
  });

  it('a firm\'s legal suffix after a name makes it the firm ("BitTorrent Inc.", "Solana Company")', () => {
    expect(found('BitTorrent (BTT) launched in 2019. BitTorrent Inc. was founded in 2004.', '2019-02-01')).toEqual(['BitTorrent (BTT)=bittorrent-old']);
    expect(found('SOL rose 5% as Helius rebranded to “Solana Company,” a treasury firm.', '2025-10-01')).toEqual(['SOL=solana']);
  });

  it('the dog mascot named before the breed is the breed ("the dog mascot, Shiba Inu, sweeps …")', () => {
    expect(found('DOGE and SHIB rose. In the image, the dog mascot, Shiba Inu, sweeps over the finance world.', '2021-05-01')).toEqual(['DOGE=dogecoin', 'SHIB=shiba-inu']);
    // A coin list after the ticker DOG stays a list of coins.
    expect(found('Meme coins DOG, Shiba Inu and Floki rallied 10%.', '2025-01-10')).toContain('Shiba Inu=shiba-inu');
  });

  it('a lower-case name that is no ordinary word counts on a page that binds its coin, where its price moves', () => {
    expect(found('Ripple (XRP) led the market. Then ripple price loses nearly 47% in a mere 6 days.', '2018-01-20')).toEqual(['Ripple (XRP)=ripple', 'ripple=ripple']);
    // An ordinary word stays one beside its coin's strong form (the review's cases).
    expect(found('Flow (FLOW) is trading at $0.55. Its free cash flow rose 30%, while order flow dropped 12%.', '2024-05-01')).toEqual(['Flow (FLOW)=flow']);
    expect(found('Stellar (XLM) gained 3%. The stellar price surged 28 percent at the auction.', '2024-05-01')).toEqual(['Stellar (XLM)=stellar']);
  });

  it('a move by a percentage written in words is a move ("Dash down four percent")', () => {
    expect(found('Monero rose more than 16 percent to $66; Dash down four percent to $327.', '2017-09-08')).toEqual(['Monero=monero', 'Dash=dash']);
    expect(found('The dash down the stairs took four seconds.', '2017-09-08')).toEqual([]);
  });

  it('a bracket that puts letters before the named coin\'s ticker is a token made from it ("liquid-staked Ether (STETH)")', () => {
    expect(found('The theft of liquid-staked Ether (STETH), Mantle Staked ETH (mETH) and ERC-20 tokens.', '2025-02-25')).toEqual([
      'Ether (STETH)=staked-ether', 'ETH (mETH)=mantle-staked-ether',
    ]);
    // Letters after it leave the coin: "XRP Ledger (XRPL)", "FileCoin (FILE)".
    expect(found('Both XRP (XRPL) and XLM rose; Axie Infinity (AXS) and FileCoin (FILE) fell.', '2022-06-01')).toEqual([
      'XRP (XRPL)=ripple', 'XLM=stellar', 'Axie Infinity (AXS)=axie-infinity', 'FileCoin (FILE)=filecoin',
    ]);
  });

  it('a move to a price level is a move ("Ripple also tumbled to $1.12"), never a firm\'s sum', () => {
    expect(found('Bitcoin fell, and the cross-border cryptocurrency Ripple also tumbled to $1.12 before recovering.', '2021-04-19')).toEqual(['Bitcoin=bitcoin', 'Ripple=ripple']);
    expect(found('Bitcoin fell. Ripple lost $50 million in the lawsuit.', '2021-04-19')).toEqual(['Bitcoin=bitcoin']);
  });

  it('words that inflect the name of a coin holding the bracket\'s ticker name that coin, not an acronym ("Smooth Love Potions (SLP)")', () => {
    expect(found('Players earn Smooth Love Potions (SLP) by playing. SLP fell 5%.', '2021-07-01')).toEqual(['Smooth Love Potions (SLP)=smooth-love-potion', 'SLP=smooth-love-potion']);
    // An acronym spelled by other words stays an acronym, whichever coin holds the letters.
    expect(found('The New York Department of Environmental Conservation (DEC) acted. DEC said so.', '2024-12-01')).toEqual([]);
  });

  it('the second review\'s cases: sums are no price level, Hindi and Thai words that hold a name stay words', () => {
    expect(found('Compound rose to $1.2 billion in deposits. Harmony fell to $3 million in revenue.', '2024-05-01')).toEqual([]);
    expect(found('Binance listed Pepe (1000PEPE) and Bonk (1000BONK) perpetuals; Ethereum (XETH) on Kraken.', '2024-05-01')).toEqual(['Pepe (1000PEPE)=pepe', 'Bonk (1000BONK)=bonk', 'Ethereum (XETH)=ethereum']);
  });

  it('the dog in other languages before the breed is the breed; more Finnish and Hungarian endings', () => {
    expect(found('DOGE subió. Incluyeron imágenes de perros Shiba Inu, sobre el cual se basan.', '2021-05-01')).toEqual(['DOGE=dogecoin']);
    expect(found('DOGE tăng. Lấy cảm hứng từ những chú chó shiba inu.', '2021-05-01')).toEqual(['DOGE=dogecoin']);
    expect(found('Etheriä on likvidoitu 163 miljoonaa. Hol szokás tárolni a bitcoinokat?', '2022-05-01')).toEqual(['Etheriä=ethereum', 'bitcoinokat=bitcoin']);
  });

  it('Ark among ETF issuers is ARK Invest, and Metaverse before "tokens" the sector', () => {
    expect(found('Bitcoin ETFs drew issuers such as BlackRock, Invesco, Ark, VanEck, and Grayscale, while ETH and SOL rose.', '2024-01-11')).toEqual(['Bitcoin=bitcoin', 'ETH=ethereum', 'SOL=solana']);
    expect(found('BTC and ETH rose, and the upswing in Metaverse tokens lifted SAND.', '2021-11-01')).toEqual(['BTC=bitcoin', 'ETH=ethereum', 'SAND=the-sandbox']);
  });

  it('a firm\'s sector word after a ticker, the name\'s kind opening a sentence, "Lite Coin"', () => {
    expect(found('ZEN Petroleum, a Ghanaian oil firm, was ranked 28th. ZEN Petroleum grew fast.', '2022-05-01')).toEqual([]);
    expect(found('BTC and ETH fell. Memecoins Shiba Inu and Dogecoin also followed.', '2022-06-15')).toEqual(['BTC=bitcoin', 'ETH=ethereum', 'Shiba Inu=shiba-inu', 'Dogecoin=dogecoin']);
    expect(found('The SEC named Bitcoin, XRP, Lite Coin and Ethereum.', '2024-01-01')).toEqual(['Bitcoin=bitcoin', 'XRP=ripple', 'Lite Coin=litecoin', 'Ethereum=ethereum']);
    expect(found('It is the vision of eosDAC that EOS.IO block production should be open.', '2018-06-01')).toEqual(['EOS.IO=eos']);
  });

  it('the third review\'s cases: wrapped tokens, energy headlines, Ark on its own page, a virama, $3k', () => {
    expect(found('Users deposited Wrapped TRON (WTRX) and Wrapped Fantom (wFTM) into the vault.', '2024-06-01')).toEqual(['Wrapped TRON (WTRX)=wrapped-tron', 'Wrapped Fantom (wFTM)=wrapped-fantom']);
    expect(found('ETH Energy Use Drops 99.9% After the Merge, Ethereum Foundation Says', '2022-09-20')).toEqual(['ETH=ethereum', 'Ethereum=ethereum']);
    expect(found('Ark (ARK) is a delegated proof-of-stake chain. Ark fell 10% as Bitcoin slid.', '2022-05-01')).toEqual(['Ark (ARK)=ark', 'Ark=ark', 'Bitcoin=bitcoin']);
    expect(found('Maker rose to $3k on Monday as Bitcoin gained.', '2021-05-01')).toEqual(['Maker=maker', 'Bitcoin=bitcoin']);
    expect(found('Stellar (XLM) gained 2%. Later stellar’s token trades against BTC.', '2024-06-01')).toEqual(['Stellar (XLM)=stellar', 'stellar=stellar', 'BTC=bitcoin']);
  });
});
