/**
 * Run work over a list in slices that give the main thread back well before the 50 ms long-task
 * line, stopping as soon as the signal aborts.
 */
const SLICE_MS = 12;

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function forEachChunked<T>(items: readonly T[], work: (item: T) => void, signal: AbortSignal, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (signal.aborted) return;
    work(items[i] as T);
    // Checking the clock every item costs more than the work for short nodes.
    if ((i & 15) === 15 && performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
