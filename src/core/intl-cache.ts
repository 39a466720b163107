/**
 * The library's one cache of Intl objects and of the facts read from them (a locale's digits, its
 * writing direction, its hour cycle, whether a zone exists). They are costly to build and every row
 * and every clock tick asks again. Bounded: the least recently used entry goes first, so a page that
 * cycles through many locales or zones does not grow without end. Emptied when the browser's
 * language changes, since answers for the runtime's default locale change with it.
 */
import { primaryLanguage } from './languages.js';

/**
 * What a language ships because browsers have no CLDR data for it (Chromium has none for Kyrgyz,
 * Tajik, Belarusian, Mongolian and Armenian, and no names for Kazakh, Uzbek or Azerbaijani): the
 * names of states and currencies, and a locale whose digits, separators and numeric date order are
 * the language's own, for numbers and dates (which such a language writes in numbers only).
 */
export interface IntlGaps {
  readonly names: { readonly region: Readonly<Record<string, string>>; readonly currency: Readonly<Record<string, string>> };
  readonly formats: { readonly intl: string };
}

/** Enough for every locale, option set and zone a busy page uses at once (a few dozen each). */
export const INTL_CACHE_LIMIT = 500;

const entries = new Map<string, unknown>();

/** The cached value under `key`, made with `make` the first time. `key` must name everything `make` depends on. */
export function cachedIntl<T>(key: string, make: () => T): T {
  const found = entries.get(key) as T | undefined;
  if (found !== undefined || entries.has(key)) {
    // Map keeps insertion order: moving a hit to the end keeps the oldest at the front for eviction.
    entries.delete(key);
    entries.set(key, found);
    return found as T;
  }
  const made = make();
  entries.set(key, made);
  if (entries.size > INTL_CACHE_LIMIT) entries.delete(entries.keys().next().value!);
  return made;
}

/** Empties the cache (on `languagechange`, and for tests). */
export function clearIntlCache(): void {
  entries.clear();
}

/** How many entries the cache holds now. */
export const intlCacheSize = (): number => entries.size;

globalThis.addEventListener?.('languagechange', clearIntlCache);

const localesKey = (locales: string | readonly string[]) => (typeof locales === 'string' ? locales : locales.join(','));

/** What the language files supply for languages the engine has no CLDR data for, by language. */
const gaps = new Map<string, IntlGaps>();

/**
 * Takes a language file's stand-ins for what the engine lacks — only if it does lack them: an engine
 * with the language's data (Node's full ICU, a future browser) keeps its own. Such an engine names
 * Russia otherwise than in English; one without the data answers in English or its root locale.
 * The caller empties the cache once the language's file is in (`requestLanguage`).
 */
export function fillIntlGaps(language: string, stand: IntlGaps): void {
  const russia = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of('RU');
  if (russia(language) !== russia('en')) return;
  gaps.set(language, stand);
}

/** The stand-ins for `locale`'s language, if the engine lacks its data and they arrived. */
export const intlGaps = (locale: string): IntlGaps | undefined => (gaps.size ? gaps.get(primaryLanguage(locale)) : undefined);

/** Numbers in a language the engine lacks are written by a locale with the same digits and separators. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cachedIntl(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlGaps(locale)?.formats.intl ?? locale, options));

/**
 * Dates in a language the engine lacks are written in numbers, in the order of the language (by a
 * locale that shares it): the engine has no month or weekday names for it, and a stand-in's would be
 * another language's.
 */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  cachedIntl(`date|${locale}|${JSON.stringify(options)}`, () => {
    const stand = intlGaps(locale);
    return stand ? new Intl.DateTimeFormat(stand.formats.intl, inNumbers(options)) : new Intl.DateTimeFormat(locale, options);
  });

/** The same fields, every name written as a number: styles become fields, weekdays and eras go, hours run 0–23. */
function inNumbers({
  dateStyle,
  timeStyle,
  weekday: _weekday,
  era: _era,
  timeZoneName: _zoneName,
  dayPeriod: _dayPeriod,
  ...fields
}: Intl.DateTimeFormatOptions) {
  const numeric: Intl.DateTimeFormatOptions = { ...fields };
  if (dateStyle) Object.assign(numeric, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (timeStyle) Object.assign(numeric, { hour: '2-digit', minute: '2-digit' }, timeStyle === 'short' ? {} : { second: '2-digit' });
  if (numeric.month && numeric.month !== 'numeric' && numeric.month !== '2-digit') {
    numeric.month = '2-digit';
    // A month alone as a number says nothing: with its year it does (12.2025).
    if (!numeric.day && !numeric.year) numeric.year = 'numeric';
  }
  if (numeric.hour && numeric.hour12 === undefined && !numeric.hourCycle) numeric.hourCycle = 'h23';
  return numeric;
}

/**
 * The name of a region, currency, language or script in the first of `locales` the engine speaks,
 * else in English (no locales: the runtime's own). Undefined when there is none, rather than the
 * code echoed back: each caller says what to show instead (the code, or the source's own name).
 */
export function displayName(locales: string | readonly string[], type: Intl.DisplayNamesType, code: string): string | undefined {
  const requested = typeof locales === 'string' ? [locales] : locales;
  const shipped = requested.length ? intlGaps(requested[0]!)?.names : undefined;
  if (shipped && (type === 'region' || type === 'currency')) {
    const name = shipped[type][code.toUpperCase()];
    if (name) return name;
  }
  const names = cachedIntl(
    `names|${localesKey(locales)}|${type}`,
    () => new Intl.DisplayNames(requested.length ? [...requested, 'en'] : [], { type, fallback: 'none' }),
  );
  try {
    return names.of(code) ?? undefined;
  } catch {
    // A code of the wrong shape for the type (`of` throws RangeError): no name.
    return undefined;
  }
}
