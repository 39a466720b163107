/**
 * How a language beyond the built-in ones arrives: as a chunk of its own, which bundlers and the
 * CDN build split out, and the script-tag bundle loads from `i18n/<language>.js` beside itself
 * (scripts/beside-the-script.mjs).
 */
import type { IntlGaps } from '../core/intl-cache.js';
import type { OnDemandLanguage } from '../core/languages.js';

/** A language file as it arrives: its sections by name, and what `Intl` lacks for it (see `LanguageFile`). */
export type OnDemandFile = Readonly<Record<string, unknown>> & Partial<IntlGaps>;

const files: Record<OnDemandLanguage, () => Promise<OnDemandFile>> = {
  kk: () => import('./on-demand/kk.js'),
  ky: () => import('./on-demand/ky.js'),
  tg: () => import('./on-demand/tg.js'),
  uz: () => import('./on-demand/uz.js'),
  hi: () => import('./on-demand/hi.js'),
  ur: () => import('./on-demand/ur.js'),
  fa: () => import('./on-demand/fa.js'),
  be: () => import('./on-demand/be.js'),
  ar: () => import('./on-demand/ar.js'),
  tr: () => import('./on-demand/tr.js'),
  mn: () => import('./on-demand/mn.js'),
  hy: () => import('./on-demand/hy.js'),
  az: () => import('./on-demand/az.js'),
};

export const loadLanguageFile = (language: OnDemandLanguage): Promise<OnDemandFile> => files[language]();
