/**
 * The content script's whole job, wired: scan and paint, keep up with the page, report the count,
 * answer the popup, show the card. Everything hangs off the context's signal.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleMessages, sendToBackground } from '../messaging';
import { loadSettings } from '../settings/storage';
import { createCardController } from './card-controller';
import { createSkeletonDetector } from './detector';
import { watchHover } from './hover';
import { MentionIndex } from './mention-index';
import { createHighlightPainter } from './painter';
import { createPageScanner } from './page-scanner';
import { revealMention } from './reveal';
import { loadCardState } from './card-data';

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const { settings } = await loadSettings();
  if (settings.disabledSites.includes(location.hostname)) return;
  const signal = ctx.signal;
  const detector = createSkeletonDetector();
  const index = new MentionIndex();
  const painter = createHighlightPainter(document);
  signal.addEventListener('abort', () => painter.dispose());

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      if (signal.aborted) return;
      void sendToBackground('reportPage', { tokens: index.tally() }).catch(() => undefined);
    }, 150);
  };

  const scanner = createPageScanner({ doc: document, detector, painter, index, signal, onChange: report });

  const card = createCardController(ctx, {
    load: (coinId, symbol) => loadCardState(coinId, symbol),
    alternatives: (hit) => (hit.mention.alternatives ?? []).map((coinId) => ({ coinId, label: detector.label(coinId) ?? coinId })),
    pick: () => undefined,
    openOptions: () => void sendToBackground('openOptions', {}).catch(() => undefined),
  });
  signal.addEventListener('abort', () => card.dispose());

  const stopHandling = handleMessages({
    getPageMentions: () => ({ url: location.href, tokens: index.tally() }),
    revealMention: ({ coinId }) => ({ ok: revealMention(document, index, coinId) }),
  });
  signal.addEventListener('abort', stopHandling);

  await scanner.scanDocument();
  report();
  scanner.observe();
  watchHover(document, index, card, signal, () => painter.ensureRegistered());
}
