import type { DataError } from './errors.js';

/** What a source gets for one load: an abort signal and the page's configured way to fetch text. */
export interface LoadContext {
  signal: AbortSignal;
  /** Fetches a URL (through the configured proxy and fetch) and decodes it to text. */
  fetchText(url: string): Promise<string>;
}

/**
 * Anything that can produce data for a widget: a built-in bank, a feed URL, or your own.
 * `load` must honour `context.signal`; `key` tells which queries are the same request.
 */
export interface Source<T, Q = unknown> {
  /** A short name, unique per kind of data, e.g. `cbr`. */
  readonly name: string;
  /** Milliseconds a loaded value stays fresh; widgets showing it refresh on this period. */
  readonly ttl?: number;
  /** The cache key of a query; defaults to its JSON. */
  key?(query: Q): string;
  /**
   * Checks a value an earlier visit persisted (`data-persist`), saved at `savedAt` (ms since the
   * epoch): the value when its fields have the right types and ranges, or undefined to drop it and
   * fetch anew. A source without it has nothing restored: localStorage is not to be trusted blindly.
   */
  restore?(saved: unknown, savedAt: number): T | undefined;
  load(query: Q, context: LoadContext): Promise<T>;
}

export type LoadState = 'loading' | 'ready' | 'stale' | 'error';

/** What a widget shows at one moment: the latest value, and the error of the last attempt if it failed. */
export interface Snapshot<T> {
  state: LoadState;
  value?: T;
  error?: DataError;
  /** When `value` was loaded (ms since the epoch). */
  updated?: number;
}
