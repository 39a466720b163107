/**
 * The arithmetic of the chart, free of DOM and Lit: scales, "nice" ticks, the path through the
 * real records, where everything goes in a box of a given size, and the nearest record to a
 * pointer. Dates are whole UTC days, so the x axis is proportional to time and a weekend without a
 * record is a gap, not a point.
 */
import type { RateSeries } from '../../data/types.js';
import { dateTimeFormat, numberFormat } from '../../core/intl-cache.js';
import type { BoxSize } from './resize-controller.js';

const DAY = 86_400_000;

/** `YYYY-MM-DD` → days since 1970-01-01. */
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** Days since 1970-01-01 → a Date at noon UTC (safe to format in any time zone with `timeZone: 'UTC'`). */
export const dateOfDay = (day: number): Date => new Date(day * DAY + DAY / 2);

/** Ticks on a 1-2-5 ladder that cover [min, max], about `count` of them, and the decimals they need. */
export function valueTicks(min: number, max: number, count: number): { ticks: number[]; decimals: number } {
  // A flat series (or one flat but for rounding noise) gets a band of ±1% around it.
  if (max - min <= Math.abs(max) * 1e-9) {
    const pad = Math.abs(min) * 0.01 || 1;
    [min, max] = [min - pad, max + pad];
  }
  const rough = (max - min) / Math.max(count - 1, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks: number[] = [];
  // Multiply, never add: repeated addition of 0.1 drifts.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return { ticks, decimals };
}

export type DateUnit = 'day' | 'month' | 'year';

/** Candidate spacings, smallest first; weeks start on Monday (day 4 of the epoch). */
const DATE_STEPS: ReadonlyArray<{ unit: DateUnit; step: number }> = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'day', step: 14 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  ...[1, 2, 5, 10, 20, 50].map((step) => ({ unit: 'year' as const, step })),
];

/**
 * Calendar-aligned date ticks in [from, to] (day numbers): the finest spacing for which the ticks
 * fit, `max(unit)` being how many labels of that unit's width fit the axis.
 */
export function dateTicks(from: number, to: number, max: (unit: DateUnit) => number): { days: number[]; unit: DateUnit } {
  for (const { unit, step } of DATE_STEPS) {
    const days = ticksOf(unit, step, from, to);
    if (days.length <= Math.max(max(unit), 1)) return { days, unit };
  }
  return { days: [from], unit: 'year' };
}

function ticksOf(unit: DateUnit, step: number, from: number, to: number): number[] {
  const days: number[] = [];
  if (unit === 'day') {
    const offset = step === 7 || step === 14 ? 4 : 0;
    for (let d = Math.ceil((from - offset) / step) * step + offset; d <= to; d += step) days.push(d);
    return days;
  }
  const start = dateOfDay(from);
  const months = unit === 'month' ? step : step * 12;
  let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
  index = Math.ceil(index / months) * months;
  for (; ; index += months) {
    const day = Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY;
    if (day > to) break;
    if (day >= from) days.push(day);
  }
  return days;
}

