/**
 * The scannable text nodes under a root. The walker itself shows text nodes only, natively, with
 * no filter callback (a JavaScript call per element and per text node costs more than the whole
 * regex pass over a 1 MB article); whether a text node sits in a skipped subtree is decided per
 * parent element and remembered, so each element is judged once.
 */
import { isSkippedElement } from './skip-rules';

/** Shorter text cannot hold a mention ("$X" is 2 characters). */
const MIN_TEXT_LENGTH = 2;

/** Remembers, for one walk, which elements have a skipped element at or above them. */
export class SkipMemo {
  private readonly known = new Map<Element, boolean>();

  constructor(private readonly root: Node) {}

  /** Iterative, not recursive: a hostile page nests 100,000 elements deep. */
  skipped(element: Element | null): boolean {
    const unknown: Element[] = [];
    let result = false;
    for (let current = element; current; current = current.parentElement) {
      const cached = this.known.get(current);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      unknown.push(current);
      if (isSkippedElement(current)) {
        result = true;
        break;
      }
      if (current === this.root) break;
    }
    // The walk stopped at the first skipped element or at a known one: every element it passed
    // (none of them skipped in itself) shares that answer.
    for (const el of unknown) this.known.set(el, result);
    return result;
  }
}

/** Lazily, so a caller can give the main thread back between nodes of a very large page. */
export function* textNodesUnder(root: Node): Generator<Text> {
  if (root.nodeType === Node.TEXT_NODE) {
    if ((root as Text).length >= MIN_TEXT_LENGTH) yield root as Text;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const memo = new SkipMemo(root);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length >= MIN_TEXT_LENGTH && !memo.skipped(node.parentElement)) yield node;
  }
}
