/**
 * Detects and paints text nodes in slices that never hold the main thread past the long-task
 * line, one text node at a time, or one overlapping window at a time for huge nodes. Idempotent:
 * a node indexed with its current text is never detected twice. Scans run one after another.
 */
import { Slicer } from './chunked';
import type { MentionIndex } from './mention-index';
import type { Painter } from './painter';
import type { ScanScope } from './scan-scope';
import { stylePainterIn } from './shadow-style';
import { textNodesUnder } from './text-walker';
import { DEFAULT_WINDOW, ownedMentions, textWindows, type WindowOptions } from './text-windows';
import type { PageDetector, PageMention } from './types';

/** Texts handed to one `learn` call; keeps a learn step inside a slice. */
const LEARN_BATCH_CHARS = 65_536;
/**
 * A single text node past this many mentions is a data dump, not an article (a hostile 10 MB
 * node held 170k): painting them all costs Chromium seconds per frame, so the rest of that node
 * is left alone. An ordinary paragraph holds a handful.
 */
export const MAX_MENTIONS_PER_NODE = 5_000;
/** On a page that takes long to scan, show progress this often (each flush re-validates all ranges). */
const PROGRESS_FLUSH_MS = 250;

export interface PageScannerDeps {
  doc: Document;
  detector: PageDetector;
  painter: Painter;
  index: MentionIndex;
  signal: AbortSignal;
  /** Called after each scan that changed the set of mentions. */
  onChange: () => void;
  window?: Partial<WindowOptions>;
  /** The site's scan roots and skipped subtrees (generic when absent). */
  scope?: ScanScope;
  /** Called for every open shadow root a scan enters. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Whether any walk of the page entered an open shadow root yet: until then no painted node
   * can be in one, and the scanner skips asking each node for its root. */
  shadowRoots?: () => boolean;
}

export interface PageScanner {
  scanDocument(): Promise<void>;
  scanNodes(nodes: Iterable<Text>): Promise<void>;
  /** Forget every detection and detect again (pins, page context or lexicon changed). */
  redetectIndexed(): Promise<void>;
  /** Detect again the nodes whose candidates the detector has since resolved (long tail). */
  retryPending(): Promise<void>;
  /** Resolves once every scan asked for so far has finished. */
  idle(): Promise<void>;
  /** Wraps DOM changes made by the painter so the caller's observer can ignore them. */
  setQuietMutations(quietly: (change: () => void) => void): void;
}

