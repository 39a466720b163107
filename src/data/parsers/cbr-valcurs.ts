import { DataError } from '../errors.js';
import type { XmlNode } from '../xml.js';
import { parseRatesXml, rootElement } from './xml-document.js';

/**
 * The `<ValCurs>` root shared by the Bank of Russia's daily sheet and its history. The service
 * answers a bad request with HTTP 200 and `<ValCurs>Error in parameters</ValCurs>`: that is the
 * source's own error, reported as such rather than as a malformed document.
 */
export function valCursOf(text: string, format: string): XmlNode | undefined {
  const doc = parseRatesXml(text, format);
  const root = rootElement(doc, 'ValCurs');
  if (!root) {
    const found = Object.keys(doc)[0];
    const hint = found === 'Valuta' ? ' (that is the currency catalogue XML_val, which has no rates)' : '';
    throw new DataError('format', `Not a ${format} document: the root element is <${found ?? 'none'}>, not <ValCurs>${hint}`);
  }
  if (typeof root.node === 'string') {
    if (root.node.trim() === '') return undefined;
    throw new DataError(
      'source',
      `The Bank of Russia answered "${root.node.trim().slice(0, 100)}" instead of rates: the requested date or currency was not accepted`,
    );
  }
  return root.node;
}
