/**
 * Paints mentions without touching the page's DOM: ranges in the CSS Custom Highlight registry
 * under the name `sector-lens`. Where the API is missing, falls back to wrapping each mention in
 * one marked element (`data-sl-coin`), built with createElement/textContent, never markup.
 *
 * Static ranges: live Ranges are updated by the browser on every DOM mutation of the page, which
 * is a cost paid on each mutation for thousands of mentions; we refresh a node's static ranges
 * ourselves when the mutation handler sees that node change.
 */
import type { PageMention } from './types';

export const HIGHLIGHT_NAME = 'sector-lens';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){text-decoration:underline dotted 2px;text-decoration-color:#5c7cfa;text-underline-offset:3px;background-color:rgba(92,124,250,.10)}
::highlight(sector-lens-flash){background-color:rgba(250,176,5,.55)}
[data-sl-coin]{all:unset;display:inline;text-decoration:underline dotted 2px;text-decoration-color:#5c7cfa;text-underline-offset:3px;background-color:rgba(92,124,250,.10)}`;

export interface Painter {
  readonly mode: 'highlight' | 'elements';
  /** Replace whatever was painted for this node with these mentions. Returns the node that now holds the text (the same one for highlights). */
  paint(node: Text, mentions: readonly PageMention[]): void;
  unpaint(node: Text): void;
  /** Re-register the highlight if the page cleared the registry. */
  ensureRegistered(): void;
  dispose(): void;
}

export function supportsHighlights(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

function injectStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute('data-sector-lens', '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

export function createHighlightPainter(doc: Document = document): Painter {
  const highlight = new Highlight();
  const byNode = new Map<Text, StaticRange[]>();
  const style = injectStyle(doc);
  const register = () => {
    if (CSS.highlights.get(HIGHLIGHT_NAME) !== highlight) CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  };
  register();
  const unpaint = (node: Text) => {
    const ranges = byNode.get(node);
    if (!ranges) return;
    for (const range of ranges) highlight.delete(range);
    byNode.delete(node);
  };
  return {
    mode: 'highlight',
    paint(node, mentions) {
      unpaint(node);
      if (mentions.length === 0) return;
      const ranges = mentions.map((m) => new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end }));
      for (const range of ranges) highlight.add(range);
      byNode.set(node, ranges);
    },
    unpaint,
    ensureRegistered: register,
    dispose() {
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      highlight.clear();
      byNode.clear();
      style.remove();
    },
  };
}
