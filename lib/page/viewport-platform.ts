/**
 * A floating-ui platform for exactly our case: a `position: fixed` card, placed against the
 * rectangle of a mention, kept inside the top-level viewport. @floating-ui/dom's general platform
 * (offset parents, scroll and clipping ancestors, transforms) is ~6 KB of the content script for
 * questions this card never asks; @floating-ui/core still does the placement, flip and shift.
 */
import type { Platform, Rect } from '@floating-ui/core';

interface Sized {
  getBoundingClientRect(): DOMRect;
}

export function viewportPlatform(win: Window): Platform {
  const rectOf = (element: Sized): Rect => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  return {
    getElementRects: ({ reference, floating }) => ({
      reference: rectOf(reference as Sized),
      // Only the size matters for the floating element: core computes where it goes.
      floating: { ...rectOf(floating as Sized), x: 0, y: 0 },
    }),
    getClippingRect: () => ({ x: 0, y: 0, width: win.document.documentElement.clientWidth || win.innerWidth, height: win.document.documentElement.clientHeight || win.innerHeight }),
    getDimensions: (element: Sized) => {
      const { width, height } = element.getBoundingClientRect();
      return { width, height };
    },
  };
}
