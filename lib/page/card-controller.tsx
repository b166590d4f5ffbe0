/**
 * The one hover card of the page: created on first use, reused for every mention, placed with
 * lib/page/place-card so it never leaves the viewport, themed after the page under the mention.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/hover-card';
import { retryAtOf, type Alternative, type CardState } from './card-state';
import { ASK_AGAIN_WITHIN_MS } from '../messaging/views';
import cardCss from '../../components/hover-card.css?inline';
import { createCardFocus, type CardFocus } from './card-focus';
import { createCardHost, type CardHost } from './card-host';
import type { Hit } from './hit-test';
import type { HoverTarget } from './hover';
import { pageTheme } from './theme';
import { placeCard } from './place-card';

export interface CardDataSource {
  /** Market data for one coin; resolves to a state the card can show. `at`: the mention's text node. */
  load(coinId: string, symbol: string, label: string | undefined, at: Node): Promise<CardState>;
  /** "Aethir (ATH)", when the detector knows the coin. */
  label(coinId: string): string | undefined;
  alternatives(hit: Hit): Alternative[];
  /** The reader says the mention means another coin; resolves once the choice is saved. */
  pick(hit: Hit, coinId: string): Promise<void>;
  openOptions(): void;
}

export type CardController = HoverTarget & {
  /** Keyboard path: open the card on this mention with focus inside it (Escape gives it back). */
  openFocused(hit: Hit): void;
  dispose(): void;
};

/** Ask a moment after the announced time: the answer is on its way by then. */
const ASK_AFTER_MS = 250;

export function createCardController(doc: Document, data: CardDataSource): CardController {
  let ui: (CardHost & { focus: CardFocus }) | undefined;
  let openHit: Hit | null = null;
  let generation = 0;
  let focused = false;

  const ensureUi = () => {
    if (ui) return ui;
    const target = createCardHost(doc, cardCss);
    return (ui = { ...target, focus: createCardFocus(doc, target.host, target.container.getRootNode() as ShadowRoot) });
  };

  function draw(target: CardHost, hit: Hit, state: CardState) {
    render(
      <HoverCard
        state={state}
        focused={focused}
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

  async function open(hit: Hit, takeFocus = false) {
    const mine = ++generation;
    openHit = hit;
    const target = ensureUi();
    focused = takeFocus || target.focus.holds();
    target.host.setAttribute('data-theme', pageTheme(hit.node.parentElement, doc.defaultView ?? window));
    target.host.style.display = 'block';
    const { coinId, symbol } = hit.mention;
    const label = data.label(coinId);
    draw(target, hit, { status: 'loading', coinId, symbol, ...(label ? { label } : {}) });
    const card = target.container.querySelector<HTMLElement>('[role="dialog"]');
    if (takeFocus && card) target.focus.take(card);
    const current = () => mine === generation && openHit === hit;
    let state = await data.load(coinId, symbol, label, hit.node);
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
      state = await data.load(coinId, symbol, label, hit.node);
    }
  }

  async function pick(hit: Hit, coinId: string) {
    const previous = hit.mention.coinId;
    const alternatives = [previous, ...(hit.mention.alternatives ?? []).filter((id) => id !== coinId && id !== previous)];
    // Show the chosen coin at once; the page re-resolves every mention of the symbol behind it.
    void open({ ...hit, mention: { ...hit.mention, coinId, alternatives } }, ui?.focus.holds() ?? false);
    await data.pick(hit, coinId);
  }

  return {
    open: (hit) => void open(hit),
    openFocused: (hit) => void open(hit, true),
    close() {
      generation++;
      openHit = null;
      focused = false;
      if (ui) {
        ui.focus.release();
        ui.host.style.display = 'none';
        render(null, ui.container);
      }
    },
    isOpen: () => openHit !== null,
    holdsFocus: () => openHit !== null && (ui?.focus.holds() ?? false),
    follow() {
      // The page scrolled under a card that holds focus: keep it beside its mention.
      if (!ui || !openHit) return;
      const range = doc.createRange();
      range.setStart(openHit.node, openHit.mention.start);
      range.setEnd(openHit.node, openHit.mention.end);
      const rect = range.getClientRects()[0];
      if (rect) place(ui.host, (openHit = { ...openHit, rect }));
    },
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
