/**
 * How a language beyond the built-in ones reaches the script-tag bundle, which must stay one file:
 * from `i18n/<language>.js` beside the bundle. The build puts this module in place of `load.ts`.
 */
import { besideTheScript } from '../core/base-path.js';
import type { OnDemandFile } from './load.js';
import type { OnDemandLanguage } from '../core/languages.js';

export const loadLanguageFile = (language: OnDemandLanguage): Promise<OnDemandFile> => import(besideTheScript(`i18n/${language}.js`));
