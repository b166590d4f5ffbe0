import { describe, expect, it } from 'vitest';
import { coinIds, detectText } from './detect-text';

// One row per rule of issue #3: [what, text, coin ids that must be found, ids that must not].
const CASES: [string, string, string[], string[]][] = [
  ['acronyms are not coins', 'The SEC and CFTC met the CEO of an ETF issuer about AI, GPU and API rules, USD and TVL.', [], ['aethir']],
  ['ATH is all-time high by default', 'Bitcoin set a new ATH on Friday.', ['bitcoin'], ['aethir']],
  ['Aethir (ATH) binds later ATH', 'Aethir (ATH) rallied. Later, ATH was the top gainer.', ['aethir'], []],
  ['a later binding still counts for an earlier ATH', 'ATH was the top gainer. The token belongs to Aethir (ATH).', ['aethir'], []],
  ['ATH spelled out as all-time high stays a word', 'It hit an all-time high (ATH). ATH again!', [], ['aethir']],
  ['price context makes an acronym ticker a coin', 'ATH rose 11% in a day.', ['aethir'], []],
  ['never inside words', 'They did somETHing and asked SOLid questions.', [], ['ethereum', 'solana']],
  ['never inside URLs or e-mail', 'See https://x.io/eth/sol or mail btc@example.com', [], ['ethereum', 'solana', 'bitcoin']],
  ['render and near as words', 'The judge will render a verdict near the end. Near the close, nothing moved.', [], ['render-token', 'near']],
  ['Render with crypto context', 'Render, Akash and Bittensor led AI tokens.', ['render-token', 'akash-network', 'bittensor'], []],
  ['an ordinary-word name as an item of a bulleted or numbered list of coins', 'Protocols to farm:\n- Uniswap\n- Balancer\n- Curve\n- Yearn Finance\nOur ranking:\n1. Monero (XMR)\n2. Dash\n3. Zcash (ZEC)', ['curve-dao-token', 'dash'], []],
  ['a coin ending a line does not license a name opening the next paragraph', 'Funds rotated into Bitcoin\nNear the close, stocks fell.', ['bitcoin'], ['near']],
  ['Cardano\u2019s coin written as a name, with Cardano on the page', 'Cardano (ADA) staking: Ada holders delegate, and the reward follows the Ada you hold.', ['cardano'], []],
  ['Ada as a person or a language is no coin', 'Ada Lovelace wrote the first program. Ada was a mathematician; Ada and Pascal are languages.', [], ['cardano']],
  ['Near with a crypto noun', 'The Near token gained after the upgrade.', ['near'], []],
  ['Helium balloon is a word', 'Helium balloons were sold out.', [], ['helium']],
  ['spot ETF tickers are funds', "BlackRock's IBIT and Grayscale's GBTC saw inflows.", [], []],
  ['Bitcoin ETF means bitcoin', 'The Bitcoin ETF drew $1 billion.', ['bitcoin'], []],
  ['lower-case names', 'bitcoin and ether rallied while solana lagged.', ['bitcoin', 'ethereum', 'solana'], []],
  ['Ethereum gives no inner hit', 'Ethereum upgraded.', ['ethereum'], []],
  ['renamed tickers map to the current coin', 'RNDR and MATIC holders migrated.', ['render-token', 'polygon-ecosystem-token'], ['matic-network']],
  ['a pair names each crypto side; a glued pair its base only', 'SOL/USDT, ETH-USD and WLFIUSDC all rose.', ['solana', 'tether', 'ethereum', 'world-liberty-financial'], ['usd-coin']],
  ['cashtags in social posts', 'gm $sol $BONK $WIF', ['solana', 'bonk', 'dogwifcoin'], []],
  ['stock cashtags are not coins', 'Buying $MSTR and $COIN, not $NVDA.', [], []],
  ['wrapped and staked variants keep their own ids', 'Wrapped Bitcoin (WBTC), stETH and cbBTC.', ['wrapped-bitcoin', 'staked-ether', 'coinbase-wrapped-btc'], ['bitcoin']],
  ['Binance and Coinbase are companies', 'Binance and Coinbase listed nothing today.', [], ['binancecoin']],
  ['Binance Coin is BNB', 'Binance Coin rose.', ['binancecoin'], []],
  ['Ripple alone is the company', 'The regulator sued Ripple; Ripple’s native token is XRP.', ['ripple'], []],
  ['Ripple alone, no XRP: nothing', 'Ripple settled with the regulator.', [], ['ripple']],
  ['Ripple listed among coins is XRP', 'Bitcoin, Ethereum, Ripple and Litecoin led the market.', ['bitcoin', 'ethereum', 'ripple', 'litecoin'], []],
  ['people named like tickers', 'Justin Sun and Brett Harrison spoke.', [], ['sun-token', 'based-brett']],
  ['tokens glued to punctuation', "BTC's drop; (SOL) and \"XRP\".", ['bitcoin', 'solana', 'ripple'], []],
  ['shouted word tickers are words', 'BREAKING: SEC APPROVES ETH ETFS — MOVE COULD SPARK DEMAND', ['ethereum'], ['movement']],
  ['title-case headline words', 'Bitcoin Trades Near Record High as Investors Render Verdict', ['bitcoin'], ['near', 'render-token']],
  ['long-tail coin in Name (SYM)', 'Hivemapper (HONEY) and peaq (PEAQ) rose.', ['hivemapper', 'peaq-2'], []],
  ['stocks in Name (SYM) are not coins', 'Riot Platforms (RIOT) and Circle (CRCL) rose.', [], []],
  ['a page that abbreviates the department its own way keeps DOGE the coin', 'The Department of Government Efficiency (D.O.G.E) met. DOGE’s price rose as whales bought 90 million DOGE.', ['dogecoin'], []],
  ['Department of Government Efficiency redefines DOGE', 'Musk left the Department of Government Efficiency. DOGE cut contracts.', [], ['dogecoin']],
  ['a chain after a preposition on a crypto page', 'Bitcoin rose. Stablecoin supply on Avalanche and deposits into Polygon grew.', ['avalanche-2', 'polygon-ecosystem-token'], []],
  ['ordinary-word names inside longer proper nouns', 'Ethereum fell, Sky News said. Bitcoin Core developers argued; Flow Traders sold.', [], ['sky', 'coredaoorg', 'flow']],
  ['a ticker with pluses glued after it is another asset', 'USD0++ fell to 0.87 USD0 while $USDC+ and ETH+ held; BTC+ETH dominance rose.', ['usd0-liquid-bond', 'usual-usd', 'reserve-protocol-eth-plus', 'bitcoin', 'ethereum'], ['usd-coin']],
  ['compound names win over their first word', 'Bitcoin Cash and Ethereum Classic rose.', ['bitcoin-cash', 'ethereum-classic'], ['bitcoin', 'ethereum']],
];

