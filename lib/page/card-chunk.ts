/**
 * The hover card's UI (Preact, the card components, their formatting and stylesheet) is not in
 * the content script: every tab would pay for it before anyone hovers. It ships as its own file,
 * `card-ui.js` (entrypoints/card-ui.ts, web-accessible), which the content script imports the
 * first time the pointer reaches a mention. Importing it runs it in the content script's own
 * world, where it leaves its one export under a registered symbol for `loadCardChunk` to pick up
 * (WXT builds scripts as IIFEs, without module exports).
 */
import type { createCardController } from './card-controller';
import type { loadCardState, savePin } from './card-data';
import type { createElementPainter } from './element-painter';
import type { elementHitFinder } from './hit-test';
import type { mentionNearCenter, revealMention } from './reveal';

/**
 * What the chunk brings: the card; the two things only an open card does — ask for a coin's
 * market view and save the reader's pin — since both check their data with zod, which the eager
 * content script goes without (lib/messaging/README.md); the popup's and the shortcut's way to a
 * mention (reveal.ts), which lead to the card anyway; and the element fallback painter, loaded at
 * start only where the Highlight API is missing (no browser we support since Firefox 140).
 */
export interface CardChunk {
  createCardController: typeof createCardController;
  loadCardState: typeof loadCardState;
  savePin: typeof savePin;
  revealMention: typeof revealMention;
  mentionNearCenter: typeof mentionNearCenter;
  createElementPainter: typeof createElementPainter;
  elementHitFinder: typeof elementHitFinder;
}

const CHUNK_KEY = Symbol.for('sector-lens/card-ui');
export const CARD_CHUNK_PATH = '/card-ui.js';

type Registry = { [CHUNK_KEY]?: CardChunk };

/** Called by the chunk itself when it runs. */
export function registerCardChunk(chunk: CardChunk): void {
  (globalThis as Registry)[CHUNK_KEY] = chunk;
}

let loading: Promise<CardChunk> | undefined;

/** Imports the chunk once per page; a failed import is tried again on the next call. */
export function loadCardChunk(url: string): Promise<CardChunk> {
  const registered = (globalThis as Registry)[CHUNK_KEY];
  if (registered) return Promise.resolve(registered);
  loading ??= import(/* @vite-ignore */ url).then(
    () => {
      const chunk = (globalThis as Registry)[CHUNK_KEY];
      if (!chunk) throw new Error(`${CARD_CHUNK_PATH} ran but registered no card`);
      return chunk;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
