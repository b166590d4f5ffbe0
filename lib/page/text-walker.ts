/** The scannable text nodes under a root, rejecting skipped subtrees whole. */
import { isSkippedElement } from './skip-rules';

/** Shorter text cannot hold a mention ("$X" is 2 characters). */
const MIN_TEXT_LENGTH = 2;

const filter: NodeFilter = {
  acceptNode(node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    }
    return (node as Text).data.length >= MIN_TEXT_LENGTH ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
  },
};

/** Lazily, so a caller can give the main thread back between nodes of a very large page. */
export function* textNodesUnder(root: Node): Generator<Text> {
  if (root.nodeType === Node.TEXT_NODE) {
    if ((root as Text).data.length >= MIN_TEXT_LENGTH) yield root as Text;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

export function collectTextNodes(root: Node, into: Text[] = []): Text[] {
  for (const node of textNodesUnder(root)) into.push(node);
  return into;
}
