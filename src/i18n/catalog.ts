/**
 * What a language gives the widgets: one file per language in `languages/`, each with the sections
 * and keys of the English (`languages/en.ts`, the source, which says where each string shows), every
 * value a string. Placeholders `{name}` are filled by `format`; a translation may move a placeholder
 * but keeps every one (a test checks). What the widgets read from `Intl` (numbers, dates, state and
 * currency names) is not here, except for the languages whose data browsers lack (`IntlGaps`).
 * `glossary/` says which central bank's usage each language follows and what each translation was
 * checked against.
 */
import type { IntlGaps } from '../core/intl-cache.js';
import type { Strings } from './strings.js';
import type * as en from './languages/en.js';

export type { IntlGaps, Strings };

/** The sections of the English, every value widened to `string` for another language to fill in. */
export type Catalog = { readonly [S in keyof typeof en]: Strings<(typeof en)[S]> };

/** A section's name: `translations('table', …)`. */
export type Section = keyof Catalog;

/** A language file as a module: every section, and what `Intl` lacks for it. */
export type LanguageFile = Catalog & Partial<IntlGaps>;

/** `template` with each `{name}` replaced by `values[name]`; a placeholder with no value stays as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
