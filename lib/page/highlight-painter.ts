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
  const pending = new Set<AbstractRange>();
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
      if (!pending.delete(range)) highlight.delete(range);
    }
    byNode.delete(node);
  };
  return {
    mode: 'highlight',
    mutatesDom: false,
    get size() {
      return highlight.size + pending.size;
    },
    paint(node, mentions) {
      unpaint(node);
      if (mentions.length === 0) return;
      const ranges = mentions.map((m) => toRange(node, m));
      for (const range of ranges) pending.add(range);
      byNode.set(node, ranges);
    },
    flush() {
      for (const range of pending) highlight.add(range);
      pending.clear();
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
      pending.clear();
      byNode.clear();
    },
  };
}