/** A straight line from `domain` to `range`; a zero-width domain maps to the middle of the range. */
export function scale([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

export interface XY {
  x: number;
  y: number;
}

const n = (v: number) => Math.round(v * 10) / 10;

/** `M x,y L x,y …`: one vertex per record, straight segments between them. */
export function linePath(points: readonly XY[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${n(p.x)},${n(p.y)}`).join(' ');
}

/** The line closed down to `bottom`, for the filled area under it. */
export function areaPath(points: readonly XY[], bottom: number): string {
  if (!points.length) return '';
  return `${linePath(points)} L${n(points.at(-1)!.x)},${n(bottom)} L${n(points[0].x)},${n(bottom)} Z`;
}

/** Index of the point whose x is closest to `x`; `xs` ascending or descending (right-to-left charts). */
export function nearestIndex(xs: readonly number[], x: number): number {
  if (xs.length < 2) return 0;
  const ascending = xs[0] <= xs.at(-1)!;
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ascending ? xs[mid] <= x : xs[mid] >= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[lo] - x) <= Math.abs(xs[hi] - x) ? lo : hi;
}

/** Everything the picture needs, computed once per series, size, direction and locale. */
export interface Plot {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Per record, in the order of the series (oldest first). */
  xs: number[];
  ys: number[];
  line: string;
  area: string;
  /** Anchored at their end, which is their right in a left-to-right chart and their left in a right-to-left one. */
  yTicks: Array<{ y: number; text: string; x: number }>;
  xTicks: Array<{ x: number; text: string }>;
  labelY: number;
  /** Whether there is room to mark every record. */
  markers: boolean;
}

/**
 * A date tick's label: day and month; a month's name, or the year at each January; a year. Month
 * and year ticks sit on Gregorian boundaries, so they are named in the Gregorian calendar even
 * where the locale's own is another (fa: Solar Hijri), where the day labels stay in it.
 */
function dateLabel(locale: string, unit: DateUnit, day: number): string {
  const date = dateOfDay(day);
  if (unit === 'day') return dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  const options: Intl.DateTimeFormatOptions = unit === 'month' && date.getUTCMonth() !== 0 ? { month: 'short' } : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: 'UTC' }).format(date);
}

/** About how wide `text` is, in tabular digits: a CJK character, an em wide, counts as 1.6 of them. */
const widthInDigits = (text: string) => text.length + 0.6 * (text.match(/[\u2e80-\uffff]/g)?.length ?? 0);

/**
 * Where everything goes, in real pixels. Label widths are estimated from the font size (about
 * 0.6 em per character of tabular digits, an em per CJK character) instead of measured, so layout
 * never reads the DOM.
 */
export function layout(series: RateSeries, values: number[], size: BoxSize, rtl: boolean, locale: string): Plot {
  const { width, height } = size;
  const em = size.fontSize * 0.75;
  const charWidth = em * 0.62;
  const top = Math.ceil(em * 0.8);
  const bottom = height - Math.ceil(em * 1.8);

  const yCount = Math.min(6, Math.max(2, Math.floor((bottom - top) / (em * 3.5))));
  const { ticks, decimals } = valueTicks(Math.min(...values), Math.max(...values), yCount);
  const valueText = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const yTexts = ticks.map((t) => valueText.format(t));
  const gutter = Math.ceil(Math.max(...yTexts.map((t) => t.length)) * charWidth) + 10;
  const left = rtl ? 4 : gutter;
  const right = rtl ? width - gutter : width - 4;
  const y = scale([ticks[0], ticks.at(-1)!], [bottom, top]);

  const days = series.points.map((p) => dayNumber(p.date));
  const first = days[0];
  const last = days.at(-1)!;
  // A few pixels inside the plot, so the end markers are whole.
  const x = scale([first, last], rtl ? [right - 5, left + 5] : [left + 5, right - 5]);
  const xs = days.map(x);
  const ys = values.map(y);

  // How many labels of each kind fit: a sample label's width plus a gap.
  const fit = (unit: DateUnit) => Math.floor((right - left) / (widthInDigits(dateLabel(locale, unit, first)) * charWidth + em * 2));
  const { days: tickDays, unit } = dateTicks(first, last, fit);
  const xTicks = tickDays.map((d) => {
    const text = dateLabel(locale, unit, d);
    // Keep a label whole inside the box at either end.
    const half = (widthInDigits(text) * charWidth) / 2;
    return { x: Math.min(width - half, Math.max(half, x(d))), text };
  });

  const points = xs.map((px, i) => ({ x: px, y: ys[i] }));
  const span = Math.abs(xs.at(-1)! - xs[0]);
  return {
    width,
    height,
    top,
    bottom,
    left,
    right,
    xs,
    ys,
    line: linePath(points),
    area: areaPath(points, bottom),
    yTicks: ticks.map((t, i) => ({ y: y(t), text: yTexts[i], x: rtl ? right + 6 : left - 6 })),
    xTicks,
    labelY: bottom + em * 1.45,
    markers: xs.length === 1 || span / (xs.length - 1) >= 6,
  };
}
