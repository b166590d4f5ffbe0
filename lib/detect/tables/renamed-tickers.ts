/**
 * Tickers that changed: readers still write the old one, and it must land on the coin that
 * trades today. Keys are upper-case old tickers; values are CoinGecko ids in the lexicon.
 * Only renames where the old ticker has no live coin of its own in the snapshot belong here
 * (EOS → Vaulta does not: `eos` is still listed and ranked).
 */
export const RENAMED_TICKERS: Readonly<Record<string, string>> = {
  RNDR: 'render-token', // Render moved to Solana and the ticker became RENDER (2023-11)
  MATIC: 'polygon-ecosystem-token', // CoinGecko names the successor "POL (ex-MATIC)"
  XBT: 'bitcoin', // the ISO-style code some exchanges use
  MIOTA: 'iota',
  KLAY: 'kaia', // Klaytn merged into Kaia (2024)
  ERD: 'elrond-erd-2', // Elrond → MultiversX (EGLD)
  BCHSV: 'bitcoin-cash-sv',
};
