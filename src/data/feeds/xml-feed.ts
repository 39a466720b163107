import { DataError } from '../errors.js';
import { asArray, nodeOf, parseXml, textOf, type XmlNode, type XmlValue } from '../xml.js';
import { xmlToText } from './text.js';

/** Namespace URIs the feed parsers look for, whatever prefix a document binds them to. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
} as const;

/** The prefixes feeds conventionally use, for documents that use a prefix without declaring it. */
const CONVENTIONAL_PREFIX: Record<string, string> = {
  [NS.atom]: 'atom',
  [NS.dc]: 'dc',
  [NS.content]: 'content',
};

export type FeedKind = 'rss' | 'rdf' | 'atom';

export interface XmlFeedDocument {
  kind: FeedKind;
  /** The root element (`<rss>`, `<rdf:RDF>`, `<feed>`). */
  root: XmlNode;
  /** Keys under which an element `local` in namespace `uri` may appear in this document. */
  keys(uri: string, local: string): string[];
  /** The prefix of the root element, '' when unprefixed (Atom children share it). */
  rootPrefix: string;
}

/** Elements whose content is read as raw markup (see `ParseXmlOptions.stopNodes`): the text constructs. */
const TEXT_ELEMENTS = ['title', 'description', 'summary', 'content', 'subtitle', 'tagline'];

/**
 * Parses XML feed text, with the repairs real readers make for the damage real feeds carry. Every
 * failure is a `format` DataError; a document whose root is not a feed root says so.
 */
export function parseXmlFeed(text: string): XmlFeedDocument {
  const source = withoutCommentsBeforeDeclaration(text.replace(/^\uFEFF/, ''));
  const { doctype, root } = scanProlog(source);
  if (!root) throw notAFeed('no root element');
  // DOCTYPE internal subsets are how XML bombs (billion laughs, external entities) work, and no
  // feed needs one: the HTML names RSS 0.91's DTD declared are decoded by the text layer instead.
  const body = doctype ? source.slice(0, doctype.start) + source.slice(doctype.end) : source;
  const { prefix, local } = splitName(root.name);
  const kind = feedKind(local);
  if (!kind) {
    throw notAFeed(isHtmlName(local) ? 'it is an HTML page' : `root element <${root.name}>`);
  }
  const prefixes = declaredPrefixes(root.startTag);
  const keys = (uri: string, name: string): string[] => {
    const found = [...prefixes].filter(([, u]) => u === uri).map(([p]) => (p === '' ? name : `${p}:${name}`));
    const conventional = CONVENTIONAL_PREFIX[uri];
    if (conventional && !prefixes.has(conventional)) found.push(`${conventional}:${name}`);
    return found;
  };
  const textPrefixes = new Set(['', prefix]);
  for (const uri of [NS.atom, NS.atom03, NS.rss10, NS.rss090]) {
    for (const [p, u] of prefixes) if (u === uri) textPrefixes.add(p);
  }
  const stopNodes = [...textPrefixes].flatMap((p) => TEXT_ELEMENTS.map((t) => `*.${p === '' ? t : `${p}:${t}`}`));
  stopNodes.push(...keys(NS.content, 'encoded').map((k) => `*.${k}`));

  const parsed = parseLeniently(body, stopNodes);
  const rootNode = nodeOf(parsed[root.name]) ?? {};
  return { kind, root: rootNode, keys, rootPrefix: prefix };
}

export function notAFeed(why: string): DataError {
  return new DataError('format', `Document not recognized as a feed (RSS, Atom or JSON Feed): ${why}`);
}

/**
 * Strict first; when that fails, one retry after repairing the two kinds of damage that are common
 * in the wild and unambiguous to repair: bare `&` (usually in query strings of links) and a last end
 * tag cut short. Anything else — an unterminated CDATA section, mismatched tags — stays an error:
 * guessing at structure would show wrong headlines.
 */
function parseLeniently(body: string, stopNodes: readonly string[]): XmlNode {
  try {
    return parseXml(body, { stopNodes });
  } catch (strictError) {
    const repaired = completeLastEndTag(escapeBareAmpersands(body));
    if (repaired === body) throw strictError;
    try {
      return parseXml(repaired, { stopNodes });
    } catch {
      throw strictError;
    }
  }
}

