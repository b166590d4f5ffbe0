/**
 * Sector Lens at work on one page while the site is enabled: paint, keep up with the page, report
 * the count, show the card. `stop()` undoes all of it (no paint, no observer, no card left).
 */
import { caretHitFinder, type HitFinder } from './hit-test';
import type { CardChunk } from './card-chunk';
import type { CardDataSource } from './card-controller';
import { createHighlightPainter } from './highlight-painter';
import { watchHover } from './hover';
import { createLazyCardController } from './lazy-card';
import { MentionIndex } from './mention-index';
import { watchMutations } from './mutation-watcher';
import { createPageScanner } from './page-scanner';
import type { Painter } from './painter';
import { scanScopeOf } from './scan-scope';
import { GENERIC_PROFILE, siteScope, type SiteProfile } from './site-profile';
import type { PageDetector } from './types';

export interface PageSessionDeps {
  doc: Document;
  detector: PageDetector;
  /** The content-script context's signal: the session never outlives it. */
  signal: AbortSignal;
  card: Omit<CardDataSource, 'alternatives' | 'label'> & {
    /** Coins that share the mention's symbol beyond the detector's own (the background's long tail). */
    moreAlternatives?: (symbol: string) => readonly { coinId: string; label: string }[];
  };
  /** The set of mentions changed (badge, popup). */
  onChange: (index: MentionIndex) => void;
  /** What we know of this site's structure (resolved from the URL by the caller). */
  profile?: SiteProfile;
  /** Where the card UI comes from: the web-accessible chunk, imported on first hover. */
  loadCard: () => Promise<CardChunk>;
  /**
   * Paint with wrapper elements instead of highlights: the caller passes the card chunk here where
   * the Highlight API is missing (the fallback ships in the chunk, lib/page/README.md).
   */
  elements?: Pick<CardChunk, 'createElementPainter' | 'elementHitFinder'>;
}

export interface PageSession {
  readonly index: MentionIndex;
  readonly painter: Painter;
  /** Resolves when the first whole-page scan has painted. */
  readonly firstScan: Promise<void>;
  /** Pins or page context changed: detect every known mention again. */
  redetect(): Promise<void>;
  /** The detector resolved long-tail candidates: detect the nodes that had them again. */
  retryPending(): Promise<void>;
  /**
   * Scroll to the coin's first mention; with `openCard`, open the card there holding focus.
   * False when the page has no such mention (or the card chunk, which brings this, failed to load).
   */
  reveal(coinId: string, openCard?: boolean): Promise<boolean>;
  /** Open the card, holding focus, on the mention nearest the middle of the viewport. */
  openNearest(): Promise<boolean>;
  stop(): void;
}

export function startPageSession({ doc, detector, signal: outer, card: cardData, onChange, profile = GENERIC_PROFILE, loadCard, elements }: PageSessionDeps): PageSession {
  const controller = new AbortController();
  const signal = AbortSignal.any([outer, controller.signal]);
  const index = new MentionIndex();
  const scope = scanScopeOf(profile);
  // Open shadow roots the scans entered: watched for mutations, once each (every rescan walks into
  // them again); the scanner styles a root once it paints a mention there.
  const watched = new WeakSet<ShadowRoot>();
  let anyShadowRoot = false;
  let watchShadowRoot = (_root: ShadowRoot) => undefined as void;
  const onShadowRoot = (root: ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    anyShadowRoot = true;
    watchShadowRoot(root);
  };
  const siteCard = siteScope(profile).siteCard;
  const hitOptions = { shadowRoots: () => anyShadowRoot, ...(siteCard ? { siteCard } : {}) };
  let findHit: HitFinder;
  let painter: Painter;
  if (elements) {
    const elementPainter = elements.createElementPainter(doc);
    painter = elementPainter;
    findHit = elements.elementHitFinder(doc, elementPainter, hitOptions);
  } else {
    painter = createHighlightPainter(doc);
    findHit = caretHitFinder(doc, index, hitOptions);
  }
  const changed = () => onChange(index);
  const scanner = createPageScanner({ doc, detector, painter, index, signal, onChange: changed, scope, onShadowRoot, shadowRoots: () => anyShadowRoot });
  const card = createLazyCardController(doc, {
    ...cardData,
    label: (coinId) => detector.label(coinId),
    alternatives: (hit) => {
      const own = (hit.mention.alternatives ?? []).map((coinId) => ({ coinId, label: detector.label(coinId) ?? coinId }));
      const more = (cardData.moreAlternatives?.(hit.mention.symbol) ?? []).filter((alt) => alt.coinId !== hit.mention.coinId && !own.some((o) => o.coinId === alt.coinId));
      return [...own, ...more];
    },
  }, loadCard);
  signal.addEventListener('abort', () => {
    card.dispose();
    painter.dispose();
  });

  // Observe first: whatever the page adds while the first scan runs is caught, and scanning is idempotent.
  const watcher = watchMutations({ doc, scanner, painter, index, signal, onChange: changed, scope, onShadowRoot });
  watchShadowRoot = (root) => watcher.observe(root);
  const scanStarted = performance.now();
  const firstScan = scanner.scanDocument().then(() => {
    if (signal.aborted) return;
    changed();
    // For benchmarks and tests: how long the first scan of the page took to paint.
    performance.measure('sector-lens:first-scan', { start: scanStarted, detail: { mentions: painter.size } });
  });
  watchHover(doc, findHit, card, signal, () => {
    painter.ensureRegistered();
    // The pointer reached a mention: fetch the card UI while it rests there.
    card.warm();
  });

  return {
    index,
    painter,
    firstScan,
    redetect: () => scanner.redetectIndexed(),
    retryPending: () => scanner.retryPending(),
    // The popup's and the shortcut's paths: their code comes with the card chunk (card-chunk.ts).
    async reveal(coinId, openCard = false) {
      const chunk = await loadCard().catch(() => undefined);
      if (!chunk || signal.aborted) return false;
      const hit = chunk.revealMention(doc, index, painter, coinId, openCard ? 'instant' : 'smooth');
      if (hit && openCard) card.openFocused(hit);
      return hit !== null;
    },
    async openNearest() {
      const chunk = await loadCard().catch(() => undefined);
      if (!chunk || signal.aborted) return false;
      const hit = chunk.mentionNearCenter(doc, index, painter);
      if (hit) card.openFocused(hit);
      return hit !== null;
    },
    stop: () => controller.abort(),
  };
}
