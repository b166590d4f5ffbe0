/**
 * Paints mentions without touching the page's DOM: ranges in the CSS Custom Highlight registry
 * under the name `sector-lens`.
 *
 * Static ranges: the browser keeps live Ranges up to date on every DOM mutation of the page, a
 * cost paid per mutation for thousands of mentions; static ranges cost nothing until painted, and
 * the mutation handler re-paints a node when it sees that node change (`npm run bench:page`
 * measures both).
 */
import { HIGHLIGHT_NAME, type Painter } from './painter';
import type { PageMention } from './types';

export interface HighlightPainterOptions {
  /** Benchmark switch: live Ranges instead of StaticRanges. */
  liveRanges?: boolean;
}

export function createHighlightPainter(doc: Document = document, options: HighlightPainterOptions = {}): Painter {
  const highlight = new Highlight();
  const byNode = new Map<Text, AbstractRange[]>();
  // Painted since the last flush, in paint order; the rare one unpainted before that flush is
  // remembered in `cancelled` rather than searched for in the list.
  let pending: AbstractRange[] = [];
  let cancelled: Set<AbstractRange> | undefined;
  const register = () => {
    if (CSS.highlights.get(HIGHLIGHT_NAME) !== highlight) CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  };
  register();
  const toRange = (node: Text, m: PageMention): AbstractRange => {
    if (!options.liveRanges) return new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end });
    const range = doc.createRange();
    range.setStart(node, m.start);
    range.setEnd(node, m.end);
    return range;
  };
  const unpaint = (node: Text) => {
    const ranges = byNode.get(node);
    if (!ranges) return;
    for (const range of ranges) {
      // Not in the highlight yet: still pending.
      if (!highlight.delete(range) && pending.length > 0) (cancelled ??= new Set()).add(range);
    }
    byNode.delete(node);
  };
  return {
    mutatesDom: false,
    get size() {
      return highlight.size + pending.length - (cancelled?.size ?? 0);
    },
    paint(node, mentions) {
      unpaint(node);
      if (mentions.length === 0) return;
      const ranges: AbstractRange[] = [];
      // Index loops: a page paints thousands of nodes before V8 optimises this (for-of allocates).
      for (let k = 0; k < mentions.length; k++) {
        const range = toRange(node, mentions[k] as PageMention);
        ranges.push(range);
        pending.push(range);
      }
      byNode.set(node, ranges);
    },
    flush() {
      const ranges = pending;
      const skip = cancelled;
      pending = [];
      cancelled = undefined;
      for (const range of ranges) if (!skip?.has(range)) highlight.add(range);
    },
    unpaint,
    owns: () => false,
    rangeOf(node, mention) {
      if (mention.end > node.data.length) return null;
      const range = doc.createRange();
      range.setStart(node, mention.start);
      range.setEnd(node, mention.end);
      return range;
    },
    ensureRegistered: register,
    dispose() {
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      highlight.clear();
      pending = [];
      cancelled = undefined;
      byNode.clear();
    },
  };
}
