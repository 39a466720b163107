import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DataError } from './errors.js';

/** A parsed XML element: attributes as `@name`, text as `#text`, children by tag name (prefix kept). */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

const baseOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;

const parser = new XMLParser(baseOptions);

/**
 * Parses XML text into plain objects, keeping every value a string (codes like `036` must survive).
 * Not well-formed XML is a `format` error: a rates document that does not parse is not half-shown.
 */
export function parseXml(text: string): XmlNode {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new DataError('format', `Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  return parser.parse(body) as XmlNode;
}

/** The value as a list: fast-xml-parser gives one child as an object and several as an array. */
export function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** The text content of an element that may also carry attributes. */
export function textOf(value: XmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textOf(value[0]);
  return textOf(value['#text']);
}

/** A child element as a node, or undefined when it is missing or text only. */
export function nodeOf(value: XmlValue): XmlNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' && !Array.isArray(first) ? first : undefined;
}
