import { describe, expect, it } from 'vitest';
import { collectBindings, createPageContext, findMentions } from '../../../lib/detect';
import { lexicon } from './detect-text';

const ids = (result: ReturnType<typeof findMentions>): string[] => result.mentions.map((m) => m.coinId);

describe('page context across text nodes', () => {
  it('a binding in one node changes how another node reads', () => {
    const nodes = ['ATH led the DePIN rally.', 'Aethir (ATH) is a GPU cloud.'];
    const page = createPageContext();
    for (const node of nodes) collectBindings(page, node, lexicon);
    expect(ids(findMentions(nodes[0] ?? '', lexicon, page))).toEqual(['aethir']);
  });

  it('without the binding node, ATH stays a word', () => {
    expect(ids(findMentions('ATH led the DePIN rally.', lexicon, createPageContext()))).toEqual([]);
  });

  it('nodes added later (infinite scroll) bind for the rest of the page', () => {
    const page = createPageContext();
    collectBindings(page, 'Markets were quiet.', lexicon);
    collectBindings(page, 'NEAR jumped after the upgrade.', lexicon);
    expect(ids(findMentions('Developers prefer Near for agents.', lexicon, page))).toEqual(['near']);
  });

  it('a text repeated on the page is scanned once and found in every node that holds it', () => {
    const page = createPageContext();
    const repeated = 'Aethir (ATH) and $TAO';
    for (const node of [repeated, 'ATH rose.', repeated]) collectBindings(page, node, lexicon);
    expect(page.pendingScans.get(repeated)?.uses).toBe(2);
    expect(ids(findMentions(repeated, lexicon, page))).toEqual(['aethir', 'bittensor']);
    expect(ids(findMentions(repeated, lexicon, page))).toEqual(['aethir', 'bittensor']);
    expect(page.pendingScans.has(repeated)).toBe(false);
    expect(ids(findMentions('ATH rose.', lexicon, page))).toEqual(['aethir']);
  });

  it('a coin named on the page wins its shared ticker', () => {
    const page = createPageContext();
    collectBindings(page, 'Jupiter Staked SOL holders earn yield.', lexicon);
    expect(findMentions('JUPSOL rose.', lexicon, page).mentions[0]?.coinId).toBe('jupiter-staked-sol');
  });

  it('a witness in a later node dates a ticker for the nodes after it (the witness rows run once per growth of the page)', () => {
    const page = createPageContext({ date: '2025-03-01' });
    const nodes = ['LUNA holders received the airdrop.', 'Markets were quiet.', 'How UST lost its peg.', 'Its sister token, LUNA, ballooned.'];
    for (const node of nodes) collectBindings(page, node, lexicon);
    expect(nodes.map((node) => ids(findMentions(node, lexicon, page)))).toEqual([['terra-luna'], [], ['terrausd'], ['terra-luna']]);
  });

  it('a contrast binds only where both generations are written, and only in its year', () => {
    const early = createPageContext({ date: '2025-01-10' });
    for (const node of ['FTM deposits close soon.', 'Holders swap their FTM tokens for Sonic (S) 1:1.']) collectBindings(early, node, lexicon);
    expect(ids(findMentions('FTM deposits close soon.', lexicon, early))).toEqual(['fantom']);
    const late = createPageContext({ date: '2026-06-01' });
    collectBindings(late, 'Holders swap their FTM tokens for Sonic (S) 1:1.', lexicon);
    expect(late.liveContrasts).toEqual([]);
  });

  it('pins override the biggest coin and the page', () => {
    const page = createPageContext({ pins: { ETH: 'ethereum-wormhole' } });
    expect(ids(findMentions('ETH rose.', lexicon, page))).toEqual(['ethereum-wormhole']);
  });
});
