/**
 * Which code writes the ticker's dates. `formatDate` writes the common tokens from `Intl` alone;
 * luxon, 22 KB gzip, knows the rest of its token language (localized macros such as `DDD`, zones,
 * ISO weeks, eras…), so it comes, once per page, only for a pattern that uses one of them.
 */
import { formatDate, splitPattern, writesToken } from './format-date.js';
import { later } from '../../core/loader.js';

/** The portal's format, and the one written when luxon cannot load. */
export const DEFAULT_DATE_FORMAT = 'dd.MM.yyyy HH:mm';

/** Writes a date in a locale and an IANA zone (undefined: the viewer's). */
export type DateWriter = (date: Date, locale: string, zone: string | undefined) => string;

/**
 * Whether `pattern` has a token `formatDate` does not write. Luxon's tokens are all ASCII letters:
 * any other run (punctuation, spaces, digits) it prints as written, as `formatDate` does.
 */
export const needsLuxon = (pattern: string): boolean => splitPattern(pattern).some(({ text, quoted }) => !quoted && /^[a-z]/i.test(text) && !writesToken(text));

/** Luxon, once per page, for the patterns that need it. */
const luxon = later(() => import('luxon'));

/** Loads luxon (once per page); settles when it is here, failed, or later than the page's timeout. */
export const luxonArrival = async (): Promise<void> => void (await luxon.arrived());

const withIntl =
  (pattern: string): DateWriter =>
  (date, locale, zone) =>
    formatDate(date, pattern, locale, zone);

/**
 * How to write dates in `pattern`: `formatDate` when it knows every token; luxon when the pattern
 * needs it and it is here, the default format when it failed to load (never the tokens as written).
 * While luxon is on its way (asked for here; `luxonArrival()` says when) it is not `ready`, and
 * `write` writes the default format, for placeholders nobody sees.
 */
export function dateWriter(pattern: string): { write: DateWriter; ready: boolean } {
  if (!needsLuxon(pattern)) return { write: withIntl(pattern), ready: true };
  const module = luxon.get();
  // Waited for until the page's timeout, then the default format until (if ever) it comes.
  if (!module) return { write: withIntl(DEFAULT_DATE_FORMAT), ready: !luxon.arriving() };
  const { DateTime } = module;
  // `system`, not luxon's default zone: the viewer's zone, as `formatDate` takes it.
  const write: DateWriter = (date, locale, zone) =>
    DateTime.fromJSDate(date, { zone: zone ?? 'system' })
      .setLocale(locale)
      .toFormat(pattern);
  return { write, ready: true };
}
