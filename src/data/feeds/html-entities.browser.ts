import type { NamedCharacters } from './references.js';

/**
 * HTML's named references in a browser, which knows every one of them: its own HTML parser
 * (`DOMParser`, which runs no script and loads nothing) reads them, so the page ships no table.
 *
 * `read` (a whole document's parse) runs with the names learnt so far; the names it asked for and
 * did not get are then read in one parse for all of them, and `read` runs again only if the browser
 * knew any. However many distinct names a hostile document holds, that is one parse of a few bytes
 * per name. Each round teaches at least one of HTML's 2,231 names, and a name's characters can
 * reveal a name only one level down (`&AMP;eacute;`), so the rounds end, in practice after three.
 * Where there is no DOM (a worker bundled for browsers), names stay as written.
 */
export function withHtmlEntities<T>(read: (named: NamedCharacters) => T): T {
  for (;;) {
    const asked = new Set<string>();
    const result = read((name) => {
      const characters = known.get(name);
      if (characters === undefined && HTML_NAME.test(name)) asked.add(name);
      return characters;
    });
    if (!learn(asked)) return result;
  }
}

/** Names the browser knows, with their characters: at most HTML's 2,231, for the page's lifetime. */
const known = new Map<string, string>();

/** What can be a name in HTML's table; only such names are ever written into markup. */
const HTML_NAME = /^[a-z][a-z\d]{1,31}$/i;

/**
 * Reads `names` in one parse, as attribute values: there a name that is only a prefix of one HTML
 * knows (`&notit;` holds `&not`) stays as written, so only whole names, `;` included, decode.
 * Returns whether the browser knew any of them.
 */
function learn(names: Set<string>): boolean {
  const markup = names.size > 0 ? trustedHtml([...names].map((name) => `<i title="&${name};"></i>`).join('')) : undefined;
  if (markup === undefined) return false;
  const elements = new DOMParser().parseFromString(markup as string, 'text/html').body.children;
  let learnt = false;
  let i = 0;
  for (const name of names) {
    const characters = elements[i++]?.getAttribute('title');
    if (characters != null && characters !== `&${name};`) {
      known.set(name, characters);
      learnt = true;
    }
  }
  return learnt;
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML(markup: string): string }): { createHTML(markup: string): unknown };
}

/** null once the page has refused the policy (its `trusted-types` directive does not list it). */
let policy: ReturnType<TrustedTypePolicyFactory['createPolicy']> | null | undefined;

/**
 * The markup as the parser takes it on the page: on a page that enforces Trusted Types, through the
 * `sco-widgets` policy (it only ever sees the names-only markup above); undefined where there is no
 * DOM or the page refused the policy, and names stay as written.
 */
function trustedHtml(markup: string): unknown {
  if (typeof DOMParser !== 'function') return undefined;
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return markup;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('sco-widgets', { createHTML: (names) => names });
    } catch {
      policy = null;
    }
  }
  return policy?.createHTML(markup);
}
