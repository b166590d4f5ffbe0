/**
 * Which mention is under the pointer: the caret position at the point gives a text node and an
 * offset; the index gives the mention; the mention's own rectangles confirm the pointer is really
 * on its characters (the caret APIs snap to the nearest character even past the end of a line).
 */
import type { MentionIndex } from './mention-index';
import type { PageMention } from './types';

export interface Hit {
  node: Text;
  mention: PageMention;
  rect: DOMRect;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function mentionRects(node: Text, mention: PageMention): DOMRectList {
  const range = node.ownerDocument.createRange();
  range.setStart(node, mention.start);
  range.setEnd(node, mention.end);
  return range.getClientRects();
}

export function hitTest(doc: Document, index: MentionIndex, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  // The caret lands before or after the character under the pointer: try both sides.
  const mention = index.at(node, caret.offset) ?? index.at(node, caret.offset - 1);
  if (!mention) return null;
  for (const rect of mentionRects(node, mention)) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return { node, mention, rect };
    }
  }
  return null;
}
