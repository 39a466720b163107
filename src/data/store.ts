import { after, now } from '../core/time.js';
import { getConfig } from '../core/config.js';
import { DataError, isDataError } from './errors.js';
import { fetchText } from './fetch-text.js';
import type { DataState, Source } from './source.js';
import { identityOf } from './sources/identity.js';

type Listener<T> = (current: DataState<T>) => void;

/** A widget's hold on one piece of data: `close()` when the widget goes away. */
export interface Watch<T> {
  /** Loads again now; settles with the data state after the attempt (never rejects). */
  refresh(): Promise<DataState<T>>;
  close(): void;
}

interface Entry {
  readonly key: string;
  readonly source: Source<unknown, unknown>;
  readonly query: unknown;
  value?: unknown;
  error?: DataError;
  updated?: number;
  attempted?: number;
  /** Loads in a row that ended in an error: the next one waits longer. */
  failures?: number;
  listeners: Set<Listener<unknown>>;
  /** Listeners told of every change that never ask for a load (widgets waiting to come into view). */
  onlookers: Set<Listener<unknown>>;
  inflight?: { done: Promise<void>; controller: AbortController };
  /** Cancels the scheduled refresh, if any. */
  timer?: () => void;
}

const DEFAULT_TTL = 60 * 60 * 1000;
/** After a failed load (all its attempts), the next one comes this soon, then twice as late each time… */
const FIRST_RETRY_AFTER_FAILURE = 30 * 1000;
/** …but no later than this, even when the data is meant to live longer. */
const RETRY_AFTER_FAILURE = 5 * 60 * 1000;
const STORAGE_PREFIX = 'sco-widgets:v1:';
/** The shape of a persisted record; a record of any other version is dropped, not read. */
const PERSIST_VERSION = 2;
/** How far ahead of this page's clock a saved time may be (clocks of two visits disagree a little). */
const CLOCK_SKEW = 60 * 1000;

const stateOf = <T>(entry: Entry): DataState<T> => ({
  state: entry.value === undefined ? (entry.error ? 'error' : 'loading') : entry.error ? 'stale' : 'ready',
  value: entry.value as T | undefined,
  error: entry.error,
  updated: entry.updated,
});

/** Worth another try: a timeout, a failed connection, or an HTTP answer that says "later" (5xx, 408, 429). */
const retryable = (error: DataError) =>
  error.code === 'timeout' || (error.code === 'network' && (error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429));

