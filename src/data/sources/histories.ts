/**
 * History sources made from others, for the rate chart: a history document at any URL, and a
 * history expressed in another base. Apart from the sources every rates widget loads (`history.ts`),
 * so that only the chart carries them.
 */
import { DataError } from '../errors.js';
import { restoreSeries } from '../persisted.js';
import { parseHistoryLazily } from '../parsers/lazy.js';
import { crossSeries } from '../rates.js';
import type { SeriesQuery, Source } from '../source.js';
import type { RateSeries } from '../types.js';
import { HOUR } from './common.js';
import { identify, identityOf } from './identity.js';

/**
 * One currency's history from a document at any URL (`XML_dynamic`, ECB history), its format
 * recognised from the content. The URL fixes the dates, so the query's range is not sent anywhere;
 * `code` names the currency to read (an ECB document holds many).
 */
export function historyAt(url: string, code: string): Source<RateSeries, SeriesQuery> {
  return identify(`history:${url}`, {
    name: `history:${url}`,
    ttl: HOUR,
    restore: restoreSeries,
    key: () => code.toUpperCase(),
    async load(_query, { fetchText }) {
      return parseHistoryLazily(await fetchText(url), code);
    },
  });
}

/** The error of a history that cannot be expressed in the base asked for. */
export const notInBase = (code: string, base: string) => new DataError('empty', `Rates of ${code} in ${base} are not available from this source`);

/**
 * A history source whose series are expressed in `base`. A series already in `base` passes
 * through; otherwise, when `cross` is allowed, the source's history of `base` itself is loaded
 * too and the two are divided day by day (CNY in KZT = CNY/RUB ÷ KZT/RUB), the way the table
 * computes cross rates from one sheet. Anything else is a `empty` error: no silently wrong picture.
 */
export function inBase(history: Source<RateSeries, SeriesQuery>, base: string, cross: boolean): Source<RateSeries, SeriesQuery> {
  const { id, stable } = identityOf(history);
  const source: Source<RateSeries, SeriesQuery> = {
    name: `${history.name}|in:${base}`,
    ttl: history.ttl,
    restore: (saved, savedAt) => {
      const series = history.restore?.(saved, savedAt);
      return series?.base === base ? series : undefined;
    },
    key: (query) => (history.key ? history.key(query) : JSON.stringify(query)),
    async load(query, context) {
      const series = await history.load(query, context);
      if (series.base === base) return series;
      if (!cross || series.code === base) throw notInBase(series.code, base);
      let divisor: RateSeries;
      try {
        divisor = await history.load({ ...query, code: base }, context);
      } catch (error) {
        if (context.signal.aborted) throw error;
        throw notInBase(series.code, base);
      }
      if (divisor.code !== base || divisor.base !== series.base) throw notInBase(series.code, base);
      return crossSeries(series, divisor, base);
    },
  };
  return identify(`${id}|in:${base}${cross ? '|cross' : ''}`, source, stable);
}
