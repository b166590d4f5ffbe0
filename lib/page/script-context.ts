/**
 * The content script's context: the one AbortSignal everything on the page hangs off (listeners,
 * observers, timers, the session). In the content-script build it stands in for WXT's
 * `ContentScriptContext` (lib/build-page-bundle.ts points `wxt/utils/content-script-context` here;
 * WXT's entry wrapper constructs it as `new ContentScriptContext(name, options)`), because WXT's
 * brings timers, idle callbacks and a generic event wrapper we never use: ~0.7 KB gzip in every tab.
 *
 * What it keeps of WXT's behaviour is what we rely on: a newer copy of the same script in the page
 * (the background injects one after the extension was reloaded or updated, lib/background/
 * site-scripting.ts) aborts this one, so two never paint and answer at once. It announces itself
 * with the same event WXT's does (name and detail), so a copy built with WXT's context and one
 * built with this one still stop each other.
 */
import { browser } from 'wxt/browser';

export interface PageContext {
  readonly signal: AbortSignal;
}

interface StartedDetail {
  contentScriptName?: unknown;
  messageId?: unknown;
}

/** WXT's event name: unique to the extension and the script. */
export const startedEventName = (scriptName: string): string => `${browser.runtime?.id}:${scriptName}:wxt:content-script-started`;

export class ContentScriptContext implements PageContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  constructor(scriptName: string) {
    const type = startedEventName(scriptName);
    const id = Math.random().toString(36).slice(2);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: scriptName, messageId: id } }));
    document.addEventListener(
      type,
      (event) => {
        const detail = (event as CustomEvent<StartedDetail | null>).detail;
        if (detail?.contentScriptName === scriptName && detail.messageId !== id) this.controller.abort();
      },
      { signal: this.signal },
    );
  }
}
