/**
 * The widgets' words in the language of a locale: built-in languages at once, the others once their
 * file has arrived (until then, English, and `languagePending` says so). A language that fails to
 * load stays English for the page's life: a missing file is not asked for again and again. One
 * that takes longer than a request may (`timeout`) shows English until it comes, so a slow
 * network never leaves a widget hidden.
 */
import { clearIntlCache, fillIntlGaps } from '../core/intl-cache.js';
import { isBuiltIn, languageOf, type BuiltInLanguage, type OnDemandLanguage } from '../core/languages.js';
import { later, type Later } from '../core/loader.js';
import type { Catalog, LanguageFile, Section } from './catalog.js';
import { loadLanguageFile } from './load.js';

const files = new Map<OnDemandLanguage, Later<LanguageFile>>();

/** The file of a language loaded on demand, asked for once per page; its arrival fills what `Intl` lacks for it. */
function fileOf(language: OnDemandLanguage): Later<LanguageFile> {
  let file = files.get(language);
  if (!file) {
    file = later(async () => {
      const loaded: LanguageFile = await loadLanguageFile(language);
      if (loaded.names && loaded.formats) fillIntlGaps(language, { names: loaded.names, formats: loaded.formats });
      clearIntlCache(); // names worked out before (a clock's city) may now have the language's own
      return loaded;
    });
    files.set(language, file);
  }
  return file;
}

/** Loads the file of `locale`'s language if it is one loaded on demand; resolves when it is there (or failed, or late). */
export async function requestLanguage(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (language && !isBuiltIn(language)) await fileOf(language).arrived();
}

/** Whether `locale`'s language is still on its way (the widget shows English meanwhile). */
export const languagePending = (locale: string): boolean => {
  const language = languageOf(locale);
  // Asking starts the load: a widget that asks draws nothing in English it need not.
  return !!language && !isBuiltIn(language) && !!fileOf(language).arriving();
};

/**
 * A section of the catalogue in `locale`'s language. `builtIn` is that section in the built-in
 * languages (`built-in/<section>.ts`): each widget imports its own, so it carries only its own
 * words. Every language file has every section in the same shape (`catalog.ts` types them).
 */
export function translations<S extends Section>(section: S, builtIn: BuiltIn<S>, locale: string): Catalog[S] {
  return translationsIfAny(section, builtIn, locale) ?? builtIn.en;
}

/** The same, or undefined for a language we have no words in (yet: its file is then asked for). */
export function translationsIfAny<S extends Section>(section: S, builtIn: BuiltIn<S>, locale: string): Catalog[S] | undefined {
  const language = languageOf(locale);
  if (!language) return undefined;
  if (isBuiltIn(language)) return builtIn[language];
  return fileOf(language).get()?.[section];
}

/** A section in the built-in languages, as `built-in/<section>.ts` exports it. */
type BuiltIn<S extends Section> = Readonly<Record<BuiltInLanguage, Catalog[S]>>;
