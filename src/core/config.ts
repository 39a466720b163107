/** Page-wide settings of the data layer, set once with `configure()`. */
export interface Config {
  /** The fetch function every request goes through (default: the browser's `fetch`). */
  fetch: typeof fetch;
  /**
   * A URL template for a CORS proxy, with `{url}` standing for the percent-encoded upstream URL,
   * e.g. `https://proxy.example/?url={url}`. Used for cross-origin documents only.
   */
  proxy?: string;
  /** Keep loaded data in localStorage so a revisit paints at once. */
  persist: boolean;
  /**
   * Milliseconds one attempt may take before it is abandoned. The first attempt that runs out
   * already shows its error ("still trying") while the retries go on.
   */
  timeout: number;
  /** How many times a failed request is tried again (with backoff and jitter). */
  retries: number;
  /** Base delay of the backoff, in milliseconds. */
  retryDelay: number;
  /** Default locale for widgets on a page that declares none. */
  locale?: string;
  /**
   * How the widgets that load data load it when their own `loading` attribute does not say:
   * `lazy` waits until each comes within about a viewport of the visible area; default `eager`.
   */
  loading?: 'lazy' | 'eager';
}

const defaults: Config = {
  fetch: (...args) => globalThis.fetch(...args),
  persist: false,
  // 10 s: a sheet of rates is 5–15 KB, which arrives in a few seconds even on a slow mobile
  // connection with a cold TLS handshake; a sidebar reader who has waited longer deserves to be
  // told, and the first timed-out attempt is then on screen well within 20 s of the page load.
  timeout: 10_000,
  retries: 2,
  retryDelay: 1_000,
};

let current: Config = { ...defaults };

/** Changes the page-wide settings; keys left out keep their value. Returns the new settings. */
export function configure(options: Partial<Config>): Readonly<Config> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  current = { ...current, ...given };
  return current;
}

export function getConfig(): Readonly<Config> {
  return current;
}

/**
 * Runs `task` under `settings` (keys left out keep their value), then puts the page's settings
 * back: a server render's own fetch, proxy and timeout. The task must not wait for anything (a load
 * it starts keeps the settings it began with).
 */
export function withConfig<T>(settings: Partial<Config>, task: () => T): T {
  const before = current;
  configure(settings);
  try {
    return task();
  } finally {
    current = before;
  }
}

/** Back to the defaults (for tests and for pages that reconfigure from scratch). */
export function resetConfig(): void {
  current = { ...defaults };
}
