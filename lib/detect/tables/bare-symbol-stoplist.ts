/**
 * Upper-case words that news text uses as acronyms far more often than as tickers. A bare
 * upper-case token in this list is a coin only when the page binds it strongly elsewhere
 * ("Aethir (ATH)", "$ATH") or the words right after it are a price move ("ATH rose 11%").
 * Users' top complaint about peers: "ATH" meaning all-time high shown as a coin (issue #3).
 * Some entries are no coin's ticker today; they guard the daily-refreshed lexicon against new
 * coins that take an acronym as their ticker.
 */
export const BARE_SYMBOL_STOPLIST: ReadonlySet<string> = new Set([
  // markets, finance and regulators
  'AI', 'ML', 'CEO', 'CFO', 'CTO', 'COO', 'CMO', 'CIO', 'SEC', 'CFTC', 'FED', 'FOMC', 'ETF', 'ETFS',
  'ETP', 'ETN', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'CAD', 'AUD', 'CHF', 'HKD', 'SGD', 'INR',
  // the other currencies news quotes prices in ("US$3008.94 (ARS $4.561.549)", "1.2 mln PLN")
  'ARS', 'BRL', 'MXN', 'COP', 'CLP', 'PEN', 'UYU', 'ZAR', 'NGN', 'KES', 'PLN', 'CZK', 'HUF',
  'SEK', 'NOK', 'DKK', 'RUB', 'UAH', 'ILS', 'AED', 'SAR', 'THB', 'VND', 'IDR', 'MYR', 'TWD', 'NZD',
  'GDP', 'CPI', 'PPI', 'PCE', 'IRS', 'DOJ', 'FBI', 'FTC', 'OCC', 'FDIC', 'OFAC', 'FINRA', 'NYSE',
  'NASDAQ', 'DXY', 'SPX', 'SPY', 'QQQ', 'VIX', 'NDX', 'IMF', 'ECB', 'BOJ', 'BOE', 'PBOC', 'SNB',
  'FCA', 'SFC', 'ESMA', 'MICA', 'FSA', 'BIS', 'CBDC', 'IPO', 'OTC', 'ROI', 'APY', 'APR', 'YTD',
  'YOY', 'QOQ', 'EPS', 'ESG', 'LLC', 'INC', 'LTD', 'PLC', 'AUM', 'NAV', 'ATM', 'DCA', 'PNL',
  // crypto jargon
  'ATH', 'ATL', 'TVL', 'DEX', 'CEX', 'NFT', 'NFTS', 'ICO', 'IDO', 'IEO', 'TGE', 'LBP', 'SBT', 'FDV', 'DAO', 'KYC', 'AML', 'P2P',
  'POS', 'POW', 'RWA', 'DEPIN', 'DEFI', 'CEFI', 'MEV', 'EVM', 'SVM', 'TPS', 'RPC', 'EIP', 'BIP',
  'ERC', 'BRC', 'SPL', 'LST', 'LRT', 'AMM', 'HODL', 'FUD', 'FOMO', 'DYOR', 'NFA', 'WAGMI', 'NGMI',
  'GM', 'GN', 'OI', 'LP', 'TX', 'ZK', 'L1', 'L2', 'L3', 'ASIC', 'HPC', 'AMA', 'KOL', 'PFP', 'OG',
  // technology
  'GPU', 'GPUS', 'CPU', 'TPU', 'API', 'SDK', 'UI', 'UX', 'OS', 'PC', 'IT', 'ID', 'IP', 'VPN', 'URL',
  'HTTP', 'PDF', 'AR', 'VR', 'XR', 'LLM', 'AGI', 'IOT', 'SAAS', 'B2B', 'DNS', 'SSL', 'QR',
  // nuclear magnetic resonance (Numeraire's NMR counts with a price, a list of coins or a binding)
  'NMR',
  // Denver's airport and the Romance word for day (DIA data's oracle token); gamers' PAX and airlines'
  // passengers (Paxos Standard's ticker until 2021): each counts with a price, a list of coins or a binding
  'DIA', 'PAX',
  // places, institutions, media, time zones, units
  'US', 'USA', 'UK', 'EU', 'UN', 'UAE', 'NY', 'NYC', 'LA', 'SF', 'CNBC', 'CNN', 'BBC', 'WSJ', 'FT',
  'NASA', 'CIA', 'NSA', 'UTC', 'GMT', 'EST', 'EDT', 'ET', 'PT', 'KST', 'JST', 'CET', 'AM', 'PM',
  'EH', 'PH', 'TH', 'GW', 'MW', 'KW', 'MB', 'GB', 'TB',
  // everyday shouting and chat
  'OK', 'LOL', 'IMO', 'IMHO', 'TBH', 'RN', 'FYI', 'ASAP', 'NOT', 'NEW', 'ALL', 'ONE', 'TOP', 'BIG',
  'NOW', 'HOT', 'WIN', 'BUY', 'SELL', 'LIVE', 'BREAKING', 'UPDATE', 'PS', 'PR', 'HR', 'QA', 'TA', 'FA',
  'GOAT', 'REKT', 'BASED', 'OFC', 'HIGH', 'TEL', 'ALT', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN',
  // US bills written in capitals: "the GENIUS Act", "the STABLE Act", "the CLARITY Act"
  'GENIUS', 'STABLE', 'CLARITY', 'ACT',
  // tickers of product-named coins that read otherwise in capitals: the game console, the TCP
  // handshake, a name, good-till-cancelled orders
  'PSP', 'SYN', 'JOE', 'GTC',
  // ordinary words shouted for emphasis inside a lower-case sentence ("more than you could EVER
  // want"), which are also small coins' tickers
  'EVER', 'SUPER', 'QUICK', 'USUAL', 'FORTH', 'USELESS', 'BLURT',
  // older and community coins' tickers that read otherwise in capitals: the fund (ARK Invest), the
  // band, the slide deck, December, "happy birthday", New York's transit authority, a bakery's
  // sign, "going TO THE MOON", "KEY TAKEAWAYS", "OMG" (a binding, e.g. a witness in renamed-tickers.ts,
  // still counts)
  'ARK', 'BTS', 'PPT', 'DEC', 'HBD', 'MTA', 'DONUT', 'MOON', 'KEY', 'OMG',
  // exchanges and firms whose names are written in capitals
  'HTX', 'OKX', 'MEXC', 'BTSE', 'FTX', 'CME', 'ICE', 'DTCC',
  // the bicycle sport and Subaru's car (BitMart's and WazirX's tokens count on a page that names
  // the exchange: company-names.ts)
  'BMX', 'WRX',
  // spot-ETF tickers: the fund, not the coin ("BlackRock's IBIT led with $970 million")
  'IBIT', 'GBTC', 'FBTC', 'ARKB', 'BITB', 'HODL', 'BTCO', 'BRRR', 'EZBC', 'BTCW', 'ETHA', 'ETHE',
  'FETH', 'ETHW', 'CETH', 'QETH', 'EZET', 'ETHV', 'BSOL', 'GSOL', 'XRPR', 'DEFI',
]);

/**
 * Acronyms that name a sector or a standard, so "AI tokens", "NFT tokens", "ZK tokens" and
 * "DeFi tokens" say what kind of token, never which one.
 */
export const SECTOR_ACRONYMS: ReadonlySet<string> = new Set([
  'AI', 'NFT', 'NFTS', 'DEFI', 'CEFI', 'RWA', 'DEPIN', 'ZK', 'LP', 'LST', 'LRT', 'ERC', 'BRC', 'SPL', 'DAO', 'IOT', 'GAMEFI',
  'SOCIALFI', 'MEME', 'L1', 'L2', 'L3', 'POS', 'POW', 'EVM', 'SVM', 'DEX', 'CEX', 'GOV',
  // An exchange written in capitals says where tokens trade, never which: "the HTX Token
  // Management Rules" on HTX's own notices is not HTX DAO's HTX.
  'HTX',
]);
