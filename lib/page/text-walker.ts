/** Collect the scannable text nodes under a root, rejecting skipped subtrees whole. */
import { isSkippedElement } from './skip-rules';

/** Shorter text cannot hold a mention ("$X" is 2 characters). */
const MIN_TEXT_LENGTH = 2;

export function collectTextNodes(root: Node, into: Text[] = []): Text[] {
  if (root.nodeType === Node.TEXT_NODE) {
    if ((root as Text).data.length >= MIN_TEXT_LENGTH) into.push(root as Text);
    return into;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return into;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return (node as Text).data.length >= MIN_TEXT_LENGTH ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) into.push(node as Text);
  return into;
}