function toDataError(error: unknown, attempt: AbortSignal): DataError {
  if (isDataError(error)) return error;
  if (attempt.aborted && (attempt.reason as Error)?.name === 'TimeoutError') {
    return new DataError('timeout', `No answer within ${getConfig().timeout / 1000} s`);
  }
  return new DataError('format', error instanceof Error ? error.message : String(error), { cause: error });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const cancel = after(ms, done);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      cancel();
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Which entry of the store a source and query share: same key, same request. The source counts by
 * its identity (the name it was registered under, its URL, or the object), never by its `name`
 * label, which two sources may share. Whether a proxy is
 * configured is part of it: a page that sets one after its widgets started (a module that imports
 * the elements before it calls `configure`) gets them loaded again through the proxy.
 */
export function keyOf<Q>(source: Source<unknown, Q>, query: Q): string {
  return `${identityOf(source).id}|${source.key ? source.key(query) : JSON.stringify(query)}${getConfig().proxy ? '|proxy' : ''}`;
}

/**
 * The page-wide cache under every widget. One entry per source and query: concurrent watchers
 * share one request, fresh values are served from memory (or localStorage when persistence is on),
 * stale ones are shown while they revalidate, and refreshes run on the source's period only while
 * someone watches and the page is visible. When the last watcher leaves, its request is aborted.
 */
export class DataStore {
  readonly #entries = new Map<string, Entry>();
  #listening = false;

  /**
   * Holds the data of `source` and `query` for `listener`, told at once and on every change. A
   * watch loads what is missing or due and keeps it fresh; an `onlooker` (a widget that waits to
   * come into view) only sees what others load, and starts nothing. `seed`, a record in the form the
   * store persists (`{ version, value, updated }`, as a server-rendered widget brings it), starts an
   * entry not yet in the store, if `source.restore` accepts its value: the data the page was
   * rendered with, shown at once, refreshed when due.
   */
  watch<T, Q>(source: Source<T, Q>, query: Q, listener: Listener<T>, onlooker = false, seed?: string): Watch<T> {
    const entry = this.#entry(source as Source<unknown, unknown>, query, seed);
    const own = listener as Listener<unknown>;
    const listeners = onlooker ? entry.onlookers : entry.listeners;
    listeners.add(own);
    listener(stateOf<T>(entry));
    if (!onlooker) {
      this.#listen();
      if (!entry.inflight && this.#due(entry) <= now()) this.#load(entry);
      else this.#schedule(entry);
    }
    return {
      refresh: async () => {
        if (entry.listeners.has(own)) await (entry.inflight?.done ?? this.#load(entry));
        return stateOf<T>(entry);
      },
      close: () => {
        if (!listeners.delete(own) || onlooker || entry.listeners.size) return;
        entry.inflight?.controller.abort(new DOMException('No widget shows this data any more', 'AbortError'));
        entry.inflight = undefined;
        entry.timer?.();
      },
    };
  }

  /** Forgets every cached value (not the persisted ones). For tests and for pages that reset. */
  clear(): void {
    for (const entry of this.#entries.values()) {
      entry.inflight?.controller.abort();
      entry.timer?.();
    }
    this.#entries.clear();
  }

  #entry(source: Source<unknown, unknown>, query: unknown, seed?: string): Entry {
    const key = keyOf(source, query);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { key, source, query, listeners: new Set(), onlookers: new Set(), ...((seed && restoreRecord(seed, source)) || this.#restore(key, source)) };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** When the entry should next be loaded. */
  #due(entry: Entry): number {
    const ttl = entry.source.ttl ?? DEFAULT_TTL;
    if (entry.error && entry.attempted !== undefined) {
      const backoff = FIRST_RETRY_AFTER_FAILURE * 2 ** Math.max(0, (entry.failures ?? 1) - 1);
      return entry.attempted + Math.min(ttl, RETRY_AFTER_FAILURE, backoff);
    }
    return entry.updated === undefined ? 0 : entry.updated + ttl;
  }

  #load(entry: Entry): Promise<void> {
    const controller = new AbortController();
    const done = this.#attempts(entry, controller.signal).finally(() => {
      if (entry.inflight?.controller === controller) entry.inflight = undefined;
      if (controller.signal.aborted) return;
      this.#notify(entry);
      this.#schedule(entry);
    });
    entry.inflight = { done, controller };
    entry.timer?.();
    return done;
  }

  async #attempts(entry: Entry, signal: AbortSignal): Promise<void> {
    // The settings of the moment the load began, for all its attempts.
    const config = getConfig();
    const { retries, retryDelay, timeout } = config;
    for (let attempt = 0; ; attempt++) {
      const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
      try {
        const value = await entry.source.load(entry.query, { signal: attemptSignal, fetchText: (url) => fetchText(url, attemptSignal, config) });
        if (signal.aborted) return;
        Object.assign(entry, { value, error: undefined, failures: 0, updated: now(), attempted: now() });
        this.#persist(entry);
        return;
      } catch (caught) {
        if (signal.aborted) return;
        const error = toDataError(caught, attemptSignal);
        if (attempt >= retries || !retryable(error)) {
          Object.assign(entry, { error, failures: (entry.failures ?? 0) + 1, attempted: now() });
          return;
        }
        // A hung upstream is told at its first timeout, not after every retry has run out too:
        // the widget shows the error (or its data as stale) while the retries go on.
        if (error.code === 'timeout' && entry.error?.code !== 'timeout') {
          entry.error = error;
          this.#notify(entry);
        }
        // Exponential backoff with full jitter, so many pages do not retry in step.
        await sleep(retryDelay * 2 ** attempt * (0.5 + Math.random()), signal);
        if (signal.aborted) return;
      }
    }
  }

  #notify(entry: Entry): void {
    const current = stateOf(entry);
    for (const listener of [...entry.listeners, ...entry.onlookers]) listener(current);
  }

  #schedule(entry: Entry): void {
    entry.timer?.();
    entry.timer = undefined;
    if (!entry.listeners.size || entry.inflight || globalThis.document?.visibilityState === 'hidden') return;
    entry.timer = after(Math.max(0, this.#due(entry) - now()), () => this.#load(entry));
  }

  /** Page-level events: pause refreshes while hidden, catch up when visible or back online. */
  #listen(): void {
    if (this.#listening || !globalThis.addEventListener) return;
    this.#listening = true;
    const watched = () => [...this.#entries.values()].filter((e) => e.listeners.size);
    globalThis.document?.addEventListener('visibilitychange', () => {
      for (const entry of watched()) {
        if (document.visibilityState === 'hidden') entry.timer?.();
        else if (!entry.inflight && this.#due(entry) <= now()) this.#load(entry);
        else this.#schedule(entry);
      }
    });
    globalThis.addEventListener('online', () => {
      for (const entry of watched()) if (entry.error && !entry.inflight) this.#load(entry);
    });
  }

  #persist(entry: Entry): void {
    if (!persisted(entry.source)) return;
    try {
      globalThis.localStorage?.setItem(STORAGE_PREFIX + entry.key, JSON.stringify(recordOf(entry)));
    } catch {
      // Storage full or blocked (private mode): persistence is an optimisation, not a requirement.
    }
  }

  /**
   * What an earlier visit persisted, if it passes: a record of this version, saved in the past, whose
   * value the source's own `restore` accepts. Anything else is removed, and the entry loads afresh.
   */
  #restore(key: string, source: Source<unknown, unknown>): Pick<Entry, 'value' | 'updated'> {
    if (!persisted(source)) return {};
    try {
      const storage = globalThis.localStorage;
      const text = storage?.getItem(STORAGE_PREFIX + key);
      if (!storage || text == null) return {};
      const restored = restoreRecord(text, source);
      if (restored) return restored;
      storage.removeItem(STORAGE_PREFIX + key);
    } catch {
      // Storage blocked (private mode, a sandboxed frame): nothing to restore.
    }
    return {};
  }
}

/** Data as the store persists it, and as a server hands it to the browser's store (the seed). */
export const recordOf = ({ value, updated }: Pick<Entry, 'value' | 'updated'>) => ({ version: PERSIST_VERSION, value, updated });

/** Whether a source's data is kept for the next visit: when the page asks, and under a key that will be the same then. */
const persisted = (source: Source<unknown, unknown>) => getConfig().persist && identityOf(source).stable;

/** A persisted record's value and time, if the record is of this version, from the past, and `source` accepts its value. */
function restoreRecord(text: string, source: Source<unknown, unknown>): Required<Pick<Entry, 'value' | 'updated'>> | undefined {
  let saved: { version?: unknown; value?: unknown; updated?: unknown } | null;
  try {
    saved = JSON.parse(text) as typeof saved;
  } catch {
    return undefined;
  }
  if (typeof saved !== 'object' || saved === null || saved.version !== PERSIST_VERSION) return undefined;
  const { value, updated } = saved;
  if (typeof updated !== 'number' || !(updated > 0) || updated > now() + CLOCK_SKEW) return undefined;
  const restored = source.restore?.(value, updated);
  return restored === undefined ? undefined : { value: restored, updated };
}

/** The one store of the page, shared by every widget. */
export const store = new DataStore();
