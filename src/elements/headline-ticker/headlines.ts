import { DateTime } from 'luxon';
import { safeHttpUrl } from '../../data/feeds/links.js';
import type { Headline } from '../../data/types.js';

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

/**
 * Formats an ISO instant with luxon tokens in a time zone (an unknown or absent zone means the
 * viewer's). Undefined when the headline has no usable date.
 */
export function dateLabel(published: string | undefined, format: string, zone: string | undefined, locale: string): DateLabel | undefined {
  if (!published) return undefined;
  let date = DateTime.fromISO(published, { zone: zone || 'local', locale });
  if (!date.isValid && zone) date = DateTime.fromISO(published, { zone: 'local', locale });
  if (!date.isValid) return undefined;
  return { datetime: date.toUTC().toISO({ suppressMilliseconds: true }) ?? published, text: date.toFormat(format) };
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
