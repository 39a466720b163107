/**
 * The library's languages: which there are, how the ones beyond the built-in English, Russian and
 * Chinese arrive, and how placeholders are filled. The words themselves are in `built-in/` (one
 * module per widget, which the widget imports itself, so it carries only its own words:
 * `translations('table', table, locale)`) and `on-demand/` (one file per language).
 */
export { format, type Catalog, type IntlGaps, type LanguageFile, type Section } from './catalog.js';
export { LANGUAGES, BUILT_IN, languageOf, type Language } from '../core/languages.js';
export { languagePending, requestLanguage, translations, translationsIfAny } from './translations.js';
