/**
 * How a language beyond the built-in ones arrives: as a chunk of its own, which bundlers and the
 * CDN build split out. The script-tag bundle swaps this module for `load.script.ts`.
 */
import type { LanguageFile } from './catalog.js';
import type { OnDemandLanguage } from './languages.js';

const files: Record<OnDemandLanguage, () => Promise<LanguageFile>> = {
  kk: () => import('./kk.js'),
  ky: () => import('./ky.js'),
  tg: () => import('./tg.js'),
  uz: () => import('./uz.js'),
  hi: () => import('./hi.js'),
  ur: () => import('./ur.js'),
  fa: () => import('./fa.js'),
  be: () => import('./be.js'),
  ar: () => import('./ar.js'),
  tr: () => import('./tr.js'),
  mn: () => import('./mn.js'),
  hy: () => import('./hy.js'),
  az: () => import('./az.js'),
};

export const loadLanguageFile = (language: OnDemandLanguage): Promise<LanguageFile> => files[language]();
