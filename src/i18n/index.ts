/**
 * The library's languages: which there are, how the ones beyond the built-in English, Russian and
 * Chinese arrive, and how placeholders are filled. The words themselves are in `languages/`, one
 * file per language; each widget imports its own section of the built-in ones from `built-in/`
 * (`translations('table', table, locale)`), so it carries only its own words.
 */
export { format, type Catalog, type IntlGaps, type LanguageFile, type Section } from './catalog.js';
export { LANGUAGES, BUILT_IN, languageOf, type Language } from '../core/languages.js';
export { languagePending, requestLanguage, translations, translationsIfAny } from './translations.js';
