/**
 * The shape of a language file: the sections of `en.ts`, each with the same keys, every value a
 * string (placeholders `{name}` are filled by `format`). A language whose data browsers lack adds
 * what the widgets would otherwise read from `Intl` (`IntlGaps`).
 */
import type * as en from './en.js';

/** A section of `en.ts` with every value widened to `string`, so another language can fill it in. */
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export interface Catalog {
  readonly status: Strings<typeof en.status>;
  readonly sources: Strings<typeof en.sources>;
  readonly table: Strings<typeof en.table>;
  readonly converter: Strings<typeof en.converter>;
  readonly chart: Strings<typeof en.chart>;
  readonly clock: Strings<typeof en.clock>;
  readonly ticker: Strings<typeof en.ticker>;
  readonly members: Strings<typeof en.members>;
  readonly capitals: Strings<typeof en.capitals>;
}

export type Section = keyof Catalog;

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

/** A language file as a module: its catalogue, and what `Intl` lacks for it. */
export type LanguageFile = Catalog & Partial<IntlGaps>;

/** `template` with each `{name}` replaced by `values[name]`; a placeholder with no value stays as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
