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

export interface HitOptions {
  /** Look into open shadow roots under the point (only once the page has shown us one). */
  shadowRoots?: () => boolean;
  /** Mentions inside elements matching this keep the hover for the site's own card (X's cashtags). */
  siteCard?: string;
}

/** The open shadow roots nested under the point, outermost first. */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot && roots.length < 32) {
    roots.push(element.shadowRoot);
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

function caretAt(doc: Document, x: number, y: number, shadowRoots: boolean): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // The caret APIs stop at a shadow host unless told which shadow roots they may enter.
    const roots = shadowRoots ? shadowRootsAt(doc, x, y) : [];
    const position = roots.length > 0 ? (doc.caretPositionFromPoint as CaretFromPoint).call(doc, x, y, { shadowRoots: roots }) : doc.caretPositionFromPoint(x, y);
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

export function caretHitFinder(doc: Document, index: MentionIndex, options: HitOptions = {}): HitFinder {
  return (x, y) => {
    const caret = caretAt(doc, x, y, options.shadowRoots?.() ?? false);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const node = caret.node as Text;
    if (options.siteCard && node.parentElement?.closest(options.siteCard)) return null;
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

export function elementHitFinder(doc: Document, painter: ElementPainter, options: HitOptions = {}): HitFinder {
  return (x, y) => {
    const element = doc.elementFromPoint(x, y)?.closest(`[${COIN_ATTRIBUTE}]`);
    if (element && options.siteCard && element.closest(options.siteCard)) return null;
    const found = element ? painter.mentionOf(element) : undefined;
    if (!element || !found) return null;
    const rect = rectAround(element.getClientRects(), x, y);
    return rect ? { ...found, rect } : null;
  };
}
