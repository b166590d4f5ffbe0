/**
 * How mentions get marked on the page. Two painters share this interface: the CSS Custom
 * Highlight API (no DOM change at all, the default) and, only where that API is missing, one
 * wrapper element per mention.
 */
import type { PageMention } from './types';

export const HIGHLIGHT_NAME = 'sector-lens';
export const COIN_ATTRIBUTE = 'data-sl-coin';

export interface Painter {
  /** True when painting changes the page's DOM: the scanner then hides those mutations from itself. */
  readonly mutatesDom: boolean;
  /** Mentions currently painted. */
  readonly size: number;
  /** Replace whatever was painted for this node with these mentions. */
  paint(node: Text, mentions: readonly PageMention[]): void;
  unpaint(node: Text): void;
  /** Nodes the painter itself put into the page (never scanned as page text). */
  owns(node: Node): boolean;
  /** A range over the mention's characters, wherever the painter keeps them now. */
  rangeOf(node: Text, mention: PageMention): Range | null;
  /**
   * Make what was painted since the last flush visible. Each change to a registered highlight
   * makes the browser re-validate *every* range at the next frame, so a long scan paints in a
   * few flushes rather than at every slice.
   */
  flush(): void;
  /** Re-register the highlight if the page cleared the registry. */
  ensureRegistered(): void;
  /** Unpaint everything. */
  dispose(): void;
}

export function supportsHighlights(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}
