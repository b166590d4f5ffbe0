/**
 * The one hover card of the page: created on first use inside an open shadow root on a
 * `sector-lens-card` host, reused for every mention, placed so it never leaves the viewport.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type Alternative, type CardState } from '../../components/hover-card';
import cardCss from '../../components/hover-card.css?inline';
import type { Hit } from './hit-test';
import type { HoverTarget } from './hover';
import { pageTheme } from './theme';

export interface CardDataSource {
  /** Market data for one coin; resolves to a state the card can show. */
  load(coinId: string, symbol: string): Promise<CardState>;
  alternatives(hit: Hit): Alternative[];
  pick(hit: Hit, coinId: string): void;
  openOptions(): void;
}

export function createCardController(ctx: ContentScriptContext, data: CardDataSource): HoverTarget & { dispose(): void } {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let creating: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let openHit: Hit | null = null;
  let generation = 0;

  async function ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (ui) return ui;
    creating ??= createShadowRootUi(ctx, {
      name: 'sector-lens-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      // WXT's reset is `:host{all:initial !important}`, and an inner !important beats even the
      // host's inline style, which is how the card is placed; hover-card.css resets without it.
      inheritStyles: true,
      onMount: () => undefined,
    }).then((created) => {
      created.mount();
      const host = created.shadowHost;
      host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
      ui = created;
      return created;
    });
    return creating;
  }

  function draw(target: ShadowRootContentScriptUi<void>, hit: Hit, state: CardState) {
    render(
      <HoverCard
        state={state}
        alternatives={data.alternatives(hit)}
        onPick={(coinId) => data.pick(hit, coinId)}
        onOpenOptions={() => data.openOptions()}
      />,
      target.uiContainer,
    );
    void place(target, hit);
  }

  async function place(target: ShadowRootContentScriptUi<void>, hit: Hit) {
    const host = target.shadowHost;
    const reference = { getBoundingClientRect: () => hit.rect, getClientRects: () => [hit.rect] };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 }), size({ padding: 8, apply: ({ availableHeight }) => { host.style.maxHeight = `${Math.max(120, availableHeight)}px`; } })],
    });
    host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  return {
    async open(hit) {
      const mine = ++generation;
      openHit = hit;
      const target = await ensureUi();
      if (mine !== generation) return;
      target.shadowHost.setAttribute('data-theme', pageTheme(hit.node.parentElement));
      target.shadowHost.style.display = 'block';
      draw(target, hit, { status: 'loading', symbol: hit.mention.symbol });
      const state = await data.load(hit.mention.coinId, hit.mention.symbol);
      if (mine === generation && openHit === hit) draw(target, hit, state);
    },
    close() {
      generation++;
      openHit = null;
      if (ui) {
        ui.shadowHost.style.display = 'none';
        render(null, ui.uiContainer);
      }
    },
    isOpen: () => openHit !== null,
    contains: (target) => target instanceof Node && ui !== undefined && ui.shadowHost.contains(target),
    dispose() {
      ui?.remove();
    },
  };
}
