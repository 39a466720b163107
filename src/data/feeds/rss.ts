import type { EntryParts, FeedParts } from './headlines.js';
import { innerBase, safeHttpUrl } from './links.js';
import { NS, readerOf, type XmlFeedDocument } from './xml-feed.js';
import { XML_NS, attribute, childrenNamed, type XmlElement } from './xml-tree.js';

const ATOM = [NS.atom, NS.atom03];

/**
 * RSS 0.9x/2.0 (`<rss><channel><item>`) and RSS 0.90/1.0 (`<rdf:RDF>`, where items are siblings of
 * the channel). Items found directly under `<rss>` are read too: feeds without a channel exist.
 * Elements are matched by namespace, whatever their prefix; Atom links inside RSS (`atom:link`,
 * .NET's `a10:link`) count as links. Items the document cut off are left out.
 */
export function readRss(doc: XmlFeedDocument, documentUrl: string | undefined): FeedParts {
  const { root } = doc;
  const read = readerOf(doc.tree);
  // RSS 2.0 has no namespace; a prefixed root brings its own, and RSS 1.0 has two historic ones.
  const rss = doc.kind === 'rdf' ? [NS.rss10, NS.rss090, ''] : [...new Set([root.uri, ''])];
  const channel = read.child(root, rss, 'channel') ?? childrenNamed(root, rss, 'channel')[0] ?? root;
  const itemNodes = [...childrenNamed(channel, rss, 'item'), ...(channel === root ? [] : childrenNamed(root, rss, 'item'))];

  // The feed's own statement of its URL (atom:link rel="self") is the base when the caller has none.
  const selfUrl = childrenNamed(channel, ATOM, 'link')
    .filter((link) => attribute(link, 'rel')?.trim() === 'self')
    .map((link) => safeHttpUrl(attribute(link, 'href')))[0];
  const base = innerBase(attribute(channel, 'base', XML_NS), innerBase(attribute(root, 'base', XML_NS), documentUrl ?? selfUrl));

  const linkOf = (element: XmlElement, elementBase: string | undefined): string | undefined => {
    const link = read.child(element, rss, 'link');
    const written = read.value(link) || attribute(link, 'href');
    return safeHttpUrl(written, elementBase) ?? atomAlternate(element, elementBase);
  };

  /** RSS's title, or Dublin Core's where a feed writes only that. */
  const titleOf = (element: XmlElement): string =>
    read.text(read.child(element, rss, 'title'), 'mixed') || read.text(read.child(element, [NS.dc], 'title'), 'mixed');

  const readItem = (item: XmlElement): EntryParts => {
    const itemBase = innerBase(attribute(item, 'base', XML_NS), base);
    const guidNode = read.child(item, rss, 'guid');
    const guid = read.value(guidNode);
    // RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false".
    const guidIsLink = guid !== '' && attribute(guidNode, 'isPermaLink')?.trim().toLowerCase() !== 'false';
    const about = attribute(item, 'about', NS.rdf);
    const date = [read.child(item, rss, 'pubDate'), read.child(item, [NS.dc], 'date'), read.child(item, ATOM, 'published'), read.child(item, ATOM, 'updated')]
      .map((element) => read.value(element))
      .find((d) => d !== '');
    return {
      id: guid || about,
      title: titleOf(item),
      url: linkOf(item, itemBase) ?? (guidIsLink ? safeHttpUrl(guid) : undefined) ?? safeHttpUrl(about),
      date,
      // The description is the teaser; content:encoded (the whole article, HTML by its module's
      // definition) only when there is none.
      summary: read.text(read.child(item, rss, 'description'), 'mixed') || read.text(read.child(item, [NS.content], 'encoded'), 'html'),
    };
  };

  /** The `rel="alternate"` (or rel-less) Atom link of an RSS element. */
  function atomAlternate(element: XmlElement, elementBase: string | undefined): string | undefined {
    const link = childrenNamed(element, ATOM, 'link').find((l) => ['', 'alternate'].includes(attribute(l, 'rel')?.trim() ?? ''));
    return link ? safeHttpUrl(attribute(link, 'href'), innerBase(attribute(link, 'base', XML_NS), elementBase)) : undefined;
  }

  return {
    title: titleOf(channel),
    url: linkOf(channel, base),
    entries: itemNodes.filter((item) => item.complete).map(readItem),
  };
}
