/**
 * Where mentions are never looked for (DESIGN.md "Detection"): editable fields, code, scripts,
 * styles, SVG, and our own UI and wrappers.
 */
import { COIN_ATTRIBUTE } from './painter';
import { SKIPPED_TAGS } from './tables/skipped-tags';

/** Our card's host element: among SKIPPED_TAGS (tables/skipped-tags.ts, which the content script
 * receives with the lexicon), so nothing inside the card is scanned. */
export const CARD_HOST_TAG = 'sector-lens-card';

/** True when nothing inside this element may be scanned. */
export function isSkippedElement(element: Element): boolean {
  // localName is lower case for HTML elements in HTML and XHTML documents alike.
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // SVG, MathML and other foreign content.
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  // Most elements carry no attribute: one call answers the four questions below for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('data-sl-ignore') || element.hasAttribute(COIN_ATTRIBUTE)) return true;
  // contenteditable="false" inside an editor is still the editor's; any value but "false" edits.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  return false;
}

/** True when the node sits in a skipped subtree (used for mutation targets). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}
