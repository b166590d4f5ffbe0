/** Asks the background for one coin's view and turns the answer into a card state. */
import type { CardState } from '../../components/hover-card';
import { sendToBackground } from '../messaging';

export async function loadCardState(coinId: string, symbol: string): Promise<CardState> {
  try {
    const response = await sendToBackground('getViews', { coinIds: [coinId] });
    const view = response.views.find((candidate) => candidate.coinId === coinId);
    if (view) return { status: 'ready', view, window: response.window, ...(response.error ? { error: response.error } : {}) };
    if (response.error) return { status: 'error', symbol, error: response.error };
    return { status: 'no-data', symbol };
  } catch (error) {
    return { status: 'error', symbol, error: { kind: 'offline', message: error instanceof Error ? error.message : 'The extension did not answer' } };
  }
}
