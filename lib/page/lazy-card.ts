/**
 * The page's hover card as the content script holds it before the card UI is loaded: a stand-in
 * with the controller's interface that imports the card chunk (card-chunk.ts) when first needed —
 * `warm()` when the pointer first reaches a mention, so the chunk is in by the time the pointer
 * has rested there — and hands every call on once it is in.
 */
import type { CardChunk } from './card-chunk';
import type { CardController, CardDataSource } from './card-controller';
import type { Hit } from './hit-test';

export type LazyCardController = CardController & {
  /** Start loading the card UI now (idempotent). */
  warm(): void;
};

export function createLazyCardController(doc: Document, data: CardDataSource, load: () => Promise<CardChunk>): LazyCardController {
  let real: CardController | undefined;
  let loading: Promise<CardController | undefined> | undefined;
  let disposed = false;
  // The latest open asked for while loading; a close cancels it.
  let wanted: Hit | null = null;

  const ensure = () =>
    (loading ??= load().then(
      (chunk) => {
        if (disposed) return undefined;
        real = chunk.createCardController(doc, data);
        return real;
      },
      (error: unknown) => {
        // Leave the page as it is; the next hover tries again.
        loading = undefined;
        console.warn('Sector Lens: the card could not be loaded', error);
        return undefined;
      },
    ));

  /** Open now if the chunk is here; otherwise once it loads, unless another open or a close came first. */
  function openWhenLoaded(hit: Hit, open: (controller: NonNullable<typeof real>) => void): void {
    if (real) return open(real);
    wanted = hit;
    void ensure().then((controller) => {
      if (controller && wanted === hit) open(controller);
      if (wanted === hit) wanted = null;
    });
  }

  return {
    warm: () => void ensure(),
    open: (hit) => openWhenLoaded(hit, (controller) => controller.open(hit)),
    openFocused: (hit) => openWhenLoaded(hit, (controller) => controller.openFocused(hit)),
    close() {
      wanted = null;
      real?.close();
    },
    isOpen: () => real?.isOpen() ?? false,
    contains: (target) => real?.contains(target) ?? false,
    holdsFocus: () => real?.holdsFocus() ?? false,
    follow: () => real?.follow(),
    dispose() {
      disposed = true;
      wanted = null;
      real?.dispose();
      real = undefined;
    },
  };
}
