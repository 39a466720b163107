/**
 * What a language gives the widgets: one section per widget (and the status line of every widget,
 * that of the widgets with data, sources and capitals), with the keys of the English in `built-in/`,
 * every value a string. Placeholders `{name}` are filled by `format`; a translation may move a
 * placeholder but keeps every one (a test checks). What the widgets read from `Intl` (numbers, dates, state and currency names) is not
 * here, except for the languages whose data browsers lack (`IntlGaps`). `glossary/` says which
 * central bank's usage each language follows and what each translation was checked against.
 */
import type * as capitals from './built-in/capitals.js';
import type * as chart from './built-in/chart.js';
import type * as clock from './built-in/clock.js';
import type * as converter from './built-in/converter.js';
import type * as dataStatus from './built-in/data-status.js';
import type * as members from './built-in/members.js';
import type * as sources from './built-in/sources.js';
import type * as status from './built-in/status.js';
import type * as table from './built-in/table.js';
import type * as ticker from './built-in/ticker.js';
import type { IntlGaps } from '../core/intl-cache.js';
import type { Strings } from './strings.js';

export type { IntlGaps, Strings };

export interface Catalog {
  readonly status: Strings<typeof status.en>;
  readonly dataStatus: Strings<typeof dataStatus.en>;
  readonly sources: Strings<typeof sources.en>;
  readonly table: Strings<typeof table.en>;
  readonly converter: Strings<typeof converter.en>;
  readonly chart: Strings<typeof chart.en>;
  readonly clock: Strings<typeof clock.en>;
  readonly ticker: Strings<typeof ticker.en>;
  readonly members: Strings<typeof members.en>;
  readonly capitals: Strings<typeof capitals.en>;
}

export type Section = keyof Catalog;

/** A language file of `on-demand/` as a module: every section, and what `Intl` lacks for it. */
export type LanguageFile = Catalog & Partial<IntlGaps>;

/** `template` with each `{name}` replaced by `values[name]`; a placeholder with no value stays as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
