/**
 * How a language beyond the built-in ones arrives: its whole file (`languages/<language>.ts`) as a
 * chunk of its own, which bundlers and the CDN build split out, and the script-tag bundle loads
 * from `i18n/<language>.js` beside itself (scripts/beside-the-script.mjs).
 */
import type { OnDemandLanguage } from '../core/languages.js';
import type { LanguageFiles } from './language-files.js';

const files: { readonly [L in OnDemandLanguage]: () => Promise<LanguageFiles[L]> } = {
  kk: () => import('./languages/kk.js'),
  ky: () => import('./languages/ky.js'),
  tg: () => import('./languages/tg.js'),
  uz: () => import('./languages/uz.js'),
  hi: () => import('./languages/hi.js'),
  ur: () => import('./languages/ur.js'),
  fa: () => import('./languages/fa.js'),
  be: () => import('./languages/be.js'),
  ar: () => import('./languages/ar.js'),
  tr: () => import('./languages/tr.js'),
  mn: () => import('./languages/mn.js'),
  hy: () => import('./languages/hy.js'),
  az: () => import('./languages/az.js'),
};

export const loadLanguageFile = <L extends OnDemandLanguage>(language: L): Promise<LanguageFiles[L]> => files[language]();
