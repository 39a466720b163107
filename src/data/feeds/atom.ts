import type { EntryParts, FeedParts } from './headlines.js';
import { innerBase, safeHttpUrl } from './links.js';
import type { TextKind } from './text.js';
import { readerOf, type XmlFeedDocument } from './xml-feed.js';
import { XML_NS, attribute, childrenNamed, type XmlElement } from './xml-tree.js';

/**
 * Atom 1.0, and Atom 0.3 (same shape, older date names and content types), with `xml:base` on
 * feed, entry and link. Text constructs are read by their `type`. Entries the document cut off are
 * left out.
 */
export function readAtom(doc: XmlFeedDocument, documentUrl: string | undefined): FeedParts {
  const { root } = doc;
  const read = readerOf(doc.tree);
  // Atom's children share the root's namespace, whatever prefix it has (`<atom:feed><atom:entry>`).
  const atom = [root.uri];
  const text = (parent: XmlElement, local: string): string => {
    const element = read.child(parent, atom, local);
    return read.text(element, textKind(element));
  };

  const feedLinks = childrenNamed(root, atom, 'link');
  const selfUrl = feedLinks.filter((l) => attribute(l, 'rel')?.trim() === 'self').map((l) => safeHttpUrl(attribute(l, 'href')))[0];
  const base = innerBase(attribute(root, 'base', XML_NS), documentUrl ?? selfUrl);

  const readEntry = (entry: XmlElement): EntryParts => {
    const entryBase = innerBase(attribute(entry, 'base', XML_NS), base);
    const date = ['published', 'updated', 'issued', 'modified', 'created'].map((local) => read.value(read.child(entry, atom, local))).find((d) => d !== '');
    return {
      id: read.value(read.child(entry, atom, 'id')),
      title: text(entry, 'title'),
      url: alternateUrl(childrenNamed(entry, atom, 'link'), entryBase, read.value),
      date,
      summary: text(entry, 'summary') || text(entry, 'content'),
    };
  };

  return {
    title: text(root, 'title'),
    url: alternateUrl(feedLinks, base, read.value),
    entries: childrenNamed(root, atom, 'entry')
      .filter((entry) => entry.complete)
      .map(readEntry),
  };
}

/**
 * How a text construct's content is to be read: Atom 1.0's `text`/`html`/`xhtml`, Atom 0.3's MIME
 * types (`text/plain`, `text/html`, `application/xhtml+xml`) with `mode="escaped"` meaning HTML.
 */
function textKind(element: XmlElement | undefined): TextKind {
  const type = attribute(element, 'type')?.trim().toLowerCase() ?? 'text';
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) return attribute(element, 'mode') === 'escaped' ? 'html' : 'xhtml';
  return type === 'html' || type === 'text/html' ? 'html' : 'text';
}

/** The entry's web page: `rel="alternate"` (the default rel), preferring an HTML type. */
function alternateUrl(links: XmlElement[], base: string | undefined, valueOf: (e: XmlElement) => string): string | undefined {
  const alternates = links.filter((l) => ['', 'alternate'].includes(attribute(l, 'rel')?.trim() ?? ''));
  const chosen = alternates.find((l) => /html/i.test(attribute(l, 'type') ?? 'html')) ?? alternates[0];
  if (!chosen) return undefined;
  // `<link>http://…</link>` is not Atom, but RSS habits leak into Atom feeds.
  const href = attribute(chosen, 'href') ?? valueOf(chosen);
  return safeHttpUrl(href, innerBase(attribute(chosen, 'base', XML_NS), base));
}
