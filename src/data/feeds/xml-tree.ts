import { DataError } from '../errors.js';
import type { References } from './references.js';

/**
 * A small, namespace-aware XML reader for feeds. Feeds need three things a generic XML-to-object
 * parser does not give: names resolved by namespace URI wherever a prefix is declared (on the root,
 * on an item), the raw markup of text constructs (Atom `type="xhtml"`, RSS titles with tags), and
 * the complete elements of a document that was cut short. It reads in one pass with an explicit
 * stack (no recursion, so no stack overflow on deep nesting), in time linear in the input.
 */

export interface XmlElement {
  /** The name as written, prefix included. */
  name: string;
  /** The namespace URI the prefix resolves to in scope; '' for none. */
  uri: string;
  local: string;
  attributes: readonly XmlAttribute[];
  children: XmlElement[];
  /** Where the content between the start and the end tag is in the source. */
  innerStart: number;
  innerEnd: number;
  /** False when the end tag is missing (the document was cut short or a CMS dropped it). */
  complete: boolean;
}

export interface XmlAttribute {
  uri: string;
  local: string;
  /** References already decoded. */
  value: string;
}

export interface XmlTree {
  source: string;
  root: XmlElement;
  /** False when any element lacks its end tag: only complete elements are trustworthy. */
  complete: boolean;
  references: References;
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Prefixes feeds use without declaring them; other undeclared prefixes get a URI of their own. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

/** Shared by the many elements that declare no prefix and carry no attribute (never written to). */
const NONE: never[] = [];

const NAME = /[^\s/>=<"'&]+/y;
const UNQUOTED = /[^\s>]*/y;
const SPACE = /\s*/y;

/**
 * Reads the element that starts at `rootStart` (found by the prolog scan) and everything in it.
 * Not well-formed XML that cannot be read as a cut-short document is a `format` DataError.
 */
export function readXmlTree(source: string, rootStart: number, references: References): XmlTree {
  const scopes = new Map<string, string[]>([['xml', [XML_NS]]]);
  const resolve = (prefix: string): string =>
    scopes.get(prefix)?.at(-1) ?? (prefix === '' ? '' : (CONVENTIONAL_PREFIXES[prefix] ?? `urn:undeclared-prefix:${prefix}`));
  /** Open elements, with the prefixes each declared (to undeclare them at its end). */
  const open: { element: XmlElement; declared: string[] }[] = [];
  let root: XmlElement | undefined;
  let complete = true;
  let i = rootStart;

  const closeDown = (depth: number, at: number, endComplete: boolean) => {
    while (open.length > depth) {
      const { element, declared } = open.pop()!;
      element.innerEnd = at;
      element.complete = endComplete && open.length === depth;
      for (const prefix of declared) scopes.get(prefix)!.pop();
    }
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    if (root && open.length === 0) break; // what follows the root element is not read
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end < 0) break;
      i = end + 3;
    } else if (source.startsWith('<!', lt)) {
      // A DOCTYPE belongs before the root; one inside it is how entities would be smuggled past
      // the prolog's bounds, and no other declaration is allowed in content.
      throw notWellFormed(/^<!doctype/i.test(source.slice(lt, lt + 9)) ? 'a DOCTYPE inside the document' : 'a declaration inside the document');
    } else if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) break;
      i = end + 2;
    } else if (source.charAt(lt + 1) === '/') {
      const gt = source.indexOf('>', lt + 2);
      const name = source.slice(lt + 2, gt < 0 ? source.length : gt).trim();
      let depth = open.length - 1;
      while (depth >= 0 && open[depth]!.element.name !== name) depth--;
      if (gt < 0) {
        // `</rss` at the very end: the transfer lost one byte, the element itself is whole.
        if (depth === open.length - 1 && depth >= 0) closeDown(depth, lt, true);
        break;
      }
      if (depth < 0) throw notWellFormed(`an end tag </${name}> that closes nothing`);
      // End tags missing in between (a broken CMS): those elements are incomplete.
      if (depth < open.length - 1) complete = false;
      closeDown(depth, lt, true);
      i = gt + 1;
    } else if (!startsName(source.charAt(lt + 1))) {
      i = lt + 1; // `a < b` written raw: text, as every reader takes it
    } else {
      const tag = readStartTag(source, lt, references);
      if (!tag) break; // cut inside a start tag
      const declared: string[] = tag.namespaces.length === 0 ? NONE : [];
      for (const [prefix, uri] of tag.namespaces) {
        let stack = scopes.get(prefix);
        if (!stack) scopes.set(prefix, (stack = []));
        stack.push(uri);
        declared.push(prefix);
      }
      const [prefix, local] = splitName(tag.name);
      const element: XmlElement = {
        name: tag.name,
        uri: resolve(prefix),
        local,
        attributes:
          tag.attributes.length === 0
            ? NONE
            : tag.attributes.map(({ name, value }) => {
                const [p, l] = splitName(name);
                return { uri: p === '' ? '' : resolve(p), local: l, value };
              }),
        children: [],
        innerStart: tag.end,
        innerEnd: tag.end,
        complete: true,
      };
      if (open.length > 0) open.at(-1)!.element.children.push(element);
      else root = element;
      if (tag.selfClosing) {
        for (const p of declared) scopes.get(p)!.pop();
      } else {
        open.push({ element, declared });
      }
      i = tag.end;
    }
  }
  if (!root) throw notWellFormed('no root element');
  if (open.length > 0) {
    complete = false;
    closeDown(0, source.length, false);
  }
  return { source, root, complete, references };
}

