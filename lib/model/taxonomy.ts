/**
 * The curated sector list (DESIGN.md "Sector taxonomy"). Each sector is one CoinGecko category id;
 * the first eight are watched by default. Every id was checked against the recorded
 * /coins/categories response (test/unit/model/taxonomy.test.ts keeps it so).
 */
export interface Sector {
  /** CoinGecko category id. */
  readonly id: string;
  /** Name shown to the reader (also the options switch's accessible label). */
  readonly name: string;
}

export const TAXONOMY: readonly Sector[] = [
  { id: 'artificial-intelligence', name: 'AI' },
  { id: 'depin', name: 'DePIN' },
  { id: 'real-world-assets-rwa', name: 'RWA' },
  { id: 'layer-1', name: 'Layer 1' },
  { id: 'layer-2', name: 'Layer 2' },
  { id: 'decentralized-finance-defi', name: 'DeFi' },
  { id: 'meme-token', name: 'Meme' },
  { id: 'gaming', name: 'Gaming' },
  { id: 'ai-agents', name: 'AI Agents' },
  { id: 'decentralized-exchange', name: 'DEX' },
  { id: 'lending-borrowing', name: 'Lending' },
  { id: 'oracle', name: 'Oracle' },
  { id: 'privacy-coins', name: 'Privacy' },
  { id: 'storage', name: 'Storage' },
  { id: 'liquid-staking-tokens', name: 'Liquid Staking' },
  { id: 'restaking', name: 'Restaking' },
  { id: 'zero-knowledge-zk', name: 'ZK' },
  { id: 'exchange-based-tokens', name: 'Exchange tokens' },
  { id: 'internet-of-things-iot', name: 'IoT' },
  { id: 'decentralized-science-desci', name: 'DeSci' },
  { id: 'data-availability', name: 'Data Availability' },
  { id: 'metaverse', name: 'Metaverse' },
];

export const DEFAULT_WATCHED: readonly string[] = TAXONOMY.slice(0, 8).map((sector) => sector.id);

const BY_ID = new Map(TAXONOMY.map((sector) => [sector.id, sector]));

export function taxonomySector(id: string): Sector | undefined {
  return BY_ID.get(id);
}
