/** Scroll the page to a coin's first mention and flash it (keyboard path from the popup list). */
import type { Hit } from './hit-test';
import type { MentionIndex } from './mention-index';
import { supportsHighlights, type Painter } from './painter';

const FLASH_NAME = 'sector-lens-flash';
const FLASH_MS = 1600;

/**
 * The first mention of the coin, scrolled to the middle of the viewport, flashed and selected;
 * null when the page no longer has one. `behavior: 'instant'` when a card opens there next: it
 * is placed from where the mention is once the scroll is done.
 */
export function revealMention(doc: Document, index: MentionIndex, painter: Painter, coinId: string, behavior: ScrollBehavior = 'smooth'): Hit | null {
  const first = index.first(coinId);
  const range = first ? painter.rangeOf(first.node, first.mention) : null;
  if (!first || !range) return null;
  first.node.parentElement?.scrollIntoView({ block: 'center', behavior });
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
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { node: first.node, mention: first.mention, rect };
}

/** The painted mention nearest the middle of the viewport (the "open card" shortcut). */
export function mentionNearCenter(doc: Document, index: MentionIndex, painter: Painter): Hit | null {
  const win = doc.defaultView ?? window;
  const cx = win.innerWidth / 2;
  const cy = win.innerHeight / 2;
  let best: Hit | null = null;
  let bestDistance = Infinity;
  for (const node of index.nodes()) {
    if (!node.isConnected) continue;
    for (const mention of index.get(node)) {
      const rect = painter.rangeOf(node, mention)?.getClientRects()[0];
      if (!rect || rect.bottom < 0 || rect.top > win.innerHeight || rect.right < 0 || rect.left > win.innerWidth) continue;
      const distance = Math.hypot(rect.left + rect.width / 2 - cx, rect.top + rect.height / 2 - cy);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { node, mention, rect };
      }
    }
  }
  return best;
}
