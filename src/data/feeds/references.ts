import { cp1252ForC1 } from './cp1252.js';

/**
 * The character(s) HTML's named reference `&name;` stands for, or undefined when HTML has no such
 * name. May be asked any string. Given by `#html-entities`: the HTML5 table where there is no DOM,
 * the browser's own HTML parser in browsers.
 */
export type NamedCharacters = (name: string) => string | undefined;

/** How a runtime reads the names: `read` (a whole document's reading) gets them as `named`. */
export type HtmlEntities = <T>(read: (named: NamedCharacters) => T) => T;

/**
 * References in a feed. `decode` reads XML text: the five predefined names, numeric references,
 * entities the document declared in its DOCTYPE (plain-text values only, within a strict budget),
 * and — as the recovery every feed reader makes for an error publishers make daily — undeclared
 * HTML names such as `&nbsp;` or `&hearts;`. `decodeHtml` reads HTML text (a field's markup once
 * removed) as a browser does, except that a name must end with `;`. A name HTML does not know
 * either stays as written.
 */
export interface References {
  decode(text: string): string;
  decodeHtml(text: string): string;
}

/** Declarations read from one internal subset; more is not a feed's vocabulary but an attack. */
const MAX_DECLARED_ENTITIES = 64;
/** A replacement text longer than a line is not an abbreviation. */
const MAX_ENTITY_VALUE_LENGTH = 1024;
/** Characters all expansions of one document may add together. */
const EXPANSION_BUDGET = 64 * 1024;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,8})|#x([\da-f]{1,8})|([^\s&;<>#"']{1,64}));/gi;
/** HTML's references with the `;` they must end with; HTML's longest name has 31 letters. */
const HTML_REFERENCE = /&(?:#(\d+)|#x([\da-f]+)|([a-z][a-z\d]{1,31}));/gi;

/**
 * The references of a document whose DOCTYPE has `internalSubset` (or none). An entity whose value
 * is plain text (character references allowed, no markup, no other entity) is expanded; any other
 * declared entity — external, nested, oversized, or past the budget — expands to nothing, so neither
 * a bomb nor a raw `&name;` reaches a headline.
 */
export function referencesOf(internalSubset: string | undefined, named: NamedCharacters): References {
  const declared = internalSubset === undefined ? new Map<string, string | undefined>() : declaredEntities(internalSubset, named);
  let budget = EXPANSION_BUDGET;
  const expand = (name: string): string | undefined => {
    if (!declared.has(name)) return undefined;
    const value = declared.get(name);
    if (value === undefined || value.length > budget) return '';
    budget -= value.length;
    return value;
  };
  return {
    decode(text) {
      if (!text.includes('&')) return text;
      return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
        if (name === undefined) return characterOf(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
        return PREDEFINED[name] ?? expand(name) ?? named(name) ?? whole;
      });
    },
    decodeHtml(text) {
      if (!text.includes('&')) return text;
      return text.replace(HTML_REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
        if (name === undefined) return characterOf(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
        return named(name) ?? whole;
      });
    },
  };
}

/**
 * A numeric reference's character, with HTML's repairs for the values that name no character (a
 * reference of hundreds of digits is Infinity here: past U+10FFFF).
 */
function characterOf(codePoint: number): string {
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD';
  if (codePoint >= 0x80 && codePoint <= 0x9f) return cp1252ForC1(codePoint);
  return String.fromCodePoint(codePoint);
}

/**
 * `<!ENTITY name "value">` declarations of an internal subset: name → plain-text value, or
 * undefined for a declaration that is not expanded. Parameter entities and everything else in the
 * subset are ignored.
 */
function declaredEntities(subset: string, named: NamedCharacters): Map<string, string | undefined> {
  const entities = new Map<string, string | undefined>();
  // Values hold no named reference (those are not plain text): `named` is never asked here.
  const numeric = referencesOf(undefined, named);
  let at = subset.indexOf('<!ENTITY');
  while (at >= 0 && entities.size < MAX_DECLARED_ENTITIES) {
    DECLARATION_START.lastIndex = at;
    const start = DECLARATION_START.exec(subset);
    if (!start) break;
    let j = DECLARATION_START.lastIndex;
    const quote = subset.charAt(j);
    let value: string | undefined;
    if (quote === '"' || quote === "'") {
      const close = subset.indexOf(quote, j + 1);
      if (close < 0) break;
      value = subset.slice(j + 1, close);
      j = close + 1;
    }
    const end = subset.indexOf('>', j);
    if (end < 0) break;
    const [, parameter, name] = start;
    // SYSTEM/PUBLIC (external) entities have no quoted value here: declared, never expanded.
    if (parameter === undefined && name !== undefined && !entities.has(name)) {
      const plain = value !== undefined && value.length <= MAX_ENTITY_VALUE_LENGTH && !/<|&(?!#)/.test(value);
      entities.set(name, plain ? numeric.decode(value!) : undefined);
    }
    at = subset.indexOf('<!ENTITY', end);
  }
  return entities;
}

/** `<!ENTITY`, an optional `%` (a parameter entity), the name, and the space before the value. */
const DECLARATION_START = /<!ENTITY\s+(%\s*)?([^\s%"'>]+)\s*/y;
