/**
 * Scans the document once, then only what mutations add or change: batched per animation frame,
 * never a whole-document rescan, idempotent (an unchanged text node is never detected twice).
 */
import { forEachChunked } from './chunked';
import type { MentionIndex } from './mention-index';
import type { Painter } from './painter';
import { isInSkippedSubtree, isSkippedElement } from './skip-rules';
import { collectTextNodes } from './text-walker';
import type { PageDetector } from './types';

export interface PageScannerDeps {
  doc: Document;
  detector: PageDetector;
  painter: Painter;
  index: MentionIndex;
  signal: AbortSignal;
  /** Called after each batch that changed the set of mentions. */
  onChange: () => void;
}

export function createPageScanner({ doc, detector, painter, index, signal, onChange }: PageScannerDeps) {
  const detectNode = (node: Text) => {
    if (index.isCurrent(node)) return false;
    const mentions = detector.detect(node.data);
    const had = index.get(node).length > 0;
    if (mentions.length === 0) {
      // Keep empty entries out of the index: most text has no mention.
      index.delete(node);
      if (had) painter.unpaint(node);
      return had;
    }
    index.set(node, mentions);
    painter.paint(node, mentions);
    return true;
  };

  async function scanNodes(nodes: Text[]): Promise<void> {
    if (nodes.length === 0) return;
    detector.learn(nodes.map((node) => node.data));
    let changed = false;
    await forEachChunked(nodes, (node) => {
      if (detectNode(node)) changed = true;
    }, signal);
    if (changed && !signal.aborted) onChange();
  }

  /** Re-detect every indexed node (pins or lexicon changed); unindexed nodes had no candidate. */
  async function redetectIndexed(): Promise<void> {
    const nodes = [...index.nodes()];
    for (const node of nodes) index.delete(node);
    await scanNodes(nodes);
  }

  function observe(): void {
    const pendingRoots = new Set<Node>();
    const pendingTexts = new Set<Text>();
    let removals = false;
    let frame = 0;
    const flush = () => {
      frame = 0;
      let pruned = false;
      if (removals) {
        index.pruneDisconnected((node) => {
          painter.unpaint(node);
          pruned = true;
        });
        removals = false;
      }
      const nodes: Text[] = [];
      for (const root of pendingRoots) {
        // A root inside another pending root is covered by it.
        if (root.isConnected && !isInSkippedSubtree(root)) collectTextNodes(root, nodes);
      }
      for (const text of pendingTexts) {
        if (text.isConnected && !isInSkippedSubtree(text)) nodes.push(text);
      }
      pendingRoots.clear();
      pendingTexts.clear();
      painter.ensureRegistered();
      if (pruned) onChange();
      void scanNodes([...new Set(nodes)]);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') {
          if (record.target.nodeType === Node.TEXT_NODE) pendingTexts.add(record.target as Text);
          continue;
        }
        if (record.removedNodes.length > 0) removals = true;
        for (const added of record.addedNodes) {
          if (added.nodeType === Node.TEXT_NODE) pendingTexts.add(added as Text);
          else if (added.nodeType === Node.ELEMENT_NODE && !isSkippedElement(added as Element)) pendingRoots.add(added);
        }
      }
      if (!frame && (pendingRoots.size || pendingTexts.size || removals)) {
        frame = (doc.defaultView ?? window).requestAnimationFrame(flush);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      if (frame) (doc.defaultView ?? window).cancelAnimationFrame(frame);
    });
  }

  return {
    scanDocument: () => scanNodes(collectTextNodes(doc.body ?? doc.documentElement)),
    redetectIndexed,
    observe,
  };
}
