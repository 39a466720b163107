import { restoreSheet } from '../persisted.js';
import { parseRatesLazily } from '../parsers/lazy.js';
import type { RateQuery, Source } from '../source.js';
import type { RateSheet } from '../types.js';
import { HOUR } from './common.js';
import { identify } from './identity.js';

/** A rates document at any URL, its format recognised from its content. */
export function ratesAt(url: string): Source<RateSheet, RateQuery> {
  return identify(`url:${url}`, {
    name: `url:${url}`,
    ttl: HOUR,
    restore: restoreSheet,
    key: (q) => q.lang ?? '',
    async load(query, { fetchText }) {
      return parseRatesLazily(await fetchText(url), query.lang);
    },
  });
}
