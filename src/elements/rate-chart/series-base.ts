import { DataError } from '../../data/errors.js';
import type { Source } from '../../data/source.js';
import type { SeriesQuery } from '../../data/sources/index.js';
import type { RatePoint, RateSeries } from '../../data/types.js';

export const notInBase = (code: string, base: string) => new DataError('empty', `Rates of ${code} in ${base} are not available from this source`);

/**
 * A history source whose series are expressed in `base`. A series already in `base` passes
 * through; otherwise, when `cross` is allowed, the source's history of `base` itself is loaded
 * too and the two are divided day by day (CNY in KZT = CNY/RUB ÷ KZT/RUB), the way the table
 * computes cross rates from one sheet. Anything else is a `empty` error: no silently wrong picture.
 */
export function inBase(history: Source<RateSeries, SeriesQuery>, base: string, cross: boolean): Source<RateSeries, SeriesQuery> {
  return {
    name: `${history.name}|in:${base}`,
    ttl: history.ttl,
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
}

/**
 * `series ÷ divisor` on every date either of them has a record, each side taking the rate in
 * effect on that date (a rate stays in effect until the next record).
 */
export function crossSeries(series: RateSeries, divisor: RateSeries, base: string): RateSeries {
  const dates = [...new Set([...series.points, ...divisor.points].map((p) => p.date))].sort();
  const last = series.points.at(-1)!.perUnit / divisor.points.at(-1)!.perUnit;
  // Like the banks: as many units as make the rate read with a leading digit (100 tenge, 10,000 sum).
  let nominal = 1;
  while (last * nominal < 0.1 && nominal < 1e9) nominal *= 10;
  const points: RatePoint[] = [];
  let i = -1;
  let j = -1;
  for (const date of dates) {
    while (i + 1 < series.points.length && series.points[i + 1].date <= date) i++;
    while (j + 1 < divisor.points.length && divisor.points[j + 1].date <= date) j++;
    if (i < 0 || j < 0) continue;
    const perUnit = series.points[i].perUnit / divisor.points[j].perUnit;
    points.push({ date, nominal, value: perUnit * nominal, perUnit });
  }
  return { source: series.source, base, code: series.code, points };
}
