import { decodeHTMLStrict } from 'entities/decode';
import { cp1252ForC1 } from './cp1252.js';

/**
 * XML references in a feed: the five predefined names, numeric references, entities the document
 * declared in its DOCTYPE (plain-text values only, within a strict budget), and — as the recovery
 * every feed reader makes for an error publishers make daily — undeclared HTML names such as
 * `&nbsp;` or `&hearts;`, read from the HTML5 table. A name no table knows stays as written.
 */
export interface References {
  decode(text: string): string;
}

/** Declarations read from one internal subset; more is not a feed's vocabulary but an attack. */
const MAX_DECLARED_ENTITIES = 64;
/** A replacement text longer than a line is not an abbreviation. */
const MAX_ENTITY_VALUE_LENGTH = 1024;
/** Characters all expansions of one document may add together. */
const EXPANSION_BUDGET = 64 * 1024;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,8})|#x([\da-f]{1,8})|([^\s&;<>#"']{1,64}));/gi;

/**
 * The references of a document whose DOCTYPE has `internalSubset` (or none). An entity whose value
 * is plain text (character references allowed, no markup, no other entity) is expanded; any other
 * declared entity — external, nested, oversized, or past the budget — expands to nothing, so neither
 * a bomb nor a raw `&name;` reaches a headline.
 */
export function referencesOf(internalSubset: string | undefined): References {
  const declared = internalSubset === undefined ? new Map<string, string | undefined>() : declaredEntities(internalSubset);
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
        return PREDEFINED[name] ?? expand(name) ?? htmlNamed(whole);
      });
    },
  };
}

/** An undeclared name, decoded as HTML would; unchanged when HTML does not know it either. */
function htmlNamed(reference: string): string {
  return decodeHTMLStrict(reference);
}

/** A numeric reference's character, with HTML's repairs for the values that name no character. */
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
function declaredEntities(subset: string): Map<string, string | undefined> {
  const entities = new Map<string, string | undefined>();
  const numeric = referencesOf(undefined);
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
