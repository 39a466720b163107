/**
 * The widgets' words in the language of a locale: built-in languages at once, the others once their
 * file has arrived (until then, English, and `languagePending` says so). A language that fails to
 * load stays English for the page's life: a missing file is not asked for again and again. One
 * that takes longer than a request may (`timeout`) shows English until it comes, so a slow
 * network never leaves a widget hidden.
 */
import { getConfig } from '../core/config.js';
import { clearIntlCache, fillIntlGaps } from '../core/intl-cache.js';
import { isBuiltIn, languageOf, type BuiltInLanguage, type OnDemandLanguage } from '../core/languages.js';
import { loadLanguageFile, type OnDemandFile } from './load.js';

const files = new Map<OnDemandLanguage, OnDemandFile | null>();
const arrivals = new Map<OnDemandLanguage, Arrival>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Calls `listener` whenever a language's words change (its file came, failed or is late); returns the unsubscribe. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A file loaded once, from its first ask: waited for until it is there, failed or late (later than a
 * request may be: `timeout`). The widgets hear of the end of the wait and, if it was late, of its arrival.
 */
interface Arrival {
  /** Settles when the file is there or failed. */
  readonly loaded: Promise<void>;
  /** Settles when the wait is over: the file there, failed or late. */
  readonly waited: Promise<void>;
  readonly waiting: boolean;
}

function arrival<T>(load: () => Promise<T>, keep: (loaded: T | null) => void): Arrival {
  let waiting = true;
  let stopWaiting!: () => void;
  const waited = new Promise<void>((resolve) => (stopWaiting = resolve));
  const over = () => {
    waiting = false;
    stopWaiting();
    notify();
  };
  const late = setTimeout(over, getConfig().timeout);
  const loaded = load()
    .then(keep, () => keep(null))
    .then(() => {
      clearTimeout(late);
      over();
    });
  return {
    loaded,
    waited,
    get waiting() {
      return waiting;
    },
  };
}

/** Loads the file of `locale`'s language if it is one loaded on demand; resolves when it is there (or failed). */
export function requestLanguage(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (!language || isBuiltIn(language)) return Promise.resolve();
  let request = arrivals.get(language);
  if (!request) {
    request = arrival(
      () => loadLanguageFile(language),
      (file) => {
        files.set(language, file);
        if (!file) return;
        if (file.names && file.formats) fillIntlGaps(language, { names: file.names, formats: file.formats });
        clearIntlCache(); // names worked out before (a clock's city) may now have the language's own
      },
    );
    arrivals.set(language, request);
  }
  return request.loaded;
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
  let request: Arrival | undefined;
  const start = () => (request ??= arrival(load, (loaded) => void (module = loaded ?? undefined)));
  return {
    get: () => (start(), module),
    arriving: () => {
      const { waiting, waited } = start();
      return waiting ? waited : undefined;
    },
  };
}

/** Whether `locale`'s language is still on its way (the widget shows English meanwhile). */
export const languagePending = (locale: string): boolean => {
  const language = languageOf(locale);
  // Not asked for yet counts as on its way: asking is what a widget does next.
  return !!language && !isBuiltIn(language) && (arrivals.get(language)?.waiting ?? true);
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
