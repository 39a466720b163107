/**
 * The widgets' words. Each accessor gives one section in a locale's language; a widget imports only
 * its own, so it carries only its own words in the built-in languages (the rest are tree-shaken).
 */
import * as en from './en.js';
import * as ru from './ru.js';
import * as zh from './zh.js';
import { translations, translationsIfAny } from './translations.js';

export { format, type Catalog, type IntlGaps, type LanguageFile, type Section } from './catalog.js';
export { LANGUAGES, BUILT_IN, languageOf, type Language } from './languages.js';
export { languagePending, onLanguageLoaded, requestLanguage } from './translations.js';

export const statusText = (locale: string) => translations('status', { en: en.status, ru: ru.status, zh: zh.status }, locale);
export const sourcesText = (locale: string) => translations('sources', { en: en.sources, ru: ru.sources, zh: zh.sources }, locale);
export const tableText = (locale: string) => translations('table', { en: en.table, ru: ru.table, zh: zh.table }, locale);
export const converterText = (locale: string) => translations('converter', { en: en.converter, ru: ru.converter, zh: zh.converter }, locale);
export const chartText = (locale: string) => translations('chart', { en: en.chart, ru: ru.chart, zh: zh.chart }, locale);
export const clockText = (locale: string) => translations('clock', { en: en.clock, ru: ru.clock, zh: zh.clock }, locale);
export const tickerText = (locale: string) => translations('ticker', { en: en.ticker, ru: ru.ticker, zh: zh.ticker }, locale);
export const membersText = (locale: string) => translations('members', { en: en.members, ru: ru.members, zh: zh.members }, locale);
/** Capital names: undefined for a language we have none in, so a list of locales can try the next. */
export const capitalsText = (locale: string) => translationsIfAny('capitals', { en: en.capitals, ru: ru.capitals, zh: zh.capitals }, locale);
/** The capital names of the built-in languages, for the data API's `CAPITALS`. */
export const builtInCapitals = { en: en.capitals, ru: ru.capitals, zh: zh.capitals };
