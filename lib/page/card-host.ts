/**
 * The card's home on the page: a `<sector-lens-card>` element with an open shadow root, created
 * on first use. Built by hand rather than with WXT's shadow-root UI helper: the helper brings
 * ~6 KB of element-waiting and isolation code into a bundle that must stay small, and its
 * `all: initial !important` reset fights the inline styles that place the card.
 */
import { CARD_HOST_TAG } from './skip-rules';

export interface CardHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

const HOST_STYLE = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;overflow:visible;';

export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('data-sl-ignore', '');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
