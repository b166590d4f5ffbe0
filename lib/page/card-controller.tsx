/**
 * The one hover card of the page: created on first use, reused for every mention, placed with
 * lib/page/place-card so it never leaves the viewport, themed after the page under the mention.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/hover-card';
import { retryAtOf, type Alternative, type CardState } from './card-state';
import { ASK_AGAIN_WITHIN_MS } from '../messaging/views';
import cardCss from '../../components/hover-card.css?inline';
import { createCardHost, type CardHost } from './card-host';
import type { Hit } from './hit-test';
import type { HoverTarget } from './hover';
import { pageTheme } from './theme';
import { placeCard } from './place-card';

export interface CardDataSource {
  /** Market data for one coin; resolves to a state the card can show. */
  load(coinId: string, symbol: string, label?: string): Promise<CardState>;
  /** "Aethir (ATH)", when the detector knows the coin. */
  label(coinId: string): string | undefined;
  alternatives(hit: Hit): Alternative[];
  /** The reader says the mention means another coin; resolves once the choice is saved. */
  pick(hit: Hit, coinId: string): Promise<void>;
  openOptions(): void;
}

export type CardController = HoverTarget & { dispose(): void };

/** Ask a moment after the announced time: the answer is on its way by then. */
const ASK_AFTER_MS = 250;

export function createCardController(doc: Document, data: CardDataSource): CardController {
  let ui: CardHost | undefined;
  let openHit: Hit | null = null;
  let generation = 0;

  const ensureUi = () => (ui ??= createCardHost(doc, cardCss));

  function draw(target: CardHost, hit: Hit, state: CardState) {
    render(
      <HoverCard
        state={state}
        alternatives={data.alternatives(hit)}
        onPick={(coinId) => void pick(hit, coinId)}
        onOpenOptions={() => data.openOptions()}
      />,
      target.container,
    );
    place(target.host, hit);
  }

  function place(host: HTMLElement, hit: Hit) {
    const win = doc.defaultView ?? window;
    host.style.maxHeight = '';
    const { width, height } = host.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight };
    const placed = placeCard(hit.rect, { width, height }, viewport);
    if (placed.maxHeight !== undefined) host.style.maxHeight = `${placed.maxHeight}px`;
    host.style.transform = `translate(${Math.round(placed.x)}px, ${Math.round(placed.y)}px)`;
  }

  async function open(hit: Hit) {
    const mine = ++generation;
    openHit = hit;
    const target = ensureUi();
    target.host.setAttribute('data-theme', pageTheme(hit.node.parentElement, doc.defaultView ?? window));
    target.host.style.display = 'block';
    const { coinId, symbol } = hit.mention;
    const label = data.label(coinId);
    draw(target, hit, { status: 'loading', coinId, symbol, ...(label ? { label } : {}) });
    const current = () => mine === generation && openHit === hit;
    let state = await data.load(coinId, symbol, label);
    // While a figure is on its way the card counts down to its next try, asks again then (and at
    // least every ASK_AGAIN_WITHIN_MS, so the background knows the card is still open) and
    // completes itself; a closed card stops asking and its queued requests are dropped.
    while (current()) {
      draw(target, hit, state);
      const retryAt = retryAtOf(state);
      if (retryAt === undefined) return;
      const askAt = Math.min(Math.max(retryAt + ASK_AFTER_MS, Date.now() + 500), Date.now() + ASK_AGAIN_WITHIN_MS);
      while (current() && Date.now() < askAt) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, askAt - Date.now())));
        if (current()) draw(target, hit, state);
      }
      if (!current()) return;
      state = await data.load(coinId, symbol, label);
    }
  }

  async function pick(hit: Hit, coinId: string) {
    const previous = hit.mention.coinId;
    const alternatives = [previous, ...(hit.mention.alternatives ?? []).filter((id) => id !== coinId && id !== previous)];
    // Show the chosen coin at once; the page re-resolves every mention of the symbol behind it.
    void open({ ...hit, mention: { ...hit.mention, coinId, alternatives } });
    await data.pick(hit, coinId);
  }

  return {
    open: (hit) => void open(hit),
    close() {
      generation++;
      openHit = null;
      if (ui) {
        ui.host.style.display = 'none';
        render(null, ui.container);
      }
    },
    isOpen: () => openHit !== null,
    contains: (target) => target instanceof Node && ui !== undefined && ui.host.contains(target),
    dispose() {
      generation++;
      openHit = null;
      if (ui) render(null, ui.container);
      ui?.remove();
      ui = undefined;
    },
  };
}
