import { isSaneNominal, isSaneRate } from './numbers.js';
import type { Feed, Headline, Rate, RatePoint, RateSeries, RateSheet, SkippedRows } from './types.js';

/**
 * Checks for data restored from localStorage, which anything on the origin (an old version of the
 * library, an extension, a person in the console) may have written: each rebuilds the value from
 * fields of the right type, or gives undefined and the value is dropped and fetched anew. The
 * checks are the parsers' own rules (codes, nominals, rates within `RATE_RANGE`), plus one no
 * parser needs: nothing dated later than the visit that saved it could have seen.
 */

/**
 * How far a sheet's date may run ahead of the moment it was fetched: banks set rates for the next
 * business day, and before long holidays (the New Year in Russia) for the days after them too.
 */
const MAX_DAYS_AHEAD = 14;
const DAY = 24 * 60 * 60 * 1000;

type Fields = { [key: string]: unknown };
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown) => value === undefined || isText(value);
const isCode = (value: unknown): value is string => isText(value) && /^[A-Z]{3}$/.test(value);

/** A `YYYY-MM-DD` calendar day no later than `MAX_DAYS_AHEAD` after `saved`. */
function isDateUpTo(value: unknown, saved: number): value is string {
  if (!isText(value) || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(day) && new Date(day).toISOString().startsWith(value) && day <= saved + MAX_DAYS_AHEAD * DAY;
}

function rateFrom(value: unknown): Rate | undefined {
  if (!isRecord(value)) return undefined;
  const { code, numCode, name, nominal, value: amount, perUnit } = value;
  if (!isCode(code) || !isText(name) || !optionalText(numCode)) return undefined;
  if (typeof nominal !== 'number' || !isSaneNominal(nominal)) return undefined;
  if (typeof amount !== 'number' || !isSaneRate(amount) || typeof perUnit !== 'number' || !isSaneRate(perUnit)) return undefined;
  const rate: Rate = { code, name, nominal, value: amount, perUnit };
  if (numCode !== undefined) rate.numCode = numCode as string;
  return rate;
}

/** Every element through `read`, or undefined if any fails: a half-valid list is not what was saved. */
function everyOf<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: T[] = [];
  for (const item of value) {
    const accepted = read(item);
    if (accepted === undefined) return undefined;
    items.push(accepted);
  }
  return items;
}

function partialFrom(value: unknown): SkippedRows | undefined | false {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.skipped !== 'number' || !Number.isSafeInteger(value.skipped) || value.skipped < 1) return false;
  const reasons = everyOf(value.reasons, (reason) => (isText(reason) ? reason : undefined));
  return reasons ? { skipped: value.skipped, reasons } : false;
}

/** A rate sheet as the parsers make it, saved at `saved` (ms since the epoch). */
export function restoreSheet(value: unknown, saved: number): RateSheet | undefined {
  if (!isRecord(value) || !isText(value.source) || !isCode(value.base) || !isDateUpTo(value.date, saved)) return undefined;
  const rates = everyOf(value.rates, rateFrom);
  const previous = value.previous === undefined ? undefined : everyOf(value.previous, rateFrom);
  const partial = partialFrom(value.partial);
  if (!rates || rates.length === 0 || (value.previous !== undefined && !previous) || partial === false) return undefined;
  const sheet: RateSheet = { source: value.source, base: value.base, date: value.date, rates };
  if (previous) sheet.previous = previous;
  if (partial) sheet.partial = partial;
  return sheet;
}

function pointFrom(value: unknown, saved: number): RatePoint | undefined {
  if (!isRecord(value) || !isDateUpTo(value.date, saved)) return undefined;
  const { nominal, value: amount, perUnit } = value;
  if (typeof nominal !== 'number' || !isSaneNominal(nominal)) return undefined;
  if (typeof amount !== 'number' || !isSaneRate(amount) || typeof perUnit !== 'number' || !isSaneRate(perUnit)) return undefined;
  return { date: value.date, nominal, value: amount, perUnit };
}

/** One currency's history as the parsers make it (oldest first), saved at `saved`. */
export function restoreSeries(value: unknown, saved: number): RateSeries | undefined {
  if (!isRecord(value) || !isText(value.source) || !isCode(value.base) || !isCode(value.code)) return undefined;
  const points = everyOf(value.points, (point) => pointFrom(point, saved));
  const partial = partialFrom(value.partial);
  if (!points || points.length === 0 || partial === false) return undefined;
  if (points.some((point, i) => i > 0 && point.date < points[i - 1].date)) return undefined;
  const series: RateSeries = { source: value.source, base: value.base, code: value.code, points };
  if (partial) series.partial = partial;
  return series;
}

/** An `http:` or `https:` URL, the only links a feed may carry. */
function isWebLink(value: unknown): value is string {
  if (!isText(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function headlineFrom(value: unknown): Headline | undefined {
  if (!isRecord(value) || !isText(value.id) || !isText(value.title) || !optionalText(value.summary)) return undefined;
  if (value.url !== undefined && !isWebLink(value.url)) return undefined;
  if (value.published !== undefined && !(isText(value.published) && Number.isFinite(Date.parse(value.published)))) return undefined;
  const headline: Headline = { id: value.id, title: value.title };
  if (value.url !== undefined) headline.url = value.url as string;
  if (value.published !== undefined) headline.published = value.published as string;
  if (value.summary !== undefined) headline.summary = value.summary as string;
  return headline;
}

/** A feed as `parseFeed` makes it. */
export function restoreFeed(value: unknown): Feed | undefined {
  if (!isRecord(value) || !optionalText(value.title) || (value.url !== undefined && !isWebLink(value.url))) return undefined;
  const items = everyOf(value.items, headlineFrom);
  if (!items) return undefined;
  const feed: Feed = { items };
  if (value.title !== undefined) feed.title = value.title as string;
  if (value.url !== undefined) feed.url = value.url as string;
  return feed;
}
