/**
 * Keyboard shortcuts (manifest `commands`, README "Keyboard"). `_execute_action` opens the popup by
 * itself; `open-card` asks the active tab's content script to open the card, holding focus, on the
 * mention nearest the middle of the viewport.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging';

export const OPEN_CARD_COMMAND = 'open-card';

export async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (command !== OPEN_CARD_COMMAND) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // No content script in that tab (a site Sector Lens does not run on): nothing to open.
  if (id !== undefined) await sendToTab(id, 'openNearestCard', {}).catch(() => undefined);
}

export function startCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
}
