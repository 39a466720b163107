/** The data layer on its own: sources, parsers and the page-wide store, with no element and no DOM. */
export type { Feed, Headline, Rate, RatePoint, RateSeries, RateSheet, SkippedRows } from './types.js';
export { DataError, isDataError, type DataErrorCode } from './errors.js';
export { configure, getConfig, resetConfig, type Config } from '../core/config.js';
export { now, setClock, type Clock } from '../core/time.js';
export { fetchText, proxiedUrl } from './fetch-text.js';
export { decodeText } from './decode.js';
export type { DataState, LoadContext, LoadState, Source } from './source.js';
/** @deprecated The name `DataState` had in 0.1 and 0.2, kept for code that imports it ("snapshot" now means an offline document alone). */
export type { DataState as Snapshot } from './source.js';
export { DataStore, store, type Watch } from './store.js';
export { changeOf, crossSeries, isSaneQuote, readableNominal, rebase } from './rates.js';
export { RATE_RANGE, MAX_NOMINAL } from './rate-range.js';
export { restoreFeed, restoreSeries, restoreSheet } from './persisted.js';
export { UPSTREAMS, UPSTREAM_HOSTS } from './upstreams.js';
export { getSource, registerSource, ratesAt, type RateQuery, type RateSource, type SeriesQuery } from './sources/index.js';
export { feedAt, type FeedQuery } from './sources/feeds.js';
// Each built-in bank's source, as its descriptor names it (banks/index.ts), and every bank's parsers.
export * from './banks/index.js';
export * from './parsers/index.js';
export { historyAt, inBase } from './sources/histories.js';
export { parseRates, parseRateHistory } from './parsers/detect.js';
export { parseRatesLazily, parseHistoryLazily } from './parsers/lazy.js';
export { parseFeed, parseFeedDate } from './feeds/index.js';
