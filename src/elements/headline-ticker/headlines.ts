import { safeHttpUrl } from '../../data/feeds/links.js';
import type { Headline } from '../../data/types.js';
import type { DateWriter } from './date-writer.js';
import { zoneOrViewers } from './format-date.js';

/**
 * The headlines to show: newest first (undated ones after, in feed order), at most `limit`. An entry
 * with no title text is left out: it would be an empty link.
 */
export function newestFirst(items: readonly Headline[], limit: number): Headline[] {
  const time = (h: Headline) => {
    const ms = h.published ? Date.parse(h.published) : NaN;
    return Number.isNaN(ms) ? -Infinity : ms;
  };
  return items
    .filter((headline) => headline.title?.trim())
    .map((headline) => ({ headline, time: time(headline) }))
    .sort((a, b) => (b.time === a.time ? 0 : b.time > a.time ? 1 : -1))
    .slice(0, Math.max(0, limit))
    .map(({ headline }) => headline);
}

/** A headline's date for `<time>`: the machine value and the text in the widget's format and zone. */
export interface DateLabel {
  datetime: string;
  text: string;
}

/** An ISO 8601 instant: a date, a time and its offset from UTC (`Z` or `±hh:mm`). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Writes an ISO instant with `write` (see `dateWriter`) in a time zone (an unknown or absent zone
 * means the viewer's). Undefined when the headline has no usable date.
 */
export function dateLabel(published: string | undefined, write: DateWriter, zone: string | undefined, locale: string): DateLabel | undefined {
  if (!published || !ISO_INSTANT.test(published)) return undefined;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return undefined;
  return { datetime: date.toISOString().replace('.000Z', 'Z'), text: write(date, locale, zoneOrViewers(zone)) };
}

/**
 * The link target of a headline: only `http:`/`https:`. The parser already drops everything else;
 * this guard also covers headlines given through `.data` or a custom source.
 */
export function headlineHref(url: string | undefined): string | undefined {
  return safeHttpUrl(url, globalThis.document?.baseURI);
}

/** Whether a link `target` opens another browsing context (and so needs `rel="noopener noreferrer"`). */
export function opensNewWindow(target: string | undefined): boolean {
  return !!target && !['_self', '_parent', '_top'].includes(target.toLowerCase());
}