describe('detection rules', () => {
  it.each(CASES)('%s', (_what, text, mustFind, mustNotFind) => {
    const found = coinIds(text);
    for (const id of mustFind) expect(found, `${id} in ${text}`).toContain(id);
    for (const id of mustNotFind) expect(found, `${id} in ${text}`).not.toContain(id);
  });

  it('reports forms and exact spans', () => {
    const text = 'Aethir (ATH) vs $SOL and BTC/USDT; Bittensor and XRP.';
    const mentions = detectText(text).map((m) => [text.slice(m.start, m.end), m.coinId, m.form]);
    expect(mentions).toEqual([
      ['Aethir (ATH)', 'aethir', 'name-symbol'],
      ['$SOL', 'solana', 'cashtag'],
      ['BTC', 'bitcoin', 'pair'],
      ['USDT', 'tether', 'pair'],
      ['Bittensor', 'bittensor', 'name'],
      ['XRP', 'ripple', 'symbol'],
    ]);
  });

  it('resolves a shared ticker to the biggest coin and lists the others', () => {
    const [usdt] = detectText('USDT supply grew.');
    expect(usdt?.coinId).toBe('tether');
    expect(usdt?.alternatives).toContain('polygon-bridged-usdt-polygon');
  });

  it('honours a pinned choice per symbol', () => {
    const [usdt] = detectText('USDT supply grew.', { USDT: 'polygon-bridged-usdt-polygon' });
    expect(usdt?.coinId).toBe('polygon-bridged-usdt-polygon');
    expect(usdt?.alternatives).toContain('tether');
  });
});
