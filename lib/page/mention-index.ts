/**
 * Per-text-node mentions: what the hover hit-test, the popup list and the badge read. A node is
 * re-detected only when its text changed since it was indexed, so scanning twice does nothing.
 */
import type { PageMention } from './types';

interface Entry {
  data: string;
  mentions: PageMention[];
}

export class MentionIndex {
  private readonly entries = new Map<Text, Entry>();

  /** True when the node is indexed with exactly this text (nothing to do). `data`: the node's
   * text when the caller has it already (each read of node.data crosses into the DOM). */
  isCurrent(node: Text, data = node.data): boolean {
    return this.entries.get(node)?.data === data;
  }

  set(node: Text, mentions: PageMention[], data = node.data): void {
    this.entries.set(node, { data, mentions });
  }

  delete(node: Text): boolean {
    return this.entries.delete(node);
  }

  get(node: Text): readonly PageMention[] {
    return this.entries.get(node)?.mentions ?? [];
  }

  /** The mention whose characters include the caret offset (the character after the caret). */
  at(node: Text, offset: number): PageMention | undefined {
    const mentions = this.entries.get(node)?.mentions;
    if (!mentions) return undefined;
    return mentions.find((m) => offset >= m.start && offset < m.end);
  }

  nodes(): IterableIterator<Text> {
    return this.entries.keys();
  }

  /** Drop nodes no longer in the document (removed subtrees, SPA navigation). */
  pruneDisconnected(onRemoved: (node: Text) => void): void {
    for (const node of this.entries.keys()) {
      if (!node.isConnected) {
        this.entries.delete(node);
        onRemoved(node);
      }
    }
  }

  /** Distinct coins with their mention counts, in first-seen document order. */
  tally(): { coinId: string; symbol: string; count: number }[] {
    const counts = new Map<string, { coinId: string; symbol: string; count: number }>();
    for (const { mentions } of this.entries.values()) {
      for (const m of mentions) {
        const row = counts.get(m.coinId);
        if (row) row.count++;
        else counts.set(m.coinId, { coinId: m.coinId, symbol: m.symbol, count: 1 });
      }
    }
    return [...counts.values()];
  }

  /** First mention of a coin in document order. */
  first(coinId: string): { node: Text; mention: PageMention } | undefined {
    let best: { node: Text; mention: PageMention } | undefined;
    for (const [node, { mentions }] of this.entries) {
      const mention = mentions.find((m) => m.coinId === coinId);
      if (!mention || !node.isConnected) continue;
      if (!best || best.node.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) best = { node, mention };
    }
    return best;
  }

  get size(): number {
    return this.entries.size;
  }
}
