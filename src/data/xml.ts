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

export interface ParseXmlOptions {
  /**
   * Elements (`*.name` = at any depth) whose content is kept as the raw markup between their tags,
   * unparsed and undecoded. Feeds need this for text constructs that mix text and markup
   * (Atom `type="xhtml"`, RSS descriptions): the parsed form would lose the order of the pieces.
   */
  stopNodes?: readonly string[];
}

/**
 * Parsers with stop nodes, by their list: feeds ask for the same few lists over and over. Bounded,
 * because the lists may be derived from namespace prefixes that documents choose.
 */
const stopNodeParsers = new Map<string, XMLParser>();
const MAX_STOP_NODE_PARSERS = 16;

function parserFor(options: ParseXmlOptions | undefined): XMLParser {
  const stopNodes = options?.stopNodes;
  if (!stopNodes || stopNodes.length === 0) return parser;
  const key = stopNodes.join('\n');
  let found = stopNodeParsers.get(key);
  if (!found) {
    if (stopNodeParsers.size >= MAX_STOP_NODE_PARSERS) stopNodeParsers.clear();
    found = new XMLParser({ ...baseOptions, stopNodes: [...stopNodes] });
    stopNodeParsers.set(key, found);
  }
  return found;
}

/**
 * Parses XML text into plain objects, keeping every value a string (codes like `036` must survive).
 * Not well-formed XML is a `format` error: a rates document that does not parse is not half-shown.
 */
export function parseXml(text: string, options?: ParseXmlOptions): XmlNode {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new DataError('format', `Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  return parserFor(options).parse(body) as XmlNode;
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
