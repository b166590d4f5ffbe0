/**
 * For screenshots only: states a local test run cannot reach on its own (a tab on a site the
 * extension may not read, the network gone after data arrived, a page still being read) are
 * produced by bending one browser call in the popup page before it loads (popup-shim.js).
 * Everything else in the popup runs for real.
 */
import { readFileSync } from 'node:fs';

export interface PopupShim {
  /** Report this URL for the tab (what activeTab shows a real popup). */
  tabUrl?: string;
  /** Behave as if no content script is in the tab. */
  noContentScript?: boolean;
  /** The content script never answers (the popup stays on "Reading this page…"). */
  pageNeverAnswers?: boolean;
  /** The background's views arrive marked stale with an "offline" error, as after losing the network. */
  offline?: boolean;
}

const SHIM_SOURCE = readFileSync(new URL('./popup-shim.js', import.meta.url), 'utf8');

export function popupShimScript(shim: PopupShim): { content: string } {
  return { content: `${SHIM_SOURCE}\ninstallPopupShim(${JSON.stringify(shim)});` };
}
