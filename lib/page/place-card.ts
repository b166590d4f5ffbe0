/**
 * Where the card goes: under the mention, or above it when there is no room below, slid
 * sideways to stay inside the viewport, and height-capped when neither side has room. Pure and
 * small: a general positioning library (floating-ui) cost ~2 KB gzip of every tab for the one
 * placement this card ever needs.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  /** Set when the card must scroll to fit the larger side. */
  maxHeight?: number;
  side: 'below' | 'above';
}

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, padding = 8): Placement {
  const below = viewport.height - padding - (anchor.bottom + gap);
  const above = anchor.top - gap - padding;
  const x = Math.max(padding, Math.min(anchor.left, viewport.width - padding - card.width));
  if (card.height <= below) return { x, y: anchor.bottom + gap, side: 'below' };
  if (card.height <= above) return { x, y: anchor.top - gap - card.height, side: 'above' };
  // Neither side fits the whole card: use the roomier one and let the card scroll.
  if (below >= above) return { x, y: anchor.bottom + gap, maxHeight: Math.max(120, below), side: 'below' };
  const maxHeight = Math.max(120, above);
  return { x, y: Math.max(padding, anchor.top - gap - maxHeight), maxHeight, side: 'above' };
}
