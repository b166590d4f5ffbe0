/**
 * Virtual time for the request benchmark: setTimeout, clearTimeout and Date.now are replaced so a
 * five-minute reading session runs in well under a second, with every timer firing in order at
 * its virtual moment. I/O must be in-process (standInFetch): real sockets would not wait for it.
 */
interface Timer {
  id: number;
  at: number;
  run: () => void;
}

export function installVirtualTime(start = Date.parse('2026-04-19T03:30:00Z')) {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout, now: Date.now };
  let now = start;
  let nextId = 1;
  const timers: Timer[] = [];
  // Real macrotask turns let promise chains (and Response bodies) settle between timers.
  const settle = async () => {
    for (let i = 0; i < 30; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    const timer = { id: nextId++, at: now + Math.max(0, Number(ms) || 0), run: () => fn(...args) };
    timers.push(timer);
    return timer.id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number | undefined) => {
    const index = timers.findIndex((timer) => timer.id === id);
    if (index >= 0) timers.splice(index, 1);
  }) as typeof clearTimeout;
  Date.now = () => now;

  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((resolve) => globalThis.setTimeout(resolve, ms)),
    /** Run every timer due up to `until` (virtual ms), in order, letting promises settle between. */
    async runUntil(until: number): Promise<void> {
      for (;;) {
        await settle();
        let earliest: Timer | undefined;
        for (const timer of timers) if (timer.at <= until && (!earliest || timer.at < earliest.at)) earliest = timer;
        if (!earliest) break;
        timers.splice(timers.indexOf(earliest), 1);
        now = Math.max(now, earliest.at);
        earliest.run();
      }
      now = Math.max(now, until);
      await settle();
    },
    uninstall() {
      globalThis.setTimeout = real.setTimeout;
      globalThis.clearTimeout = real.clearTimeout;
      Date.now = real.now;
    },
  };
}
