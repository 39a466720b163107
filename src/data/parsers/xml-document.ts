import { DataError, isDataError } from '../errors.js';
import { parseXml, type XmlNode } from '../xml.js';

/**
 * Parses a rates document that should be XML. No bank's rates file carries a DOCTYPE, and one is
 * how entity-expansion attacks arrive, so a document with one is refused before it is parsed.
 * What the XML parser itself refuses (nesting beyond its limit) is a `format` error too.
 */
export function parseRatesXml(text: string, format: string): XmlNode {
  if (/<!DOCTYPE/i.test(text)) {
    throw new DataError('format', `Not a ${format} document: it declares a DOCTYPE, which rates documents never do`);
  }
  try {
    return parseXml(text);
  } catch (error) {
    if (isDataError(error)) throw error;
    throw new DataError('format', `Not a ${format} document: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The element a document's root is, if its name is one of `names` (any namespace prefix). */
export function rootElement(doc: XmlNode, ...names: string[]): { name: string; node: XmlNode | string } | undefined {
  for (const [key, value] of Object.entries(doc)) {
    const local = key.slice(key.indexOf(':') + 1);
    if (names.includes(local) && (typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value)))) {
      return { name: local, node: value };
    }
  }
  return undefined;
}
