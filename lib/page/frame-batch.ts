/**
 * Coalesce work into one run per animation frame. rAF never fires in a hidden tab, so a timer
 * runs the batch there instead (throttled by the browser, but it runs): a feed that grows in a
 * background tab still gets scanned and its badge count stays right.
 */
export const HIDDEN_TAB_FALLBACK_MS = 200;

export function createFrameBatch(win: Window, run: () => void, signal: AbortSignal, fallbackMs = HIDDEN_TAB_FALLBACK_MS): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    if (!signal.aborted) run();
  };
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(timer);
  });
  return () => {
    if (frame || timer !== undefined || signal.aborted) return;
    frame = win.requestAnimationFrame(fire);
    timer = setTimeout(fire, fallbackMs);
  };
}
