/** Intl objects are costly to build and every row of every widget needs them: keep one per options. */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A display name, or undefined when Intl has none for the code (it then echoes the code back). */
export function displayName(locale: string, type: Intl.DisplayNamesType, code: string): string | undefined {
  const names = cached('names', locale, { type }, () => new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' }));
  try {
    return names.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}
