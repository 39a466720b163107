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
import type * as ru from './languages/ru.js';
import type * as zh from './languages/zh.js';
import type * as kk from './languages/kk.js';
import type * as ky from './languages/ky.js';
import type * as tg from './languages/tg.js';
import type * as uz from './languages/uz.js';
import type * as hi from './languages/hi.js';
import type * as ur from './languages/ur.js';
import type * as fa from './languages/fa.js';
import type * as be from './languages/be.js';
import type * as ar from './languages/ar.js';
import type * as tr from './languages/tr.js';
import type * as mn from './languages/mn.js';
import type * as hy from './languages/hy.js';
import type * as az from './languages/az.js';

export type { IntlGaps, Strings };

/** The sections of the English, every value widened to `string` for another language to fill in. */
export type Catalog = { readonly [S in keyof typeof en]: Strings<(typeof en)[S]> };

/** A section's name: `translations('table', …)`. */
export type Section = keyof Catalog;

/** A language file as a module: every section, and what `Intl` lacks for it. */
export type LanguageFile = Catalog & Partial<IntlGaps>;

/**
 * A language file that has every section and nothing else beside what `Intl` lacks (each section
 * is typed `Catalog[section]` in its file, so a missing or extra key fails there).
 */
type Checked<File extends LanguageFile & { readonly [Extra in Exclude<keyof File, keyof LanguageFile>]: never }> = File;

/** Every language's file, each checked against the English. */
export interface LanguageFiles {
  readonly en: Checked<typeof en>;
  readonly ru: Checked<typeof ru>;
  readonly zh: Checked<typeof zh>;
  readonly kk: Checked<typeof kk>;
  readonly ky: Checked<typeof ky>;
  readonly tg: Checked<typeof tg>;
  readonly uz: Checked<typeof uz>;
  readonly hi: Checked<typeof hi>;
  readonly ur: Checked<typeof ur>;
  readonly fa: Checked<typeof fa>;
  readonly be: Checked<typeof be>;
  readonly ar: Checked<typeof ar>;
  readonly tr: Checked<typeof tr>;
  readonly mn: Checked<typeof mn>;
  readonly hy: Checked<typeof hy>;
  readonly az: Checked<typeof az>;
}

/** `template` with each `{name}` replaced by `values[name]`; a placeholder with no value stays as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([\w-]+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
