/**
 * The scannable text nodes under a root. The walker itself shows text nodes only, natively, with
 * no filter callback (a JavaScript call per element and per text node costs more than the whole
 * regex pass over a 1 MB article); whether a text node is scanned is decided per parent element
 * and remembered (scan-scope.ts), so each element is judged once. Where the site profile says
 * its components use open shadow roots, the walker also shows elements, to find their shadow
 * roots and walk those too.
 */
import { containerOf, GENERIC_SCOPE, ScopeMemo, type ScanScope } from './scan-scope';

/** Shorter text cannot hold a mention ("$X" is 2 characters). */
const MIN_TEXT_LENGTH = 2;

export interface WalkOptions {
  scope?: ScanScope;
  /** Called for every open shadow root the walk enters (to watch it and style it). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Lazily, so a caller can give the main thread back between nodes of a very large page. */
export function textNodesUnder(root: Node, { scope = GENERIC_SCOPE, onShadowRoot }: WalkOptions = {}): Iterable<Text> {
  const memo = new ScopeMemo(scope);
  if (root.nodeType === Node.TEXT_NODE) return (root as Text).length >= MIN_TEXT_LENGTH && memo.scanned(containerOf(root)) ? [root as Text] : [];
  if (root.nodeType === Node.ELEMENT_NODE && memo.skipped(root as Element)) return [];
  return walk(root, memo, scope.shadowRoots, onShadowRoot);
}

/**
 * One generator for the whole walk (a nested generator per shadow root would hand every text
 * node up through each level): entering an open shadow root pushes the current walker, and its
 * end pops back to it, so a shadow root's text comes where its host is, as before.
 */
function* walk(root: Node, memo: ScopeMemo, shadowRoots: boolean, onShadowRoot: WalkOptions['onShadowRoot']): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const show = shadowRoots ? NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_TEXT;
  const outer: TreeWalker[] = [];
  let walker = doc.createTreeWalker(root, show);
  const enter = (host: Element) => {
    const shadow = host.shadowRoot;
    if (!shadow || memo.skipped(host)) return;
    onShadowRoot?.(shadow);
    outer.push(walker);
    walker = doc.createTreeWalker(shadow, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  };
  if (shadowRoots && root.nodeType === Node.ELEMENT_NODE) enter(root as Element);
  for (;;) {
    const node = walker.nextNode();
    if (!node) {
      const back = outer.pop();
      if (!back) return;
      walker = back;
    } else if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).length >= MIN_TEXT_LENGTH && memo.scanned(node.parentElement ?? containerOf(node))) yield node as Text;
    } else if ((node as Element).shadowRoot) {
      enter(node as Element);
    }
  }
}
