/**
 * Runs inside a benchmark page (bundled by page-bench.ts with esbuild): the page layer's scanner,
 * painters and the real detector (lib/detect over the shipped compact lexicon, as the content script
 * runs it), and the two baselines, each timed until the next frame has been painted.
 */
import Mark from 'mark.js';
import lexiconJson from '../../public/data/lexicon-top.json';
import { parseLexicon } from '../../lib/detect';
import { createLexiconDetector } from '../../lib/page/lexicon-detector';
import { createElementPainter } from '../../lib/page/element-painter';
import { createHighlightPainter } from '../../lib/page/highlight-painter';
import { MentionIndex } from '../../lib/page/mention-index';
import { watchMutations } from '../../lib/page/mutation-watcher';
import { createPageScanner } from '../../lib/page/page-scanner';
import { GENERIC_SCOPE, scanScopeOf } from '../../lib/page/scan-scope';
import { textNodesUnder } from '../../lib/page/text-walker';
import { SITE_PROFILES, siteProfileName } from '../../lib/page/site-profile';

const lexicon = parseLexicon(lexiconJson);
const realDetector = () => createLexiconDetector(lexicon, {}, async (candidates) => candidates.map(() => null), () => undefined);

/** Every mention the generated pages hold has one of these two shapes: the floor's single regex. */
const PATTERN = /\$([A-Z]{2,10})\b|\b([A-Z][A-Za-z]+) \(([A-Z]{2,10})\)/g;

const afterNextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

export interface ScanOptions {
  painter: 'highlight' | 'live-ranges' | 'elements';
}

function setUp({ painter: kind }: ScanOptions) {
  const detector = realDetector();
  const index = new MentionIndex();
  const painter = kind === 'elements' ? createElementPainter(document) : createHighlightPainter(document, { liveRanges: kind === 'live-ranges' });
  const controller = new AbortController();
  const scanner = createPageScanner({ doc: document, detector, painter, index, signal: controller.signal, onChange: () => undefined });
  return { detector, index, painter, scanner, controller };
}

async function scan(options: ScanOptions) {
  const { painter, scanner } = setUp(options);
  const start = performance.now();
  await scanner.scanDocument();
  const scanned = performance.now();
  await afterNextPaint();
  return { ms: performance.now() - start, scriptMs: scanned - start, mentions: painter.size };
}

async function floor() {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let mentions = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const _ of (node as Text).data.matchAll(PATTERN)) mentions++;
  }
  const scanned = performance.now();
  await afterNextPaint();
  return { ms: performance.now() - start, scriptMs: scanned - start, mentions };
}

/** The floor plus painting its matches as ranges: what the Highlight API itself costs, with no detector. */
async function floorPainted() {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const highlight = new Highlight();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node as Text).data.matchAll(PATTERN)) {
      highlight.add(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length }));
    }
  }
  CSS.highlights.set('sector-lens', highlight);
  const scanned = performance.now();
  await afterNextPaint();
  return { ms: performance.now() - start, scriptMs: scanned - start, mentions: highlight.size };
}

async function markJs() {
  const detector = realDetector();
  const start = performance.now();
  let mentions = 0;
  new Mark(document.body).markRegExp(new RegExp(PATTERN.source, 'g'), {
    exclude: ['code', 'pre', 'input', 'textarea', 'script', 'style', '[contenteditable]'],
    // Only what the detector would keep, so both sides mark the same mentions.
    filter: (_node, match) => detector.detect(match).length > 0,
    done: (count) => void (mentions = count),
  });
  const scanned = performance.now();
  await afterNextPaint();
  return { ms: performance.now() - start, scriptMs: scanned - start, mentions };
}

/** Cost of page DOM churn (insert + remove a node, `times` times) with the current paint in place. */
function churn(times: number) {
  const host = document.querySelector('article') ?? document.body;
  const start = performance.now();
  for (let i = 0; i < times; i++) {
    const node = document.createElement('p');
    host.prepend(node);
    node.remove();
  }
  return performance.now() - start;
}

async function churnWith(options: ScanOptions | null, times: number) {
  let mentions = 0;
  if (options) {
    const { painter, scanner } = setUp(options);
    await scanner.scanDocument();
    await afterNextPaint();
    mentions = painter.size;
  }
  return { mentions, ms: churn(times) };
}

/**
 * Append feed items in page-sized batches; time until all are painted and a frame is out.
 * 'floor': an observer + the regex over each added subtree; 'floorPainted': the same, painting
 * its matches as highlights (what the Highlight API costs on a page that keeps changing).
 */
