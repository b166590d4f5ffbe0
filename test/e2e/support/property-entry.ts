/**
 * Bundled by page-properties.test.ts into a page: the page layer with the real detector and
 * either painter, plus checks of what painting did to the page.
 */
import lexiconJson from '../../../public/data/lexicon-top.json';
import { parseLexicon } from '../../../lib/detect';
import { createElementPainter } from '../../../lib/page/element-painter';
import { createHighlightPainter } from '../../../lib/page/highlight-painter';
import { createLexiconDetector } from '../../../lib/page/lexicon-detector';
import { MentionIndex } from '../../../lib/page/mention-index';
import { createPageScanner } from '../../../lib/page/page-scanner';
import { isInSkippedSubtree } from '../../../lib/page/skip-rules';

const lexicon = parseLexicon(lexiconJson);
const serialize = () => new XMLSerializer().serializeToString(document.body);

async function run(kind: 'highlight' | 'elements') {
  const before = serialize();
  const text = document.body.textContent;
  const controller = new AbortController();
  const painter = kind === 'elements' ? createElementPainter(document) : createHighlightPainter(document);
  const index = new MentionIndex();
  const detector = createLexiconDetector(lexicon, {}, async (candidates) => candidates.map(() => null), () => undefined);
  const scanner = createPageScanner({ doc: document, detector, painter, index, signal: controller.signal, onChange: () => undefined });
  await scanner.scanDocument();
  const firstSize = painter.size;
  const textAfter = document.body.textContent;
  const domUnchanged = serialize() === before;
  // Painted ranges lie inside their text node and never in a skipped subtree.
  const badRanges =
    kind === 'highlight'
      ? [...(CSS.highlights.get('sector-lens') as unknown as Iterable<AbstractRange>)].filter((r) => {
          const node = r.startContainer;
          return node !== r.endContainer || node.nodeType !== Node.TEXT_NODE || r.endOffset > (node as Text).length || r.startOffset >= r.endOffset || isInSkippedSubtree(node);
        }).length
      : [...document.querySelectorAll('[data-sl-coin]')].filter((el) => el.querySelector('[data-sl-coin]') || isInSkippedSubtree(el)).length;
  await scanner.scanDocument();
  const secondSize = painter.size;
  controller.abort();
  painter.dispose();
  return { firstSize, secondSize, textUnchanged: textAfter === text, domUnchanged, badRanges, restored: serialize() === before };
}

(window as unknown as { slProps: { run: typeof run } }).slProps = { run };
