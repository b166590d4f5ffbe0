/**
 * What the open card asks for and saves: one coin's view from the background, turned into a card
 * state, and the reader's choice of coin for a symbol. Part of the card chunk (card-chunk.ts).
 */
import type { CardState } from './card-state';
import { sendToBackground } from '../messaging';
import { loadSettings, updateSettings } from '../settings/storage';

/** "Not this one?": the reader's coin for this symbol from now on, on every page (settings.pins). */
export async function savePin(symbol: string, coinId: string): Promise<void> {
  const { settings } = await loadSettings();
  await updateSettings({ pins: { ...settings.pins, [symbol]: coinId } });
}

/**
 * `published`: the page's publication-time candidates (lib/page/published-time.ts), parsed by the
 * background; with a readable one, the card shows "Since published".
 */
export async function loadCardState(coinId: string, symbol: string, label?: string, published?: readonly string[]): Promise<CardState> {
  const named = label ? { label } : {};
  try {
    const response = await sendToBackground('getViews', { coinIds: [coinId], need: 'hover', ...(published ? { published: [...published] } : {}) });
    const retry = response.retryAt !== undefined ? { retryAt: response.retryAt } : {};
    const view = response.views.find((candidate) => candidate.coinId === coinId);
    if (view) return { status: 'ready', view, window: response.window, ...(response.error ? { error: response.error } : {}), ...retry };
    // No figure yet: the reason is this coin's own (its sectors' or its row's), never another's.
    const reason = response.missing?.find((entry) => entry.coinId === coinId)?.error ?? response.error;
    if (reason) return { status: 'error', coinId, symbol, ...named, error: reason, ...retry };
    return { status: 'no-data', coinId, symbol, ...named };
  } catch (error) {
    // The background did not answer (extension updated or reloaded under the page).
    return { status: 'error', coinId, symbol, ...named, error: { kind: 'offline', message: error instanceof Error ? error.message : 'The extension did not answer' } };
  }
}
