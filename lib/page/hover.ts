/**
 * Pointer → mention, once per animation frame; a mention the pointer rests on opens the card; the
 * card stays while the pointer is on it; Escape, scrolling away or leaving both closes it.
 */
import type { Hit, HitFinder } from './hit-test';

export const REST_MS = 280;
export const CLOSE_GRACE_MS = 250;

export interface HoverTarget {
  open(hit: Hit): void;
  close(): void;
  isOpen(): boolean;
  /** True when the point is over the card itself. */
  contains(target: EventTarget | null): boolean;
  /** Opened from the keyboard and still focused: the pointer and scrolling do not close it. */
  holdsFocus(): boolean;
  /** Re-place the card beside its mention (after a scroll). */
  follow(): void;
}

export function watchHover(doc: Document, findHit: HitFinder, card: HoverTarget, signal: AbortSignal, onHit?: () => void): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  let current: Hit | null = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  // Armed once: a pointer that keeps moving over plain text must not postpone the close.
  const scheduleClose = () => {
    closeTimer ??= setTimeout(() => {
      closeTimer = undefined;
      card.close();
    }, CLOSE_GRACE_MS);
  };
  const sameMention = (a: Hit | null, b: Hit | null) => a?.node === b?.node && a?.mention.start === b?.mention.start;

  const evaluate = () => {
    frame = 0;
    const hit = findHit(x, y);
    if (hit) onHit?.();
    if (!sameMention(hit, current)) {
      current = hit;
      clearTimeout(restTimer);
      if (hit) restTimer = setTimeout(() => card.open(hit), REST_MS);
    }
    if (hit) cancelClose();
    else if (card.isOpen() && !card.holdsFocus()) scheduleClose();
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (card.contains(event.target)) {
        cancelClose();
        return;
      }
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = win.requestAnimationFrame(evaluate);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.isOpen()) {
        current = null;
        clearTimeout(restTimer);
        card.close();
      }
    },
    { signal },
  );
  doc.addEventListener('pointerleave', () => card.holdsFocus() || scheduleClose(), { passive: true, signal });
  win.addEventListener('scroll', () => {
    if (!card.isOpen()) return;
    if (card.holdsFocus()) return card.follow();
    current = null;
    card.close();
  }, { passive: true, signal });
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(restTimer);
    clearTimeout(closeTimer);
  });
}
