/**
 * The library's one time source (what `setClock` sets; not to be confused with the clock widgets). Everything that asks "what time is it" — the store's ages and refresh
 * timers, the clocks, today's date of the member states and the chart, the proxy's cache — asks
 * here, so a test or a page that shows a pinned moment sets the time once, for all of them.
 */
export interface Clock {
  /** The current instant, ms since the epoch. */
  now(): number;
  /** Calls `callback` once `ms` of this clock's time have passed; the function returned cancels it. */
  after(ms: number, callback: () => void): () => void;
}

/** The page's own time and timers. `setTimeout` is looked up at each call, so a page (or a test) that wraps it sees every timer. */
const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

let current: Clock = systemClock;
const changeListeners = new Set<() => void>();

/** The current instant, ms since the epoch, by the library's time source. */
export const now = (): number => current.now();

/** Calls `callback` after `ms` of the library's time source; returns a function that cancels it. */
export const after = (ms: number, callback: () => void): (() => void) => current.after(ms, callback);

/**
 * Replaces the library's time source; with no argument, back to the system's. A clock given only `now`
 * keeps real timers: a pinned moment stays pinned, and one that should run must advance by itself
 * (`{ now: () => start + performance.now() - started }`). What shows the time updates at once.
 */
export function setClock(clock?: Pick<Clock, 'now'> & Partial<Clock>): void {
  current = clock ? { now: () => clock.now(), after: clock.after ? (ms, callback) => clock.after!(ms, callback) : systemClock.after } : systemClock;
  for (const listener of changeListeners) listener();
}

/**
 * Runs `task` with the time pinned at `instant`, then puts the time source back: a server render
 * (`sco-widgets/ssr`) draws every widget at one moment. No listener hears of it (a server has no
 * ticking clock), and the task must not wait for anything.
 */
export function atInstant<T>(instant: number, task: () => T): T {
  const before = current;
  current = { now: () => instant, after: before.after };
  try {
    return task();
  } finally {
    current = before;
  }
}

/** Calls `listener` whenever the clock is replaced (what shows the time must show the new one). */
export function onTimeSourceChange(listener: () => void): void {
  changeListeners.add(listener);
}
