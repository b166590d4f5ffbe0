import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/page/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const anchorAt = (left: number, top: number) => ({ left, top, right: left + 40, bottom: top + 20 });

describe('card placement', () => {
  it('goes under the mention, aligned with its start', () => {
    expect(placeCard(anchorAt(100, 100), card, viewport)).toEqual({ x: 100, y: 126, side: 'below' });
  });

  it('flips above when there is no room below', () => {
    expect(placeCard(anchorAt(100, 700), card, viewport)).toEqual({ x: 100, y: 494, side: 'above' });
  });

  it('slides left to stay inside the right edge, and never past the left edge', () => {
    expect(placeCard(anchorAt(950, 100), card, viewport).x).toBe(1000 - 8 - 300);
    expect(placeCard(anchorAt(2, 100), card, viewport).x).toBe(8);
  });

  it('caps the height on the roomier side when neither side fits', () => {
    const tall = { width: 300, height: 700 };
    const placed = placeCard(anchorAt(100, 300), tall, viewport);
    expect(placed).toMatchObject({ side: 'below', y: 326, maxHeight: 800 - 8 - 326 });
    const high = placeCard(anchorAt(100, 600), tall, viewport);
    expect(high.side).toBe('above');
    expect(high.y).toBeGreaterThanOrEqual(8);
    expect((high.y ?? 0) + (high.maxHeight ?? 0)).toBeLessThanOrEqual(600 - 6);
  });
});
