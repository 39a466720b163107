import { DataError } from './errors.js';
import type { Rate, RatePoint, RateSeries, RateSheet } from './types.js';

/**
 * The smallest power-of-ten multiple of `start` for which the rate reads as a number with a
 * leading digit (≥ 0.1), the way banks pick their nominals: 100 tenge, 10,000 sum.
 */
export function readableNominal(perUnit: number, start = 1): number {
  let nominal = start;
  while (perUnit * nominal < 0.1 && nominal < 1e9) nominal *= 10;
  return nominal;
}

function rebaseRates(rates: Rate[], from: string, to: string, names: Map<string, string>): Rate[] | undefined {
  if (to === from) return rates;
  const target = rates.find((r) => r.code === to);
  if (!target) return undefined;
  const inTarget = (perUnit: number, code: string, name: string, start: number, numCode?: string): Rate => {
    const nominal = readableNominal(perUnit, start);
    return { code, numCode, name, nominal, value: perUnit * nominal, perUnit };
  };
  const oldBase = inTarget(1 / target.perUnit, from, names.get(from) ?? from, 1);
  return [oldBase, ...rates.filter((r) => r.code !== to).map((r) => inTarget(r.perUnit / target.perUnit, r.code, r.name, r.nominal, r.numCode))];
}

/**
 * The same sheet expressed in another currency, computed as cross rates through the sheet's own
 * base. The old base becomes a row of its own. A currency the sheet does not quote cannot be a base.
 */
export function rebase(sheet: RateSheet, base: string): RateSheet {
  if (base === sheet.base) return sheet;
  const names = new Map<string, string>();
  const rates = rebaseRates(sheet.rates, sheet.base, base, names);
  if (!rates) throw new DataError('empty', `The ${sheet.source} sheet does not quote ${base}, so rates cannot be expressed in it`);
  const previous = sheet.previous && rebaseRates(sheet.previous, sheet.base, base, names);
  const { source, date } = sheet;
  return previous ? { source, base, date, rates, previous } : { source, base, date, rates };
}

/** How a rate moved against the previous set, per the current nominal; undefined when unknown. */
export function changeOf(rate: Rate, previous: Rate[] | undefined): number | undefined {
  const before = previous?.find((r) => r.code === rate.code);
  if (!before) return undefined;
  return rate.value - (before.nominal === rate.nominal ? before.value : before.perUnit * rate.nominal);
}

/**
 * `series ÷ divisor` on every date either of them has a record, each side taking the rate in
 * effect on that date (a rate stays in effect until the next record).
 */
export function crossSeries(series: RateSeries, divisor: RateSeries, base: string): RateSeries {
  const dates = [...new Set([...series.points, ...divisor.points].map((p) => p.date))].sort();
  const last = series.points.at(-1)!.perUnit / divisor.points.at(-1)!.perUnit;
  const nominal = readableNominal(last);
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
