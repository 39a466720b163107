import type { Clock } from '../../src/core/time.js';

/** A clock that starts at `instant` (ms since the epoch) and runs at the real pace from there, on real timers. */
export function runningFrom(instant: number): Pick<Clock, 'now'> {
  const start = performance.now();
  return { now: () => instant + Math.floor(performance.now() - start) };
}

/**
 * A clock that stands still until the test moves it, with timers that fire as it passes their
 * time: hours of the library's time in milliseconds of the test's. Works in node and the browser.
 */
export function manualClock(start: number) {
  let time = start;
  let order = 0;
  const timers = new Map<number, { due: number; callback: () => void }>();
  const clock: Clock & { advance(ms: number): Promise<void>; readonly pending: number } = {
    now: () => time,
    /** How many timers wait on this clock. */
    get pending() {
      return timers.size;
    },
    after(ms, callback) {
      const id = order++;
      timers.set(id, { due: time + Math.max(0, ms), callback });
      return () => timers.delete(id);
    },
    /** Moves the time forward by `ms`, firing each timer due on the way at its own time, in order. */
    async advance(ms: number) {
      const end = time + ms;
      for (;;) {
        let next: [number, { due: number; callback: () => void }] | undefined;
        for (const entry of timers) if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        time = next[1].due;
        next[1].callback();
        await Promise.resolve(); // what the callback started gets to run before the next timer
      }
      time = end;
    },
  };
  return clock;
}
