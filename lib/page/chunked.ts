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
/**
 * scheduler.yield() continuations run ahead of the page's timers, so a long scan made of short
 * slices can still starve a visible page's setTimeout/setInterval work (measured: a 10 MB text
 * node held a page's 20 ms heartbeat off for seconds). Every so often, yield through a timer
 * instead, behind whatever the page has queued.
 */
const FAIR_YIELD_EVERY_MS = 40;

function yieldBehindTimers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState === 'visible';
}

export class Slicer {
  private sliceStart = performance.now();
  private fairAt = performance.now();

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
      // Hidden tabs throttle timers to 1 s or worse: there the channel/scheduler yield is the fair one.
      if (performance.now() - this.fairAt > FAIR_YIELD_EVERY_MS && pageVisible()) {
        await yieldBehindTimers();
        this.fairAt = performance.now();
      } else {
        await yieldToMain();
      }
      this.sliceStart = performance.now();
    }
    return !this.signal.aborted;
  }
}
