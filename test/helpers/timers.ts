/**
 * Counts the timeouts a piece of code leaves pending, by watching the page's real setTimeout and
 * clearTimeout (the timers still run). For "removing a widget leaves no timer" checks.
 */
export function trackTimers() {
  const pending = new Set<number>();
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = realSet(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    get pending() {
      return pending.size;
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** How many requests the loopback fixture server saw for a path. */
export async function requestsFor(path: string): Promise<number> {
  const response = await fetch(`/fx-count?path=${encodeURIComponent(path)}`);
  return (await response.json()).count;
}

export async function resetRequestCounts(): Promise<void> {
  await fetch('/fx-count?reset');
}

/**
 * Resolves when `check` returns true, polling every 10 ms; rejects after `ms`. A timer, not
 * animation frames: a test page in a background tab gets no frames.
 */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
