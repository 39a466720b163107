/**
 * The widgets' words in the language of a locale: built-in languages at once, the others once their
 * file has arrived (until then, English, and `languagePending` says so). A language that fails to
 * load stays English for the page's life: a missing file is not asked for again and again. One
 * that takes longer than a request may (`timeout`) shows English until it comes, so a slow
 * network never leaves a widget hidden.
 */
import { getConfig } from '../data/config.js';
import { clearIntlCache, fillIntlGaps } from '../data/intl-cache.js';
import { isBuiltIn, languageOf, type BuiltInLanguage, type OnDemandLanguage } from './languages.js';
import { loadLanguageFile, type OnDemandFile } from './load.js';

const files = new Map<OnDemandLanguage, OnDemandFile | null>();
const requests = new Map<OnDemandLanguage, Promise<void>>();
const listeners = new Set<() => void>();
/** Languages whose file is still on its way after `timeout`. */
const overdue = new Set<OnDemandLanguage>();
const notify = () => listeners.forEach((listener) => listener());

/** Calls `listener` whenever a language's words change (its file came, failed or is late); returns the unsubscribe. */
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
    const late = setTimeout(() => {
      overdue.add(language);
      notify();
    }, getConfig().timeout);
    request = loadLanguageFile(language)
      .then(
        (file) => {
          files.set(language, file);
          if (file.names && file.formats) fillIntlGaps(language, { names: file.names, formats: file.formats });
          clearIntlCache(); // names worked out before (a clock's city) may now have the language's own
        },
        () => void files.set(language, null),
      )
      .then(() => {
        clearTimeout(late);
        notify();
      });
    requests.set(language, request);
  }
  return request;
}

/** What a section loaded on demand gives: its built-in module once there, and whether it is still on its way. */
export interface SectionOnDemand<M> {
  /** The module, once it has arrived; asking starts its load. */
  get(): M | undefined;
  /**
   * While it is on its way (asked for, neither there nor failed, not later than a request may be:
   * `timeout`), the promise of the end of that wait; undefined once it is over. Asking starts the load.
   */
  arriving(): Promise<void> | undefined;
}

/**
 * A built-in section that few pages show, in a chunk of its own (for every language): `load` imports
 * its module on first use. Its arrival re-renders the widgets, as a language file's does; one that
 * fails, or takes longer than a request may, leaves them with what they have.
 */
export function sectionOnDemand<M>(load: () => Promise<M>): SectionOnDemand<M> {
  let module: M | undefined;
  let wait: Promise<void> | undefined;
  let waiting = false;
  const start = () => {
    wait ??= new Promise<void>((ended) => {
      waiting = true;
      const end = () => {
        clearTimeout(late);
        waiting = false;
        notify();
        ended();
      };
      const late = setTimeout(end, getConfig().timeout);
      load()
        .then(
          (loaded) => void (module = loaded),
          () => undefined,
        )
        .then(end);
    });
  };
  return {
    get: () => (start(), module),
    arriving: () => (start(), waiting ? wait : undefined),
  };
}

/** Whether `locale`'s language is still on its way (the widget shows English meanwhile). */
export const languagePending = (locale: string): boolean => {
  const language = languageOf(locale);
  return !!language && !isBuiltIn(language) && !files.has(language) && !overdue.has(language);
};

/**
 * A section of the catalogue (`src/i18n/built-in/<section>.ts`) in `locale`'s language. `builtIn`
 * is that module: each widget imports its own, so it carries only its own words. Every language
 * file has every section in the same shape (`catalog.ts` types them; a test checks).
 */
export function translations<S>(section: string, builtIn: Readonly<Record<BuiltInLanguage, S>>, locale: string): S {
  return translationsIfAny(section, builtIn, locale) ?? builtIn.en;
}

/** The same, or undefined for a language we have no words in (yet: its file is then asked for). */
export function translationsIfAny<S>(section: string, builtIn: Readonly<Record<BuiltInLanguage, S>>, locale: string): S | undefined {
  const language = languageOf(locale);
  if (!language) return undefined;
  if (isBuiltIn(language)) return builtIn[language];
  const file = files.get(language);
  if (file === undefined) void requestLanguage(locale);
  return file?.[section] as S | undefined;
}
