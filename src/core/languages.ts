/**
 * The languages the widgets speak: the official languages of the SCO's ten members and the most
 * shared of its partners'. English, Russian and Chinese are built in; the others load on demand.
 */
export const LANGUAGES = ['en', 'ru', 'zh', 'kk', 'ky', 'tg', 'uz', 'hi', 'ur', 'fa', 'be', 'ar', 'tr', 'mn', 'hy', 'az'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The languages in every build, with no request of their own. */
export const BUILT_IN = ['en', 'ru', 'zh'] as const;
export type BuiltInLanguage = (typeof BUILT_IN)[number];
export type OnDemandLanguage = Exclude<Language, BuiltInLanguage>;

const known = new Set<string>(LANGUAGES);

/** The primary language subtag of a BCP 47 tag, lower-cased (`kk-KZ` → `kk`, `uz_Latn` → `uz`). */
export const primaryLanguage = (locale: string): string => locale.split(/[-_]/)[0]!.toLowerCase();

/** The language of a BCP 47 tag we have strings for (`kk-KZ` → `kk`, `uz-Latn` → `uz`), if any. */
export function languageOf(locale: string): Language | undefined {
  const language = primaryLanguage(locale);
  return known.has(language) ? (language as Language) : undefined;
}

export const isBuiltIn = (language: Language): language is BuiltInLanguage => (BUILT_IN as readonly string[]).includes(language);
