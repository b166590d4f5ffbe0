/** Asks the background for one coin's view and turns the answer into a card state. */
import type { CardState } from './card-state';
import { sendToBackground } from '../messaging';

export async function loadCardState(coinId: string, symbol: string, label?: string): Promise<CardState> {
  const named = label ? { label } : {};
  try {
    const response = await sendToBackground('getViews', { coinIds: [coinId] });
    const view = response.views.find((candidate) => candidate.coinId === coinId);
    if (view) return { status: 'ready', view, window: response.window, ...(response.error ? { error: response.error } : {}) };
    if (response.error) return { status: 'error', coinId, symbol, ...named, error: response.error };
    return { status: 'no-data', coinId, symbol, ...named };
  } catch (error) {
    // The background did not answer (extension updated or reloaded under the page).
    return { status: 'error', coinId, symbol, ...named, error: { kind: 'offline', message: error instanceof Error ? error.message : 'The extension did not answer' } };
  }
}
