/**
 * The widgets' words in the language of a locale: built-in languages at once, the others once their
 * file has arrived (until then, English, and `languagePending` says so). A language that fails to
 * load stays English for the page's life: a missing file is not asked for again and again.
 */
import type { Catalog, IntlGaps, LanguageFile, Section } from './catalog.js';
import { isBuiltIn, languageOf, type BuiltInLanguage, type Language, type OnDemandLanguage } from './languages.js';
import { loadLanguageFile } from './load.js';

const files = new Map<OnDemandLanguage, LanguageFile | null>();
const requests = new Map<OnDemandLanguage, Promise<void>>();
const listeners = new Set<() => void>();

/** The language files that have arrived (or failed: `null`), for `intlGaps`. */
export const loadedFile = (language: Language): LanguageFile | null | undefined => (isBuiltIn(language) ? undefined : files.get(language));

/** Calls `listener` whenever a language file arrives; returns the unsubscribe. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the file of `locale`'s language if it is one loaded on demand; resolves when it is there (or failed). */
export function requestLanguage(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (!language || isBuiltIn(language)) return Promise.resolve();
  let request = requests.get(language);
  if (!request) {
    request = loadLanguageFile(language).then(
      (file) => void files.set(language, file),
      () => void files.set(language, null),
    );
    request = request.then(() => listeners.forEach((listener) => listener()));
    requests.set(language, request);
  }
  return request;
}

/** Whether `locale`'s language is still on its way (the widget shows English meanwhile). */
export const languagePending = (locale: string): boolean => {
  const language = languageOf(locale);
  return !!language && !isBuiltIn(language) && !files.has(language);
};

/**
 * A section of the catalogue in `locale`'s language. `builtIn` holds the section in the built-in
 * languages, imported by each widget itself so that it carries only its own words.
 */
export function translations<S extends Section>(section: S, builtIn: Readonly<Record<BuiltInLanguage, Catalog[S]>>, locale: string): Catalog[S] {
  const language = languageOf(locale);
  if (!language) return builtIn.en;
  if (isBuiltIn(language)) return builtIn[language];
  const file = files.get(language);
  if (file === undefined) void requestLanguage(locale);
  return file?.[section] ?? builtIn.en;
}

/** What `Intl` lacks for `locale`'s language in this browser and its file supplies, if anything. */
export function intlGaps(locale: string): IntlGaps | undefined {
  const language = languageOf(locale);
  const file = language && loadedFile(language);
  return file?.names && file.formats && !browserSpeaks(language) ? (file as IntlGaps) : undefined;
}

const speaks = new Map<string, boolean>();

/**
 * Whether the browser has CLDR data for the language: it names Russia otherwise than in English.
 * (Engines without the data answer in English, or with their root locale.)
 */
function browserSpeaks(language: string): boolean {
  let answer = speaks.get(language);
  if (answer === undefined) {
    const name = (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of('RU');
    answer = name(language) !== name('en');
    speaks.set(language, answer);
  }
  return answer;
}
