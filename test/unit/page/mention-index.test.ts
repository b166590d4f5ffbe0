import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../lib/page/mention-index';
import type { PageMention } from '../../../lib/page/types';

// A stand-in for a DOM Text node: the index only reads `data` and `isConnected`.
const textNode = (data: string, isConnected = true) => ({ data, isConnected }) as unknown as Text;
const mention = (coinId: string, symbol: string, start: number, end: number): PageMention => ({ coinId, symbol, start, end, form: 'cashtag' });

describe('MentionIndex', () => {
  it('knows a node is current until its text changes', () => {
    const index = new MentionIndex();
    const node = textNode('$ATH up');
    index.set(node, [mention('aethir', 'ATH', 0, 4)]);
    expect(index.isCurrent(node)).toBe(true);
    (node as { data: string }).data = '$ATH down';
    expect(index.isCurrent(node)).toBe(false);
  });

  it('finds the mention under a caret offset, and none past its end', () => {
    const index = new MentionIndex();
    const node = textNode('buy $ATH now');
    index.set(node, [mention('aethir', 'ATH', 4, 8)]);
    expect(index.at(node, 4)?.coinId).toBe('aethir');
    expect(index.at(node, 7)?.coinId).toBe('aethir');
    expect(index.at(node, 8)).toBeUndefined();
  });

  it('tallies distinct coins with counts and forgets disconnected nodes', () => {
    const index = new MentionIndex();
    const kept = textNode('$ATH $TAO');
    const gone = textNode('$ATH', false);
    index.set(kept, [mention('aethir', 'ATH', 0, 4), mention('bittensor', 'TAO', 5, 9)]);
    index.set(gone, [mention('aethir', 'ATH', 0, 4)]);
    expect(index.tally()).toEqual([
      { coinId: 'aethir', symbol: 'ATH', count: 2 },
      { coinId: 'bittensor', symbol: 'TAO', count: 1 },
    ]);
    const removed: Text[] = [];
    index.pruneDisconnected((node) => removed.push(node));
    expect(removed).toEqual([gone]);
    expect(index.tally().find((row) => row.coinId === 'aethir')?.count).toBe(1);
  });
});
