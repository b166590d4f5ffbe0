/**
 * Focus for a card opened from the keyboard (DESIGN.md "Stable hooks", Keyboard): the card takes
 * focus (the page's `document.activeElement` is the card's host, the card's shadow root holds the
 * focused element), Tab and Shift+Tab cycle through the card's controls without leaving it, and
 * closing gives focus back to where it was. A card opened by the pointer never takes focus.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), summary, input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The controls Tab reaches inside the card, in order: not those in the closed part of a <details>. */
function tabStops(card: HTMLElement): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    const closed = element.closest('details:not([open])');
    if (closed && element !== closed.querySelector(':scope > summary')) return false;
    return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
  });
}

export interface CardFocus {
  /** Remember where focus is, then focus the card itself (its dialog element). */
  take(card: HTMLElement): void;
  /** True while focus is inside the card. */
  holds(): boolean;
  /** Give focus back to where it was before `take` (if that element is still there). */
  release(): void;
}

export function createCardFocus(doc: Document, host: HTMLElement, root: ShadowRoot, signal?: AbortSignal): CardFocus {
  let returnTo: Element | null = null;
  let taken = false;

  // Tab at the last control goes to the first, Shift+Tab at the first (or on the card) to the last.
  root.addEventListener(
    'keydown',
    (event) => {
      const keyboard = event as KeyboardEvent;
      if (keyboard.key !== 'Tab' || !taken) return;
      const card = root.querySelector<HTMLElement>('[role="dialog"]');
      if (!card) return;
      const stops = tabStops(card);
      const active = root.activeElement;
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) {
        keyboard.preventDefault();
        return;
      }
      const inside = stops.includes(active as HTMLElement);
      const wrapTo = keyboard.shiftKey ? (active === first || !inside ? last : null) : active === last || !inside ? first : null;
      if (wrapTo) {
        keyboard.preventDefault();
        wrapTo.focus();
      }
    },
    signal ? { signal } : undefined,
  );

  return {
    take(card) {
      const before = deepActiveElement(doc);
      if (!host.contains(before) && before !== host) returnTo = before;
      taken = true;
      card.focus({ preventScroll: true });
    },
    holds: () => taken && doc.activeElement === host,
    release() {
      if (!taken) return;
      taken = false;
      const target = returnTo;
      returnTo = null;
      if (doc.activeElement !== host) return;
      if (target instanceof HTMLElement && target.isConnected && target !== doc.body) target.focus({ preventScroll: true });
      else (root.activeElement as HTMLElement | null)?.blur();
    },
  };
}
