import type { XmlNode, XmlValue } from '../xml.js';
import { asArray, nodeOf, textOf } from '../xml.js';
import type { EntryParts, FeedParts } from './headlines.js';
import { innerBase, safeHttpUrl } from './links.js';
import { attr, nodesOf, pick, plainTextIn, textIn, type XmlFeedDocument } from './xml-feed.js';

/** Atom 1.0, and Atom 0.3 (same shape, older date names), with `xml:base` on feed, entry and link. */
export function readAtom(doc: XmlFeedDocument, documentUrl: string | undefined): FeedParts {
  const { root, rootPrefix } = doc;
  // Atom's children share the root's namespace, hence its prefix (`<atom:feed><atom:entry>`).
  const name = (local: string): string[] => [rootPrefix === '' ? local : `${rootPrefix}:${local}`];

  const feedLinks = linksOf(pick(root, name('link')));
  const selfUrl = feedLinks.filter((l) => l.rel === 'self').map((l) => safeHttpUrl(l.href))[0];
  const base = innerBase(attr(root, 'xml:base'), documentUrl ?? selfUrl);

  const dates = ['published', 'updated', 'issued', 'modified', 'created'].map(name);

  const readEntry = (entry: XmlNode): EntryParts => {
    const entryBase = innerBase(attr(entry, 'xml:base'), base);
    const date = dates.map((keys) => textIn(entry, keys)).find((d) => d !== '');
    return {
      id: textIn(entry, name('id')),
      title: plainTextIn(entry, name('title')),
      url: alternateUrl(linksOf(pick(entry, name('link'))), entryBase),
      date,
      summary: plainTextIn(entry, name('summary')) || plainTextIn(entry, name('content')),
    };
  };

  return {
    title: plainTextIn(root, name('title')),
    url: alternateUrl(feedLinks, base),
    entries: nodesOf(pick(root, name('entry'))).map(readEntry),
  };
}

interface AtomLink {
  rel?: string;
  type?: string;
  href?: string;
  base?: string;
}

function linksOf(value: XmlValue): AtomLink[] {
  return asArray(value).map((v): AtomLink => {
    const node = nodeOf(v);
    // `<link>http://…</link>` is not Atom, but RSS habits leak into Atom feeds.
    if (!node) return { href: textOf(v) };
    return { rel: attr(node, 'rel')?.trim(), type: attr(node, 'type'), href: attr(node, 'href') ?? textOf(node), base: attr(node, 'xml:base') };
  });
}

/** The entry's web page: `rel="alternate"` (the default rel), preferring an HTML type. */
function alternateUrl(links: AtomLink[], base: string | undefined): string | undefined {
  const alternates = links.filter((l) => l.rel === undefined || l.rel === '' || l.rel === 'alternate');
  const chosen = alternates.find((l) => l.type === undefined || /html/i.test(l.type)) ?? alternates[0];
  return chosen ? safeHttpUrl(chosen.href, innerBase(chosen.base, base)) : undefined;
}
