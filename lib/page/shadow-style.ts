/**
 * `::highlight()` rules and `[data-sl-coin]` rules do not cross shadow-root boundaries: text we
 * paint inside an open shadow root needs the painter's stylesheet in that root. One constructed
 * sheet, adopted by every root we paint in (no element added to the page's tree); where adopting
 * is refused (a Firefox content script's sheet belongs to another compartment) a `<style>`
 * element carries the same rules.
 */
import painterCss from './painter.css?inline';

let shared: CSSStyleSheet | null = null;

export function stylePainterIn(root: ShadowRoot): void {
  try {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(painterCss);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
  } catch {
    if (root.querySelector('style[data-sl-ignore]')) return;
    const style = root.ownerDocument.createElement('style');
    style.setAttribute('data-sl-ignore', '');
    style.textContent = painterCss;
    root.append(style);
  }
}
