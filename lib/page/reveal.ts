/** Scroll the page to a coin's first mention and flash it (keyboard path from the popup list). */
import type { MentionIndex } from './mention-index';
import { supportsHighlights, type Painter } from './painter';

const FLASH_NAME = 'sector-lens-flash';
const FLASH_MS = 1600;

export function revealMention(doc: Document, index: MentionIndex, painter: Painter, coinId: string): boolean {
  const first = index.first(coinId);
  const range = first ? painter.rangeOf(first.node, first.mention) : null;
  if (!first || !range) return false;
  first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (supportsHighlights()) {
    const flash = new Highlight(range);
    CSS.highlights.set(FLASH_NAME, flash);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_NAME) === flash) CSS.highlights.delete(FLASH_NAME);
    }, FLASH_MS);
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
