/**
 * How a language beyond the built-in ones reaches the script-tag bundle, which must stay one file:
 * from `i18n/<language>.js` beside the bundle, found from the bundle's own URL (so a copy served
 * from any host or path finds its languages). The build puts this module in place of `load.ts`.
 */
import type { OnDemandFile } from './load.js';
import type { OnDemandLanguage } from './languages.js';

// Read while the bundle runs: `currentScript` is the bundle's own tag only then.
const base = (globalThis.document?.currentScript as HTMLScriptElement | null)?.src || globalThis.location?.href;

export const loadLanguageFile = (language: OnDemandLanguage): Promise<OnDemandFile> => import(new URL(`i18n/${language}.js`, base).href);
