/** Scroll the page to a coin's first mention and flash it (keyboard path from the popup list). */
import type { MentionIndex } from './mention-index';

const FLASH_NAME = 'sector-lens-flash';

export function revealMention(doc: Document, index: MentionIndex, coinId: string): boolean {
  const first = index.first(coinId);
  if (!first) return false;
  const range = doc.createRange();
  range.setStart(first.node, first.mention.start);
  range.setEnd(first.node, first.mention.end);
  first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS) {
    const flash = new Highlight(range);
    CSS.highlights.set(FLASH_NAME, flash);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_NAME) === flash) CSS.highlights.delete(FLASH_NAME);
    }, 1600);
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
