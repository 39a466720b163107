/**
 * Every language's file as the typecheck holds it to the English: each has every section and
 * nothing else beside what `Intl` lacks (each section is typed `Catalog[section]` in its file, so a
 * missing or extra key fails there). Types only, and apart from `catalog.ts`, which the language
 * files import: no import goes round in a circle.
 */
import type { LanguageFile } from './catalog.js';
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

/** A language file with every section and nothing else beside what `Intl` lacks. */
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
