/**
 * Keeps up with the page: only added subtrees and changed text nodes are scanned, once per
 * frame batch; removed nodes leave the index and the paint. Never a whole-document rescan.
 */
import { createFrameBatch } from './frame-batch';
import type { MentionIndex } from './mention-index';
import type { PageScanner } from './page-scanner';
import type { Painter } from './painter';
import { GENERIC_SCOPE, outOfScope, skipsElement, type ScanScope } from './scan-scope';
import { textNodesUnder } from './text-walker';

export interface MutationWatcherDeps {
  doc: Document;
  scanner: PageScanner;
  painter: Painter;
  index: MentionIndex;
  signal: AbortSignal;
  onChange: () => void;
  /** The site's scan roots and skipped subtrees (generic when absent). */
  scope?: ScanScope;
  /** Called for every open shadow root a scan of added content enters. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export interface MutationWatcher {
  /** Keep up with an open shadow root too (a document observer does not see into it). */
  observe(root: ShadowRoot): void;
}

export function watchMutations({ doc, scanner, painter, index, signal, onChange, scope = GENERIC_SCOPE, onShadowRoot }: MutationWatcherDeps): MutationWatcher {
  const pendingRoots = new Set<Node>();
  const pendingTexts = new Set<Text>();
  let removals = false;

  const coveredByPendingRoot = (node: Node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (pendingRoots.has(parent)) return true;
    return false;
  };

  function* pendingNodes(roots: Node[], texts: Text[]): Generator<Text> {
    for (const root of roots) yield* textNodesUnder(root, { scope, onShadowRoot });
    yield* texts;
  }

  const flush = () => {
    if (removals) {
      removals = false;
      let pruned = false;
      index.pruneDisconnected((node) => {
        painter.unpaint(node);
        pruned = true;
      });
      if (pruned) onChange();
    }
    const roots = [...pendingRoots].filter((root) => root.isConnected && !coveredByPendingRoot(root) && !outOfScope(scope, root));
    const texts = [...pendingTexts].filter((text) => text.isConnected && !coveredByPendingRoot(text) && !outOfScope(scope, text));
    pendingRoots.clear();
    pendingTexts.clear();
    painter.ensureRegistered();
    if (roots.length > 0 || texts.length > 0) void scanner.scanNodes(pendingNodes(roots, texts));
  };
  const schedule = createFrameBatch(doc.defaultView ?? window, flush, signal);

  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.nodeType === Node.TEXT_NODE && !painter.owns(record.target)) pendingTexts.add(record.target as Text);
        continue;
      }
      if (record.removedNodes.length > 0) removals = true;
      for (const added of record.addedNodes) {
        if (painter.owns(added)) continue;
        if (added.nodeType === Node.TEXT_NODE) pendingTexts.add(added as Text);
        else if (added.nodeType === Node.ELEMENT_NODE && !skipsElement(scope, added as Element)) pendingRoots.add(added);
      }
    }
    if (pendingRoots.size > 0 || pendingTexts.size > 0 || removals) schedule();
  };

  const observer = new MutationObserver(take);
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.documentElement, options);
  if (painter.mutatesDom) {
    // Records queued before our change are the page's; the ones our change adds are dropped.
    scanner.setQuietMutations((change) => {
      take(observer.takeRecords());
      change();
      observer.takeRecords();
    });
  }
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    observe(root) {
      if (!signal.aborted) observer.observe(root, options);
    },
  };
}
