/** A clock tests move by hand; `sleep` advances it instead of waiting. */
export function fakeClock(start = Date.parse('2026-04-19T03:30:00Z')) {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    slept,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  };
}
