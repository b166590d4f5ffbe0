/**
 * Cooperative scheduling for page work: slices that give the main thread back well before the
 * 50 ms long-task line, with a yield that keeps running in hidden tabs (timers there are
 * throttled to once a second or slower; message-channel tasks are not).
 */
export const SLICE_MS = 8;

let channel: MessageChannel | undefined;
const resumers: (() => void)[] = [];

function yieldThroughChannel(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => resumers.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    resumers.push(resolve);
    port.postMessage(null);
  });
}

/** Let input, rendering and the page's own tasks run, then continue. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldThroughChannel();
}

/** A time budget: `due()` is cheap to call often; `pause()` yields and starts a new slice. */
export class Slicer {
  private sliceStart = performance.now();

  constructor(
    private readonly signal: AbortSignal,
    private readonly sliceMs = SLICE_MS,
  ) {}

  due(): boolean {
    return performance.now() - this.sliceStart > this.sliceMs;
  }

  /** Yield when the slice is spent. Resolves false once the signal aborted (stop working). */
  async pauseIfDue(): Promise<boolean> {
    if (this.due()) {
      await yieldToMain();
      this.sliceStart = performance.now();
    }
    return !this.signal.aborted;
  }
}

export async function forEachChunked<T>(items: readonly T[], work: (item: T) => void, signal: AbortSignal, sliceMs = SLICE_MS): Promise<void> {
  const slicer = new Slicer(signal, sliceMs);
  for (let i = 0; i < items.length; i++) {
    if (signal.aborted) return;
    work(items[i] as T);
    // Checking the clock every item costs more than the work for short nodes.
    if ((i & 15) === 15 && !(await slicer.pauseIfDue())) return;
  }
}
