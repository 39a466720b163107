import { DataError } from '../errors.js';
import { referencesOf, type NamedCharacters } from './references.js';
import { xmlTextOf, xmlValueOf, type TextKind } from './text.js';
import { childNamed, innerMarkup, notWellFormed, readXmlTree, type XmlElement, type XmlTree } from './xml-tree.js';

/** Namespace URIs the feed parsers look for, whatever prefix a document binds them to. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
} as const;

export type FeedKind = 'rss' | 'rdf' | 'atom';

export interface XmlFeedDocument {
  kind: FeedKind;
  tree: XmlTree;
  /** The root element (`<rss>`, `<rdf:RDF>`, `<feed>`). */
  root: XmlElement;
}

/** Internal subsets longer than this are not a feed's few abbreviations: the DOCTYPE is refused. */
const MAX_INTERNAL_SUBSET = 16 * 1024;

/**
 * Parses XML feed text into a namespace-resolved tree. Failures are `format` DataErrors; a document
 * whose root is not a feed root says so. A document cut short parses; its incomplete elements are
 * marked as such for the readers to leave out.
 */
export function parseXmlFeed(text: string, named: NamedCharacters): XmlFeedDocument {
  const source = withoutCommentsBeforeDeclaration(text.replace(/^\uFEFF/, ''));
  const { doctype, rootStart } = scanProlog(source);
  if (rootStart === undefined) throw notAFeed('no root element');
  if (doctype && doctype.subset.length > MAX_INTERNAL_SUBSET) {
    throw new DataError('format', 'Not well-formed XML: a DOCTYPE internal subset too large to be a feed’s (refused as a bomb vector)');
  }
  const tree = readXmlTree(source, rootStart, referencesOf(doctype?.subset, named));
  const { root } = tree;
  const kind = feedKind(root);
  if (!kind) throw notAFeed(isHtmlName(root.local) ? 'it is an HTML page' : `root element <${root.name}>`);
  return { kind, tree, root };
}

export function notAFeed(why: string): DataError {
  return new DataError('format', `Document not recognized as a feed (RSS, Atom or JSON Feed): ${why}`);
}

/**
 * The root's local name decides: RSS 0.9x/2.0 has no namespace but some feeds give it one
 * (`<r:rss xmlns:r="…">`), and Atom feeds in the wild use draft and misspelt namespace URIs. The
 * readers then look for the root's children in the root's own namespace.
 */
function feedKind(root: XmlElement): FeedKind | undefined {
  if (root.local === 'rss') return 'rss';
  if (root.local === 'RDF') return 'rdf';
  if (root.local === 'feed') return 'atom';
  return undefined;
}

function isHtmlName(local: string): boolean {
  return ['html', 'head', 'body'].includes(local.toLowerCase());
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
  /** The DOCTYPE's internal subset ('' when it has none). */
  doctype?: { subset: string };
  /** Where the root element's start tag begins. */
  rootStart?: number;
}

/** Walks comments, processing instructions and the DOCTYPE up to the root element. */
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
      if (prolog.doctype) throw notWellFormed('two DOCTYPE declarations');
      const { end, subset } = doctypeAt(xml, lt);
      prolog.doctype = { subset };
      i = end;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return prolog;
      i = end + 1;
    } else {
      prolog.rootStart = lt;
      return prolog;
    }
  }
}

const SUBSET_END = /\]\s*>/g;

/** The DOCTYPE starting at `start`: index just past it, and its internal subset. */
function doctypeAt(xml: string, start: number): { end: number; subset: string } {
  const bracket = xml.indexOf('[', start);
  const close = xml.indexOf('>', start);
  if (close < 0) throw notWellFormed('unterminated DOCTYPE declaration');
  if (bracket < 0 || bracket > close) return { end: close + 1, subset: '' };
  // The subset ends at `]` then `>` (an entity value may hold a `]` of its own).
  SUBSET_END.lastIndex = bracket;
  const subsetEnd = SUBSET_END.exec(xml);
  if (!subsetEnd) throw notWellFormed('unterminated DOCTYPE declaration');
  return { end: SUBSET_END.lastIndex, subset: xml.slice(bracket + 1, subsetEnd.index) };
}

/** Reading helpers the RSS and Atom readers share: text and values of elements of this document. */
export interface ElementReader {
  /** Trimmed text of an ordinary element (`link`, `guid`, `pubDate`). */
  value(element: XmlElement | undefined): string;
  /** Plain text of a text construct of the given kind. */
  text(element: XmlElement | undefined, kind: TextKind): string;
  /** The first complete child in one of `uris` named `local`. */
  child(element: XmlElement, uris: readonly string[], local: string): XmlElement | undefined;
}

export function readerOf(tree: XmlTree): ElementReader {
  return {
    value: (element) => (element ? xmlValueOf(innerMarkup(tree, element), tree.references) : ''),
    // A child element in an RSS field is markup written unescaped: the field is HTML.
    text: (element, kind) =>
      element ? xmlTextOf(innerMarkup(tree, element), kind === 'mixed' && element.children.length > 0 ? 'html' : kind, tree.references) : '',
    // A child cut off by the end of the document is left out rather than read half.
    child: (element, uris, local) => {
      const found = childNamed(element, uris, local);
      return found?.complete ? found : undefined;
    },
  };
}
