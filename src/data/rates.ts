import { DataError } from './errors.js';
import { MAX_NOMINAL, isSaneNominal, isSaneRate } from './rate-range.js';
import type { Rate, RatePoint, RateSeries, RateSheet, SkippedRows } from './types.js';

/**
 * The smallest power-of-ten multiple of `start` for which the rate reads as a number with a
 * leading digit (≥ 0.1), the way banks pick their nominals: 100 tenge, 10,000 sum.
 */
export function readableNominal(perUnit: number, start = 1): number {
  let nominal = start;
  while (perUnit * nominal < 0.1 && nominal < MAX_NOMINAL) nominal *= 10;
  return nominal;
}

/**
 * Whether a rate keeps the parsers' rules: a whole nominal up to `MAX_NOMINAL`, value and per-unit
 * value within `RATE_RANGE`. Cross rates are held to it, and widgets to show a hand-made sheet.
 */
export const isSaneQuote = (rate: Rate): boolean => isSaneNominal(rate.nominal) && isSaneRate(rate.value) && isSaneRate(rate.perUnit);

/** `rates` in `to` instead of `from`, with `from` as a row of its own (named by its code: the sheet has no name for its base). */
function rebaseRates(rates: Rate[], from: string, to: string): Rate[] | undefined {
  const target = rates.find((r) => r.code === to);
  if (!target) return undefined;
  const inTarget = (perUnit: number, code: string, name: string, start: number, numCode?: string): Rate => {
    const nominal = readableNominal(perUnit, start);
    return { code, numCode, name, nominal, value: perUnit * nominal, perUnit };
  };
  const oldBase = inTarget(1 / target.perUnit, from, from, 1);
  return [oldBase, ...rates.filter((r) => r.code !== to).map((r) => inTarget(r.perUnit / target.perUnit, r.code, r.name, r.nominal, r.numCode))];
}

/** A sheet's partial mark with `more` rows added to it; undefined when nothing was ever left out. */
function withSkipped(partial: SkippedRows | undefined, more: number, reason: string): SkippedRows | undefined {
  if (more === 0) return partial;
  return { skipped: (partial?.skipped ?? 0) + more, reasons: [...(partial?.reasons ?? []), reason].slice(0, 5) };
}

/**
 * The same sheet expressed in another currency, computed as cross rates through the sheet's own
 * base. The old base becomes a row of its own. A currency the sheet does not quote cannot be a base.
 * A cross rate outside `RATE_RANGE` is left out like an unreadable row, and the sheet marked partial.
 */
export function rebase(sheet: RateSheet, base: string): RateSheet {
  if (base === sheet.base) return sheet;
  const crossed = rebaseRates(sheet.rates, sheet.base, base);
  if (!crossed) throw new DataError('empty', `The ${sheet.source} sheet does not quote ${base}, so rates cannot be expressed in it`);
  const rates = crossed.filter(isSaneQuote);
  const previous = sheet.previous && rebaseRates(sheet.previous, sheet.base, base)?.filter(isSaneQuote);
  const { source, date } = sheet;
  const rebased: RateSheet = previous ? { source, base, date, rates, previous } : { source, base, date, rates };
  const partial = withSkipped(sheet.partial, crossed.length - rates.length, `Cross rates in ${base} out of range were left out`);
  if (partial) rebased.partial = partial;
  return rebased;
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
  let outOfRange = 0;
  let i = -1;
  let j = -1;
  for (const date of dates) {
    while (i + 1 < series.points.length && series.points[i + 1].date <= date) i++;
    while (j + 1 < divisor.points.length && divisor.points[j + 1].date <= date) j++;
    if (i < 0 || j < 0) continue;
    const perUnit = series.points[i].perUnit / divisor.points[j].perUnit;
    const point = { date, nominal, value: perUnit * nominal, perUnit };
    if (isSaneRate(point.perUnit) && isSaneRate(point.value)) points.push(point);
    else outOfRange++;
  }
  if (points.length === 0) throw new DataError('empty', `No rate of ${series.code} in ${base} can be computed from these histories`);
  const crossed: RateSeries = { source: series.source, base, code: series.code, points };
  const partial = withSkipped(series.partial ?? divisor.partial, outOfRange, `Cross rates in ${base} out of range were left out`);
  if (partial) crossed.partial = partial;
  return crossed;
}
