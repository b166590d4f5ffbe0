/**
 * The look of painted mentions: a subtle dotted underline. Installed as a constructed stylesheet
 * (adoptedStyleSheets) so not even a <style> element is added to the page; a <style> element
 * only where constructed sheets are unavailable.
 */
import { COIN_ATTRIBUTE, HIGHLIGHT_NAME } from './painter';

const UNDERLINE = 'text-decoration:underline dotted 2px;text-decoration-color:#5c7cfa;text-underline-offset:3px';
export const PAINTER_CSS = `::highlight(${HIGHLIGHT_NAME}){${UNDERLINE};background-color:rgba(92,124,250,.08)}
::highlight(sector-lens-flash){background-color:rgba(250,176,5,.55)}
[${COIN_ATTRIBUTE}]{all:unset;display:inline;${UNDERLINE};background-color:rgba(92,124,250,.08)}`;

/** Install the style; returns its removal. */
export function installPainterStyle(doc: Document): () => void {
  const View = doc.defaultView;
  try {
    if (View && 'adoptedStyleSheets' in doc && typeof View.CSSStyleSheet === 'function') {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(PAINTER_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
      };
    }
  } catch {
    // Some engines refuse sheets constructed in another world; the element below always works.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-sl-ignore', '');
  style.textContent = PAINTER_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
