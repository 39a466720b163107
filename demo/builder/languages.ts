/** The languages the widgets speak, from the library's own list (src/i18n/languages.ts). */
export { LANGUAGES as SUPPORTED_LANGUAGES } from '../../src/i18n/languages.js';

/** A language by its own name ("Русский", "中文"), as a language menu should show it. */
export function nativeName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
