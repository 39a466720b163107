import { decodeHTMLStrict } from 'entities/decode';
import type { NamedCharacters } from './references.js';

/**
 * HTML's named references where there is no DOM to ask (Node, Deno, Bun, workers): the HTML5 table
 * of the `entities` package. Browsers get `html-entities.browser.ts` instead, through the
 * `#html-entities` import's conditions in package.json.
 */
export function withHtmlEntities<T>(read: (named: NamedCharacters) => T): T {
  return read(fromTable);
}

function fromTable(name: string): string | undefined {
  const reference = `&${name};`;
  const characters = decodeHTMLStrict(reference);
  return characters === reference ? undefined : characters;
}
