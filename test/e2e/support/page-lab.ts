/** Reading what Sector Lens painted, from the page's own world (the highlight registry is shared). */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from './extension';

export interface PaintedRange {
  text: string;
  /** Tag names of the painted text's ancestors that must never hold a mention, if any. */
  forbiddenAncestor: string | null;
  key: string;
}

export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('sector-lens');
    if (!highlight) return [];
    const nodeIds = new Map<Node, number>();
    const ranges: { text: string; forbiddenAncestor: string | null; key: string }[] = [];
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const node = range.startContainer;
      if (!nodeIds.has(node)) nodeIds.set(node, nodeIds.size);
      const text = (node.textContent ?? '').slice(range.startOffset, range.endOffset);
      const forbidden = node.parentElement?.closest('input, textarea, [contenteditable="true"], [role="textbox"], code, pre, svg, script, style');
      ranges.push({ text, forbiddenAncestor: forbidden ? forbidden.tagName.toLowerCase() : null, key: `${nodeIds.get(node)}:${range.startOffset}-${range.endOffset}` });
    }
    return ranges;
  });
}

/** Patch the stored settings the way the options page does (through storage), from the worker. */
export async function patchSettings(ext: LoadedExtension, patch: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (next) => {
    const stored = await chrome.storage.sync.get('settings');
    const current = (stored.settings ?? {}) as Record<string, unknown>;
    await chrome.storage.sync.set({ settings: { ...current, ...next } });
  }, patch);
}

export async function storedSettings(ext: LoadedExtension): Promise<Record<string, unknown>> {
  return ext.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>);
}
