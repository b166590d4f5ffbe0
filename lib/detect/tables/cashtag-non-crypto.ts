/**
 * Cashtags that name stocks, funds or fiat, never a coin. Social posts mix them with coin
 * cashtags ("not touching $MSTR or $COIN until after earnings"), and /coins/list holds junk
 * tokens under most of these tickers, so without this list the long-tail lookup would
 * happily "find" a coin.
 */
export const CASHTAG_NON_CRYPTO: ReadonlySet<string> = new Set([
  'MSTR', 'COIN', 'HOOD', 'CRCL', 'GLXY', 'MARA', 'RIOT', 'CLSK', 'HUT', 'CIFR', 'WULF', 'IREN',
  'CORZ', 'BTDR', 'SMLR', 'SQ', 'XYZ', 'PYPL', 'NVDA', 'TSLA', 'AAPL', 'MSFT', 'GOOG', 'GOOGL',
  'AMZN', 'META', 'NFLX', 'AMD', 'INTC', 'PLTR', 'GME', 'AMC', 'SPY', 'QQQ', 'VIX', 'DXY',
  'IBIT', 'GBTC', 'FBTC', 'ARKB', 'BITB', 'ETHA', 'ETHE', 'BITO', 'USD', 'EUR', 'GBP', 'JPY',
  'SBET', 'BMNR', 'DJT', 'GLD', 'SLV', 'TLT', 'NDX',
]);