interface StartTag {
  name: string;
  attributes: { name: string; value: string }[];
  namespaces: [prefix: string, uri: string][];
  selfClosing: boolean;
  /** Index just past the `>`. */
  end: number;
}

/** The start tag at `lt`, or undefined when the input ends inside it. */
function readStartTag(source: string, lt: number, references: References): StartTag | undefined {
  NAME.lastIndex = lt + 1;
  const tag: StartTag = { name: NAME.exec(source)![0], attributes: [], namespaces: [], selfClosing: false, end: 0 };
  let j = NAME.lastIndex;
  let seen: Set<string> | undefined;
  for (;;) {
    SPACE.lastIndex = j;
    SPACE.exec(source);
    j = SPACE.lastIndex;
    if (j >= source.length) return undefined;
    const ch = source.charAt(j);
    if (ch === '>') {
      tag.end = j + 1;
      return tag;
    }
    if (ch === '/' && source.charAt(j + 1) === '>') {
      tag.selfClosing = true;
      tag.end = j + 2;
      return tag;
    }
    NAME.lastIndex = j;
    const attrName = NAME.exec(source)?.[0];
    if (!attrName) {
      j++; // a stray `/`, quote or `=` between attributes: skipped, as HTML does
      continue;
    }
    SPACE.lastIndex = NAME.lastIndex;
    SPACE.exec(source);
    j = SPACE.lastIndex;
    if (j >= source.length) return undefined;
    let value = '';
    // HTML habits in feeds: an attribute without a value, or with an unquoted one.
    if (source.charAt(j) === '=') {
      SPACE.lastIndex = j + 1;
      SPACE.exec(source);
      j = SPACE.lastIndex;
      if (j >= source.length) return undefined;
      const quote = source.charAt(j);
      let close: number;
      if (quote === '"' || quote === "'") {
        close = source.indexOf(quote, j + 1);
        if (close < 0) return undefined;
        value = source.slice(j + 1, close);
      } else {
        UNQUOTED.lastIndex = j;
        value = UNQUOTED.exec(source)![0];
        close = UNQUOTED.lastIndex - 1;
      }
      value = references.decode(value).replace(/[\t\n\r]/g, ' ');
      j = close + 1;
    }
    if (seen?.has(attrName)) continue; // a repeated attribute: the first one counts
    (seen ??= new Set()).add(attrName);
    if (attrName === 'xmlns') tag.namespaces.push(['', value.trim()]);
    else if (attrName.startsWith('xmlns:')) tag.namespaces.push([attrName.slice(6), value.trim()]);
    else tag.attributes.push({ name: attrName, value });
  }
}

/** Whether `ch` after `<` starts an element name (anything but space and punctuation XML forbids there). */
function startsName(ch: string): boolean {
  return ch !== '' && !/[\s/>=<"'&]/.test(ch);
}

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

export function notWellFormed(why: string): DataError {
  return new DataError('format', `Not well-formed XML: ${why}`);
}

/** The raw markup between an element's tags. */
export function innerMarkup(tree: XmlTree, element: XmlElement): string {
  return tree.source.slice(element.innerStart, element.innerEnd);
}

/** Children in namespace `uri` named `local`. */
export function childrenNamed(element: XmlElement, uris: readonly string[], local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local && uris.includes(c.uri));
}

export function childNamed(element: XmlElement, uris: readonly string[], local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && uris.includes(c.uri));
}

/** An attribute's value: unprefixed names by default, `uri` for namespaced ones (`xml:base`, `rdf:about`). */
export function attribute(element: XmlElement | undefined, local: string, uri = ''): string | undefined {
  return element?.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}
