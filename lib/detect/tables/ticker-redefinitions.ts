/**
 * Pages that use a ticker for something else without spelling it out as "Long Name (SYM)".
 * When the phrase (a case-insensitive pattern's source: the table travels as data) appears
 * anywhere on the page, the bare ticker there is an acronym. 2025 news calls Elon Musk's
 * Department of Government Efficiency "DOGE" in every paragraph.
 * `project`: the ticker is another project's token that /coins/list has no id for, so even
 * "LEO tokens" or "LEO Token" is no coin on that page.
 */
export const TICKER_REDEFINITIONS: readonly { symbol: string; phrase: string; project?: true }[] = [
  { symbol: 'DOGE', phrase: 'Government Efficiency' },
  // Hive blogs' LeoFinance: its Hive-Engine LEO, staked as "LEO Power", is not Bitfinex's UNUS SED LEO.
  { symbol: 'LEO', phrase: '\\bLeo ?Finance\\b|\\bLEO Power\\b', project: true },
];
