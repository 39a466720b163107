/** The data layer on its own: sources, parsers and the page-wide store, with no element and no DOM. */
export type { Feed, Headline, Rate, RatePoint, RateSeries, RateSheet } from './types.js';
export { DataError, isDataError, type DataErrorCode } from './errors.js';
export { configure, getConfig, resetConfig, type Config } from './config.js';
export { fetchText, proxiedUrl } from './fetch-text.js';
export { decodeText } from './decode.js';
export type { LoadContext, LoadState, Snapshot, Source } from './source.js';
export { DataStore, store, type Watch } from './store.js';
export { changeOf, rebase } from './rates.js';
export { UPSTREAMS, UPSTREAM_HOSTS } from './upstreams.js';
export { getSource, registerSource, cbr, cbrJson, ecb, cbrHistory, ratesAt, type RateQuery, type SeriesQuery } from './sources/index.js';
