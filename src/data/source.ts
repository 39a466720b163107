import type { DataError } from './errors.js';
import type { RateSeries, RateSheet } from './types.js';

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
export interface DataState<T> {
  state: LoadState;
  value?: T;
  error?: DataError;
  /** When `value` was loaded (ms since the epoch). */
  updated?: number;
}

/** What a rates widget asks a source for. */
export interface RateQuery {
  /** `YYYY-MM-DD`: the rates in effect on that date; absent for the latest. */
  date?: string;
  /** The page's language, for sources that publish in more than one. */
  lang?: string;
  /** Also load the rates in effect before the sheet's date (for a change column). */
  previous?: boolean;
}

/** What a history widget asks for. */
export interface SeriesQuery {
  code: string;
  /** `YYYY-MM-DD` inclusive. */
  from: string;
  to: string;
}

/** A source of rate sheets; `history`, when present, gives one currency's rates over time. */
export interface RateSource extends Source<RateSheet, RateQuery> {
  readonly history?: Source<RateSeries, SeriesQuery>;
  /**
   * What the sheet will name as its source and base before it arrives, so a widget can lay out
   * the space it will take (the table's rows, its caption) while it loads.
   */
  expected?(): Pick<RateSheet, 'source' | 'base'>;
}
