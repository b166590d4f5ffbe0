/**
 * The fallback painter, only for browsers without the Highlight API: each mention's characters
 * move into one `<span data-sl-coin>`, built with createElement/textContent (never markup).
 *
 * The original text node keeps the text before the first mention; spans and the text between
 * them are inserted after it. Unpainting puts the characters back into the original node when
 * the page has not rewritten it since, and otherwise only removes what we added (the page's
 * own text wins).
 */
import { COIN_ATTRIBUTE, type Painter } from './painter';
import type { PageMention } from './types';

interface Wrapping {
  original: string;
  /** The node's text right after wrapping: if it still reads so, nobody else touched it. */
  left: string;
  pieces: ChildNode[];
  spans: { span: HTMLElement; mention: PageMention }[];
}

export interface ElementPainter extends Painter {
  /** The mention a wrapper element stands for (element hit-testing). */
  mentionOf(element: Element): { node: Text; mention: PageMention } | undefined;
}

function nonOverlapping(mentions: readonly PageMention[]): PageMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const kept: PageMention[] = [];
  let cursor = 0;
  for (const mention of sorted) {
    if (mention.start < cursor || mention.end <= mention.start) continue;
    kept.push(mention);
    cursor = mention.end;
  }
  return kept;
}

export function createElementPainter(doc: Document = document): ElementPainter {
  const wrappings = new Map<Text, Wrapping>();
  const owned = new WeakSet<Node>();
  const byElement = new WeakMap<Element, { node: Text; mention: PageMention }>();
  let painted = 0;

  const unpaint = (node: Text) => {
    const wrapping = wrappings.get(node);
    if (!wrapping) return;
    wrappings.delete(node);
    painted -= wrapping.spans.length;
    const untouched = node.data === wrapping.left;
    for (const piece of wrapping.pieces) piece.remove();
    if (untouched) node.data = wrapping.original;
  };

  return {
    mutatesDom: true,
    get size() {
      return painted;
    },
    paint(node, mentions) {
      unpaint(node);
      const kept = nonOverlapping(mentions).filter((m) => m.end <= node.data.length);
      if (kept.length === 0 || !node.parentNode) return;
      const original = node.data;
      const fragment = doc.createDocumentFragment();
      const wrapping: Wrapping = { original, left: original.slice(0, kept[0]?.start ?? 0), pieces: [], spans: [] };
      const addText = (text: string) => {
        if (!text) return;
        const piece = doc.createTextNode(text);
        owned.add(piece);
        wrapping.pieces.push(piece);
        fragment.append(piece);
      };
      let cursor = wrapping.left.length;
      for (const mention of kept) {
        addText(original.slice(cursor, mention.start));
        const span = doc.createElement('span');
        span.setAttribute(COIN_ATTRIBUTE, mention.coinId);
        span.textContent = original.slice(mention.start, mention.end);
        owned.add(span);
        byElement.set(span, { node, mention });
        wrapping.pieces.push(span);
        wrapping.spans.push({ span, mention });
        fragment.append(span);
        cursor = mention.end;
      }
      addText(original.slice(cursor));
      node.data = wrapping.left;
      node.after(fragment);
      wrappings.set(node, wrapping);
      painted += wrapping.spans.length;
    },
    unpaint,
    owns(node) {
      if (owned.has(node)) return true;
      const parent = node.parentElement;
      return parent !== null && owned.has(parent);
    },
    rangeOf(node, mention) {
      const entry = wrappings.get(node)?.spans.find((candidate) => candidate.mention.start === mention.start);
      if (!entry) return null;
      const range = doc.createRange();
      range.selectNodeContents(entry.span);
      return range;
    },
    mentionOf: (element) => byElement.get(element),
    flush: () => undefined,
    ensureRegistered: () => undefined,
    dispose() {
      for (const node of [...wrappings.keys()]) unpaint(node);
    },
  };
}
