/**
 * The languages the widgets speak: those every widget has its own message table for, read from
 * the tables themselves (src/elements/<widget>/messages.ts), so a language added there appears
 * here with no edit.
 */
const tables = import.meta.glob<{ messages: Record<string, unknown> }>('../../src/elements/*/messages.ts', { eager: true });

const perWidget = Object.values(tables).map(({ messages }) => new Set(Object.keys(messages)));

export const SUPPORTED_LANGUAGES: readonly string[] = [...perWidget[0]].filter((language) => perWidget.every((widget) => widget.has(language)));

/** A language by its own name ("Русский", "中文"), as a language menu should show it. */
export function nativeName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
