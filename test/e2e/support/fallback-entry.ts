/**
 * Bundled by page-fallback.test.ts and run in a page whose Highlight API was deleted: the page
 * layer as the content script wires it, minus messaging, so the element fallback can be driven.
 */
import { createSkeletonDetector } from '../../support/stand-in-detector';
import { createElementPainter } from '../../../lib/page/element-painter';
import { elementHitFinder } from '../../../lib/page/hit-test';
import { MentionIndex } from '../../../lib/page/mention-index';
import { watchMutations } from '../../../lib/page/mutation-watcher';
import { createPageScanner } from '../../../lib/page/page-scanner';
import { supportsHighlights } from '../../../lib/page/painter';

const controller = new AbortController();
const painter = createElementPainter(document);
const index = new MentionIndex();
const scanner = createPageScanner({ doc: document, detector: createSkeletonDetector(), painter, index, signal: controller.signal, onChange: () => undefined });
watchMutations({ doc: document, scanner, painter, index, signal: controller.signal, onChange: () => undefined });
const findHit = elementHitFinder(document, painter);

const api = {
  supportsHighlights,
  scan: () => scanner.scanDocument(),
  settle: async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)));
    await scanner.idle();
  },
  hitAt: (x: number, y: number) => findHit(x, y)?.mention.coinId ?? null,
  stop: () => {
    controller.abort();
    painter.dispose();
  },
};
(window as unknown as { slFallback: typeof api }).slFallback = api;