const REFERENCE = /&(?:#\d+|#x[\da-fA-F]+|[A-Za-z_][\w.-]*);/y;
const AMPERSAND_CONTEXT = /<!\[CDATA\[|<!--|&/g;

/** `&` that starts no reference becomes `&amp;`; CDATA sections and comments are left alone. */
function escapeBareAmpersands(xml: string): string {
  let out = '';
  let copied = 0;
  AMPERSAND_CONTEXT.lastIndex = 0;
  for (let m = AMPERSAND_CONTEXT.exec(xml); m; m = AMPERSAND_CONTEXT.exec(xml)) {
    if (m[0] !== '&') {
      const end = xml.indexOf(m[0] === '<!--' ? '-->' : ']]>', m.index + m[0].length);
      if (end < 0) break;
      AMPERSAND_CONTEXT.lastIndex = end + 3;
      continue;
    }
    REFERENCE.lastIndex = m.index;
    if (REFERENCE.test(xml)) continue;
    out += xml.slice(copied, m.index) + '&amp;';
    copied = m.index + 1;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** A document that ends in `</rss` (the transfer cut one byte short) gets its `>`. */
function completeLastEndTag(xml: string): string {
  return /<\/[A-Z_][\w:.-]*\s*$/i.test(xml) ? xml.trimEnd() + '>' : xml;
}

/** Comments before `<?xml …?>` (ill-formed: the declaration must come first) are dropped. */
function withoutCommentsBeforeDeclaration(xml: string): string {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml.charAt(i))) i++;
    if (!xml.startsWith('<!--', i)) break;
    const end = xml.indexOf('-->', i + 4);
    if (end < 0) return xml;
    i = end + 3;
  }
  return i > 0 && xml.startsWith('<?xml', i) ? xml.slice(i) : xml;
}

interface Prolog {
  /** Where the DOCTYPE declaration (with its internal subset) is, to cut it out. */
  doctype?: { start: number; end: number };
  /** The first element's name and start tag: decides the format, and the HTML-page case. */
  root?: { name: string; startTag: string };
}

/** Walks comments, processing instructions and the DOCTYPE up to the root element, without parsing. */
function scanProlog(xml: string): Prolog {
  const prolog: Prolog = {};
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return prolog;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return prolog;
      i = end + 3;
    } else if (/^<!doctype/i.test(xml.slice(lt, lt + 9))) {
      const end = doctypeEnd(xml, lt);
      if (end < 0) throw new DataError('format', 'Not well-formed XML: unterminated DOCTYPE declaration');
      prolog.doctype = { start: lt, end };
      i = end;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return prolog;
      i = end + 1;
    } else {
      const m = /^<([A-Z_][\w:.-]*)/i.exec(xml.slice(lt, lt + 256));
      if (!m) return prolog;
      const end = xml.indexOf('>', lt);
      prolog.root = { name: m[1]!, startTag: xml.slice(lt, end < 0 ? undefined : end + 1) };
      return prolog;
    }
  }
}

/** Index just past a DOCTYPE declaration starting at `start`, internal subset included; -1 if unterminated. */
function doctypeEnd(xml: string, start: number): number {
  const bracket = xml.indexOf('[', start);
  const close = xml.indexOf('>', start);
  if (close < 0) return -1;
  if (bracket < 0 || bracket > close) return close + 1;
  const subsetEnd = xml.indexOf(']', bracket);
  const end = subsetEnd < 0 ? -1 : xml.indexOf('>', subsetEnd);
  return end < 0 ? -1 : end + 1;
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

function feedKind(local: string): FeedKind | undefined {
  if (local === 'rss') return 'rss';
  if (local === 'RDF') return 'rdf';
  if (local === 'feed') return 'atom';
  return undefined;
}

function isHtmlName(local: string): boolean {
  return ['html', 'head', 'body'].includes(local.toLowerCase());
}

/** `xmlns` declarations on the root start tag: prefix ('' = default) → namespace URI. */
function declaredPrefixes(startTag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of startTag.matchAll(/\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(m[1] ?? '', (m[2] ?? m[3] ?? '').trim());
  }
  return found;
}

/** The first of `keys` present on the node. */
export function pick(node: XmlNode, keys: readonly string[]): XmlValue {
  for (const key of keys) if (node[key] !== undefined) return node[key];
  return undefined;
}

/** Trimmed text of an ordinary (parsed) element such as `link`, `guid`, `pubDate`. */
export function textIn(node: XmlNode, keys: readonly string[]): string {
  return textOf(pick(node, keys)).trim();
}

/** Plain text of a text construct, which the parser kept as raw markup (see TEXT_ELEMENTS). */
export function plainTextIn(node: XmlNode, keys: readonly string[]): string {
  return xmlToText(textOf(pick(node, keys)));
}

/** An attribute's value, or undefined. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The element nodes of a child that may be missing, single, repeated or text only. */
export function nodesOf(value: XmlValue): XmlNode[] {
  return asArray(value).flatMap((v) => {
    const node = nodeOf(v);
    return node ? [node] : [];
  });
}