async function feed(mode: 'ours' | 'floor' | 'floorPainted', items: number, batch: number) {
  const append = (window as unknown as { appendFeedItems(n: number): void }).appendFeedItems;
  let painted = () => 0;
  let idle = () => Promise.resolve();
  if (mode === 'ours') {
    const { painter, scanner, index, controller } = setUp({ painter: 'highlight' });
    watchMutations({ doc: document, scanner, painter, index, signal: controller.signal, onChange: () => undefined });
    painted = () => painter.size;
    idle = () => scanner.idle();
  } else {
    let found = 0;
    const highlight = new Highlight();
    if (mode === 'floorPainted') CSS.highlights.set('sector-lens', highlight);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) {
          const walker = document.createTreeWalker(added, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node as Text).data.matchAll(PATTERN)) {
              found++;
              if (mode === 'floorPainted') highlight.add(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length }));
            }
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
    painted = () => found;
  }
  const start = performance.now();
  for (let done = 0; done < items; done += batch) {
    append(Math.min(batch, items - done));
    // A new task per batch, as a feed that loads while the reader scrolls.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  await afterNextPaint();
  await idle();
  await afterNextPaint();
  return { ms: performance.now() - start, mentions: painted() };
}

/** Every text node under `root`, open shadow roots included, for the floor on shadow-DOM pages. */
function* allTexts(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) yield node as Text;
    else if ((node as Element).shadowRoot) yield* allTexts((node as Element).shadowRoot as ShadowRoot);
  }
}

/**
 * A site-like test page (test/fixtures/pages) growing by `items` posts in batches, one task each:
 * Sector Lens with that site's profile (scope, shadow roots watched and styled) against the floor
 * (an observer + one regex over every added subtree, shadow roots included).
 */
async function siteFeed(mode: 'ours' | 'floor', profileId: string, append: string, items: number, batch: number) {
  const appendItems = (window as unknown as Record<string, (n: number) => void>)[append] as (n: number) => void;
  let painted = () => 0;
  let idle = () => Promise.resolve();
  const observer = new MutationObserver((records) => take(records));
  let take = (_records: MutationRecord[]) => undefined as void;
  if (mode === 'ours') {
    const profile = SITE_PROFILES.find((candidate) => siteProfileName(candidate) === profileId);
    if (!profile) throw new Error(`no profile ${profileId}`);
    const detector = realDetector();
    const index = new MentionIndex();
    const painter = createHighlightPainter(document);
    const controller = new AbortController();
    const scope = scanScopeOf(profile);
    // As page-session.ts wires it: roots are watched as walks enter them; the scanner styles a
    // root once it paints a mention there.
    let watch = (_root: ShadowRoot) => undefined as void;
    const onShadowRoot = (root: ShadowRoot) => watch(root);
    const scanner = createPageScanner({ doc: document, detector, painter, index, signal: controller.signal, onChange: () => undefined, scope, onShadowRoot });
    const watcher = watchMutations({ doc: document, scanner, painter, index, signal: controller.signal, onChange: () => undefined, scope, onShadowRoot });
    watch = (root) => watcher.observe(root);
    await scanner.scanDocument();
    painted = () => painter.size;
    idle = () => scanner.idle();
  } else {
    let found = 0;
    take = (records) => {
      for (const record of records) for (const added of record.addedNodes) for (const node of allTexts(added)) for (const _ of node.data.matchAll(PATTERN)) found++;
    };
    observer.observe(document.body, { childList: true, subtree: true });
    painted = () => found;
  }
  await afterNextPaint();
  const before = painted();
  const start = performance.now();
  for (let done = 0; done < items; done += batch) {
    appendItems(Math.min(batch, items - done));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  await afterNextPaint();
  await idle();
  await afterNextPaint();
  observer.disconnect();
  return { ms: performance.now() - start, mentions: painted() - before };
}

/** The scanner's walk alone, best of five: text nodes only, or also elements to find open shadow roots. */
function walk(shadowRoots: boolean) {
  let best = Infinity;
  let nodes = 0;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    nodes = 0;
    for (const _ of textNodesUnder(document.body, { scope: { ...GENERIC_SCOPE, shadowRoots } })) nodes++;
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, mentions: nodes };
}

/**
 * The detector alone over the texts the scanner would visit (no walk in the timing, no index, no
 * paint), `passes` times in this page load, each with a fresh page context: the first pass is
 * what a fresh tab pays (V8 has not optimised the detector yet), the last what it costs warm.
 */
function detectPasses(passes: number) {
  const texts: string[] = [];
  for (const node of textNodesUnder(document.body)) texts.push(node.data);
  const out: { learnMs: number; detectMs: number }[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const detector = realDetector();
    const start = performance.now();
    detector.learn(texts);
    const learned = performance.now();
    for (let i = 0; i < texts.length; i++) detector.detect(texts[i] as string);
    out.push({ learnMs: learned - start, detectMs: performance.now() - learned });
  }
  return { passes: out, texts: texts.length };
}

const api = { scan, floor, floorPainted, markJs, churnWith, feed, siteFeed, walk, detectPasses };
(window as unknown as { slBench: typeof api }).slBench = api;
export type BenchApi = typeof api;
