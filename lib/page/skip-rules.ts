/**
 * Where mentions are never looked for (DESIGN.md "Detection"): editable fields, code, scripts,
 * styles, SVG, and our own UI.
 */
export const CARD_HOST_TAG = 'SECTOR-LENS-CARD';

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  'SVG', 'MATH', 'HEAD', 'TITLE',
  CARD_HOST_TAG,
]);

/** True when nothing inside this element may be scanned. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if (element.hasAttribute('data-sl-ignore')) return true;
  // contenteditable="false" inside an editor is still the editor's; any value but "false" edits.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  return false;
}

/** True when the text node sits in a skipped subtree (used for mutation targets). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}
