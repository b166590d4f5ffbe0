/**
 * Which mention is under the pointer. With highlights: the caret position at the point gives a
 * text node and an offset, the per-node index gives the mention, and the mention's own
 * rectangles confirm the pointer is really on its characters (the caret APIs snap to the nearest
 * character even past the end of a line). With wrapper elements: the element under the point.
 */
import type { ElementPainter } from './element-painter';
import type { MentionIndex } from './mention-index';
import { COIN_ATTRIBUTE } from './painter';
import type { PageMention } from './types';

export interface Hit {
  node: Text;
  mention: PageMention;
  rect: DOMRect;
}

export type HitFinder = (x: number, y: number) => Hit | null;

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectAround(rects: Iterable<DOMRect>, x: number, y: number): DOMRect | null {
  for (const rect of rects) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

export function caretHitFinder(doc: Document, index: MentionIndex): HitFinder {
  return (x, y) => {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const node = caret.node as Text;
    // The caret lands before or after the character under the pointer: try both sides.
    const mention = index.at(node, caret.offset) ?? index.at(node, caret.offset - 1);
    if (!mention) return null;
    const range = doc.createRange();
    range.setStart(node, mention.start);
    range.setEnd(node, mention.end);
    const rect = rectAround(range.getClientRects(), x, y);
    return rect ? { node, mention, rect } : null;
  };
}

export function elementHitFinder(doc: Document, painter: ElementPainter): HitFinder {
  return (x, y) => {
    const element = doc.elementFromPoint(x, y)?.closest(`[${COIN_ATTRIBUTE}]`);
    const found = element ? painter.mentionOf(element) : undefined;
    if (!element || !found) return null;
    const rect = rectAround(element.getClientRects(), x, y);
    return rect ? { ...found, rect } : null;
  };
}