export function createPageScanner({ doc, detector, painter, index, signal, onChange, window: windowOptions, scope, onShadowRoot, shadowRoots }: PageScannerDeps): PageScanner {
  const windows: WindowOptions = { ...DEFAULT_WINDOW, maxMention: detector.maxMentionLength ?? DEFAULT_WINDOW.maxMention, ...windowOptions };
  let quietly = (change: () => void) => change();
  let queue: Promise<void> = Promise.resolve();
  // Nodes whose detection left candidates waiting on the background's long tail.
  const pending = new Set<Text>();
  const serial = (job: () => Promise<void>) => (queue = queue.then(job, job));

  /** Learn from every text before detecting in any, in batches that fit a slice. */
  async function learn(nodes: readonly Text[], slicer: Slicer): Promise<boolean> {
    let batch: string[] = [];
    let chars = 0;
    const add = (text: string) => {
      batch.push(text);
      chars += text.length;
    };
    // A full batch is learned, then the slice may pause; false once we stopped. Called only when
    // the batch is full, so the common node costs no promise.
    const learnBatch = (): Promise<boolean> => {
      detector.learn(batch);
      batch = [];
      chars = 0;
      return slicer.pauseIfDue();
    };
    for (let i = 0; i < nodes.length; i++) {
      const text = (nodes[i] as Text).data;
      // The common case, with no list per node: one text, one part.
      if (text.length <= windows.size) add(text);
      else {
        // A huge node is learned window by window, pausing between batches like everything else.
        for (const w of textWindows(text.length, windows)) {
          add(text.slice(w.start, w.end));
          if (chars >= LEARN_BATCH_CHARS && !(await learnBatch())) return false;
        }
      }
      if (chars >= LEARN_BATCH_CHARS && !(await learnBatch())) return false;
    }
    if (batch.length > 0) detector.learn(batch);
    return !signal.aborted;
  }

  /** Mentions of a huge text, window by window; null when the text changed meanwhile or we stopped. */
  async function detectWindowed(node: Text, text: string, slicer: Slicer): Promise<PageMention[] | null> {
    const found: PageMention[] = [];
    let waiting = false;
    for (const w of textWindows(text.length, windows)) {
      if (!(await slicer.pauseIfDue()) || node.data !== text) return null;
      found.push(...ownedMentions(w, detector.detect(text.slice(w.start, w.end))));
      waiting ||= detector.hadPending?.() ?? false;
      if (found.length >= MAX_MENTIONS_PER_NODE) break;
    }
    if (waiting) pending.add(node);
    return found;
  }

  /**
   * Returns true when the node's mentions changed; null when it needs `scanNodeFully` (a huge
   * node, detected window by window, or one painted before). Synchronous: a page is thousands of
   * small text nodes, and an async call per node cost a promise and a microtask turn each.
   */
  function scanNode(node: Text): boolean | null {
    const text = node.data;
    if (index.isCurrent(node, text) || !node.isConnected) return false;
    if (text.length > windows.size || index.get(node).length > 0) return null;
    return record(node, text, detector.detect(text), false);
  }

  /** Returns true when the node's mentions changed. */
  async function scanNodeFully(node: Text, slicer: Slicer): Promise<boolean> {
    let text = node.data;
    if (index.isCurrent(node, text) || !node.isConnected) return false;
    const had = index.get(node).length > 0;
    // The fallback painter moved mention characters out of the node: put them back first.
    if (had) {
      quietly(() => painter.unpaint(node));
      text = node.data;
    }
    const mentions = text.length > windows.size ? await detectWindowed(node, text, slicer) : detector.detect(text);
    return mentions === null ? false : record(node, text, mentions, had);
  }

  /** Paints and indexes a node's mentions; true when they changed. */
  function record(node: Text, text: string, mentions: PageMention[], had: boolean): boolean {
    if (detector.hadPending?.()) pending.add(node);
    if (mentions.length === 0) {
      // Empty entries stay out of the index: most text has no mention.
      index.delete(node);
      return had;
    }
    // The painter's stylesheet goes into a shadow root with the first mention painted there, not
    // when a walk enters the root: adopting a sheet restyles the root, and most roots a feed adds
    // (a comment, a post) hold no mention.
    if (shadowRoots?.() !== false) {
      const root = node.getRootNode() as ShadowRoot;
      if (root.host && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) stylePainterIn(root);
    }
    // Only the fallback painter changes the DOM: no closure per node for the highlight painter.
    if (painter.mutatesDom) quietly(() => painter.paint(node, mentions));
    else painter.paint(node, mentions);
    // Indexed after painting: the fallback painter changes the node's text, and that is current.
    index.set(node, mentions, painter.mutatesDom ? node.data : text);
    return true;
  }

  async function scan(nodes: readonly Text[], slicer: Slicer): Promise<void> {
    if (nodes.length === 0 || !(await learn(nodes, slicer))) return;
    let changed = false;
    let flushedAt = performance.now();
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      if (scanNode(node) ?? (await scanNodeFully(node, slicer))) changed = true;
      if ((i & 7) !== 7 || !slicer.due()) continue;
      if (performance.now() - flushedAt > PROGRESS_FLUSH_MS) {
        painter.flush();
        flushedAt = performance.now();
      }
      if (!(await slicer.pauseIfDue())) return;
    }
    painter.flush();
    if (changed && !signal.aborted) onChange();
  }

  /** Walk in slices too: a very large page has more nodes than one slice can visit. */
  async function gather(roots: Iterable<Text>, slicer: Slicer): Promise<Text[]> {
    const nodes: Text[] = [];
    for (const node of roots) {
      if (!painter.owns(node)) nodes.push(node);
      if ((nodes.length & 255) === 255 && !(await slicer.pauseIfDue())) break;
    }
    return nodes;
  }

  return {
    scanDocument: () =>
      serial(async () => {
        const slicer = new Slicer(signal);
        await scan(await gather(textNodesUnder(doc.body ?? doc.documentElement, { scope, onShadowRoot }), slicer), slicer);
      }),
    scanNodes: (nodes) =>
      serial(async () => {
        const slicer = new Slicer(signal);
        await scan(await gather(nodes, slicer), slicer);
      }),
    redetectIndexed: () =>
      serial(async () => {
        const nodes = [...index.nodes()];
        for (const node of nodes) {
          quietly(() => painter.unpaint(node));
          index.delete(node);
        }
        const slicer = new Slicer(signal);
        await scan(nodes, slicer);
        onChange();
      }),
    retryPending: () =>
      serial(async () => {
        const nodes = [...pending].filter((node) => node.isConnected);
        pending.clear();
        for (const node of nodes) {
          quietly(() => painter.unpaint(node));
          index.delete(node);
        }
        await scan(nodes, new Slicer(signal));
      }),
    idle: () => queue,
    setQuietMutations(next) {
      quietly = next;
    },
  };
}
