import { isSaneNominal, isSaneRate } from './rate-range.js';
import type { Feed, RateSeries, RateSheet } from './types.js';

/**
 * Checks for data restored from localStorage, which anything on the origin (an old version of the
 * library, an extension, a person in the console) may have written: each gives the value back when
 * every field has the type and range the parsers would give it, else undefined, and the value is
 * dropped and fetched anew. One rule no parser needs: nothing is dated later than the visit that
 * saved it could have seen.
 */

type Check = (value: unknown) => boolean;
type Fields = { [key: string]: unknown };

const text: Check = (value) => typeof value === 'string';
const code: Check = (value) => text(value) && /^[A-Z]{3}$/.test(value as string);
const rate: Check = (value) => typeof value === 'number' && isSaneRate(value);
const nominal: Check = (value) => typeof value === 'number' && isSaneNominal(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length > 0 && value.every(check);
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(fields).every((key) => fields[key]((value as Fields)[key]));

/** An `http:` or `https:` URL, the only links a feed may carry. */
const webLink: Check = (value) => text(value) && URL.canParse(value as string) && /^https?:$/.test(new URL(value as string).protocol);
const instant: Check = (value) => text(value) && Number.isFinite(Date.parse(value as string));

/**
 * How far a date may run ahead of the moment it was fetched: banks set rates for the next business
 * day, and before long holidays (the New Year in Russia) for the days after them too.
 */
const MAX_AHEAD = 14 * 24 * 60 * 60 * 1000;

/** A `YYYY-MM-DD` calendar day no later than `MAX_AHEAD` after `saved`. */
const dayUpTo =
  (saved: number): Check =>
  (value) => {
    const day = text(value) && /^\d{4}-\d{2}-\d{2}$/.test(value as string) ? Date.parse(`${value as string}T00:00:00Z`) : NaN;
    return day <= saved + MAX_AHEAD && new Date(day).toISOString().startsWith(value as string);
  };

// Built on first use, not at import: a page that never restores anything should not pay for them.
const partial = () => optional(shape({ skipped: (value) => Number.isSafeInteger(value) && (value as number) > 0, reasons: optional(listOf(text)) }));
const quote = () => shape({ code, name: text, numCode: optional(text), nominal, value: rate, perUnit: rate });

/** A rate sheet as the parsers make it, saved at `saved` (ms since the epoch). */
export function restoreSheet(value: unknown, saved: number): RateSheet | undefined {
  const sheet = shape({ source: text, base: code, date: dayUpTo(saved), rates: listOf(quote()), previous: optional(listOf(quote())), partial: partial() });
  return sheet(value) ? (value as RateSheet) : undefined;
}

/** One currency's history as the parsers make it (oldest first), saved at `saved`. */
export function restoreSeries(value: unknown, saved: number): RateSeries | undefined {
  const point = shape({ date: dayUpTo(saved), nominal, value: rate, perUnit: rate });
  const series = shape({ source: text, base: code, code, points: listOf(point), partial: partial() });
  if (!series(value)) return undefined;
  const { points } = value as RateSeries;
  return points.every((point, i) => i === 0 || point.date >= points[i - 1].date) ? (value as RateSeries) : undefined;
}

/** A feed as `parseFeed` makes it. */
export function restoreFeed(value: unknown): Feed | undefined {
  const headline = shape({ id: text, title: text, url: optional(webLink), published: optional(instant), summary: optional(text) });
  const feed = shape({ title: optional(text), url: optional(webLink), items: (items) => Array.isArray(items) && items.every(headline) });
  return feed(value) ? (value as Feed) : undefined;
}
