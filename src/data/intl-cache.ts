/**
 * The library's one cache of Intl objects and of the facts read from them (a locale's digits, its
 * writing direction, its hour cycle, whether a zone exists). They are costly to build and every row
 * and every clock tick asks again. Bounded: the least recently used entry goes first, so a page that
 * cycles through many locales or zones does not grow without end. Emptied when the browser's
 * language changes, since answers for the runtime's default locale change with it.
 */

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

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cachedIntl(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  cachedIntl(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/**
 * The name of a region, currency, language or script in the first of `locales` the engine speaks,
 * else in English (no locales: the runtime's own). Undefined when there is none, rather than the
 * code echoed back: each caller says what to show instead (the code, or the source's own name).
 */
export function displayName(locales: string | readonly string[], type: Intl.DisplayNamesType, code: string): string | undefined {
  const requested = typeof locales === 'string' ? [locales] : locales;
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
