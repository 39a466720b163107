/**
 * Locales as widgets get them from markup (`lang`, `locale`): one tag or a list, possibly
 * malformed. Malformed tags are dropped rather than thrown on, so a typo in a page's `lang`
 * falls back to the next choice instead of breaking the widget.
 */
export function requestedLocales(locale?: string | readonly string[]): string[] {
  const tags = typeof locale === 'string' ? [locale] : (locale ?? []);
  return tags.flatMap((tag) => {
    try {
      return Intl.getCanonicalLocales(tag);
    } catch {
      return [];
    }
  });
}
