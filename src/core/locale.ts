/** Where a widget gets its language and direction: itself, the nearest ancestor, the document. */
import { cachedIntl } from './intl-cache.js';

/** The nearest element (crossing shadow roots) that has the attribute, starting at `el`. */
export function closestWithAttribute(el: Element, name: string): Element | null {
  let node: Element | null = el;
  while (node) {
    if (node.hasAttribute(name)) return node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

/** The language a widget speaks: its `locale`, else the nearest `lang`, else the fallback. */
export function resolveLocale(el: Element, fallback?: string): string {
  const explicit = el.getAttribute('locale') || closestWithAttribute(el, 'lang')?.getAttribute('lang');
  return requestedLocales(explicit || fallback || globalThis.navigator?.language || 'en')[0] ?? 'en';
}

/** The writing direction: the nearest `dir`, else the direction of the locale's script. */
export function resolveDir(el: Element, locale: string): 'ltr' | 'rtl' {
  const dir = closestWithAttribute(el, 'dir')?.getAttribute('dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return scriptDirection(locale);
}

/** Read once per locale: `Intl.Locale` is costly and widgets ask on every render. */
export const scriptDirection = (locale: string): 'ltr' | 'rtl' => cachedIntl(`direction|${locale}`, () => directionOfScript(locale));

function directionOfScript(locale: string): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  return /^(?:ar|fa|he|ur|ps|ckb|dv|yi|ug|sd)\b/.test(locale) ? 'rtl' : 'ltr';
}

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
