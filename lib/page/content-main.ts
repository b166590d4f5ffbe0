/**
 * The content script's whole job, wired: run a page session while the site is enabled, follow
 * settings (disable/enable, pins) and SPA navigation, report the count, answer the popup.
 * Everything hangs off the context's signal.
 */
import { browser } from 'wxt/browser';
import { handleContentMessages, sendToBackground } from '../messaging/page-side';
import { loadPageSettings, watchPageSettings, type PageSettings } from '../settings/page-settings';
import { CARD_CHUNK_PATH, loadCardChunk } from './card-chunk';
import { createLexiconDetector, type LexiconDetector } from './lexicon-detector';
import { lexiconFrom } from './lexicon-guard';
import { watchLocation } from './location-watch';
import type { MentionIndex } from './mention-index';
import { startPageSession, type PageSession } from './page-session';
import { supportsHighlights } from './painter';
import { candidateValues, publishedValues } from './published-time';
import type { PageContext } from './script-context';
import { resolveSiteProfile } from './site-profile';

const REPORT_DEBOUNCE_MS = 150;

/** The detector's date: the day of the page's publication time (renamed tickers follow it). */
const dayOf = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString().slice(0, 10));

/** Strong-form candidates outside the per-tab lexicon, resolved by the background's long tail. */
const lookupLongTail: Parameters<typeof createLexiconDetector>[2] = async (candidates, date) =>
  (
    await sendToBackground('resolveLongTail', {
      candidates: candidates.map(({ symbol, form, nameHint }) => ({ symbol, form, ...(nameHint !== undefined ? { nameHint } : {}) })),
      ...(date !== undefined ? { date } : {}),
    })
  ).coins;

export async function startContentScript(ctx: PageContext): Promise<void> {
  const signal = ctx.signal;
  const host = location.hostname;
  // Resolved once: an SPA's client-side navigation stays on its site.
  const profile = resolveSiteProfile(location.href);
  let session: PageSession | undefined;
  let pins = '';

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const report = (index: MentionIndex | undefined) => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      if (!signal.aborted) void sendToBackground('reportPage', { tokens: index?.tally() ?? [] }).catch(() => undefined);
    }, REPORT_DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(reportTimer));

  // "Not this one?": every coin sharing the symbol, asked of the background once per symbol.
  const alternativesBySymbol = new Map<string, { coinId: string; label: string }[]>();
  const loadAlternatives = async (symbol: string) => {
    if (alternativesBySymbol.has(symbol)) return;
    const { coins } = await sendToBackground('listAlternatives', { symbol }).catch(() => ({ coins: [] }));
    alternativesBySymbol.set(symbol, coins.map((coin) => ({ coinId: coin.coinId, label: `${coin.name} (${coin.symbol})` })));
  };

  // Assigned once the background has sent the lexicon, before the first session starts.
  let detector!: LexiconDetector; // eslint-disable-line prefer-const -- assigned after the lexicon arrives, used by closures defined before
  // The card chunk: in by the time the card asks for data (the card itself comes from it).
  const loadCard = () => loadCardChunk(browser.runtime.getURL(CARD_CHUNK_PATH));
  const start = () =>
    startPageSession({
      doc: document,
      detector,
      profile,
      signal,
      loadCard,
      ...(elements ? { elements } : {}),
      onChange: report,
      card: {
        load: async (coinId, symbol, label, at) => {
          // Read when the card opens: a page that fills in its metadata late is still read right.
          const published = pagePublished(at);
          const { loadCardState } = await loadCard();
          return (await Promise.all([loadCardState(coinId, symbol, label, published), loadAlternatives(symbol)]))[0];
        },
        moreAlternatives: (symbol) => alternativesBySymbol.get(symbol) ?? [],
        pick: async (hit, coinId) => (await loadCard()).savePin(hit.mention.symbol, coinId),
        openOptions: () => void sendToBackground('openOptions', {}).catch(() => undefined),
      },
    });

  const apply = (settings: PageSettings) => {
    const nextPins = JSON.stringify(settings.pins);
    const pinsChanged = nextPins !== pins;
    pins = nextPins;
    if (pinsChanged) detector.setPins(settings.pins);
    if (settings.disabledSites.includes(host)) {
      session?.stop();
      session = undefined;
      report(undefined);
    } else if (!session) {
      session = start();
    } else if (pinsChanged) {
      void session.redetect();
    }
  };

  // The page's publication-time candidates, parsed by the background (lib/model/page-date.ts).
  const pagePublished = (at?: Node) => candidateValues(publishedValues(document, { post: profile.post }, at));
  // Renamed tickers follow the page's own date (MATIC before the POL migration is Polygon's old
  // coin): it comes back with the lexicon. Without the Highlight API (no browser we support), the
  // element fallback comes with the card chunk.
  const [settings, lexicon, elements] = await Promise.all([
    loadPageSettings(),
    sendToBackground('getLexicon', { published: pagePublished() }),
    supportsHighlights() ? undefined : loadCard(),
  ]);
  if (signal.aborted) return;
  const firstDate = dayOf(lexicon.publishedAt);
  detector = createLexiconDetector(lexiconFrom(lexicon.lexicon, lexicon.tables), settings.pins, lookupLongTail, () => void session?.retryPending(), firstDate ? { date: firstDate } : {});
  apply(settings);
  const unwatch = watchPageSettings((next) => {
    if (!signal.aborted) apply(next);
  });
  signal.addEventListener('abort', unwatch);

  // A single-page app swapped the article: forget the old one's bindings. New content arrives
  // through the mutation watcher; what stayed (header, sidebar) is detected again.
  let navigations = 0;
  watchLocation(() => {
    const navigation = ++navigations;
    void sendToBackground('datePage', { published: pagePublished() }).then(
      ({ publishedAt }) => publishedAt,
      () => undefined,
    ).then((publishedAt) => {
      // Only the latest navigation's answer counts.
      if (navigation !== navigations || signal.aborted) return;
      // A fresh page context, dated by the new page (setDate starts one, as reset does).
      detector.setDate(dayOf(publishedAt));
      void session?.redetect();
    });
  }, signal);

  const stopHandling = handleContentMessages({
    getPageMentions: () => ({ url: location.href, tokens: session?.index.tally() ?? [], published: pagePublished() }),
    revealMention: async ({ coinId, openCard }) => ({ ok: (await session?.reveal(coinId, openCard === true)) ?? false }),
    openNearestCard: async () => ({ ok: (await session?.openNearest()) ?? false }),
  });
  signal.addEventListener('abort', stopHandling);
}
