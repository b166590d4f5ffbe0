/**
 * Pages that use a ticker for something else without spelling it out as "Long Name (SYM)".
 * When the phrase appears anywhere on the page, the bare ticker there is an acronym.
 * 2025 news calls Elon Musk's Department of Government Efficiency "DOGE" in every paragraph.
 */
export const TICKER_REDEFINITIONS: readonly { symbol: string; phrase: RegExp }[] = [
  { symbol: 'DOGE', phrase: /Government Efficiency/i },
];
