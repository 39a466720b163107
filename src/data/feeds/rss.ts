import type { XmlNode } from '../xml.js';
import type { EntryParts, FeedParts } from './headlines.js';
import { innerBase, safeHttpUrl } from './links.js';
import { NS, attr, nodesOf, pick, plainTextIn, textIn, type XmlFeedDocument } from './xml-feed.js';

/**
 * RSS 0.9x/2.0 (`<rss><channel><item>`) and RSS 0.90/1.0 (`<rdf:RDF>`, where items are siblings of
 * the channel). Items found directly under `<rss>` are read too: feeds without a channel exist.
 */
export function readRss(doc: XmlFeedDocument, documentUrl: string | undefined): FeedParts {
  const { root } = doc;
  const names = (local: string): string[] => [...new Set([local, ...doc.keys(NS.rss10, local), ...doc.keys(NS.rss090, local)])];
  const channel = nodesOf(pick(root, names('channel')))[0] ?? root;
  const itemNodes = [...nodesOf(pick(channel, names('item'))), ...(channel === root ? [] : nodesOf(pick(root, names('item'))))];

  // The feed's own statement of its URL (atom:link rel="self") is the base when the caller has none.
  const selfUrl = nodesOf(pick(channel, doc.keys(NS.atom, 'link')))
    .filter((link) => attr(link, 'rel') === 'self')
    .map((link) => safeHttpUrl(attr(link, 'href')))[0];
  const base = innerBase(attr(channel, 'xml:base'), innerBase(attr(root, 'xml:base'), documentUrl ?? selfUrl));

  const fields = {
    title: names('title'),
    link: names('link'),
    description: names('description'),
    encoded: doc.keys(NS.content, 'encoded'),
    date: ['pubDate', ...doc.keys(NS.dc, 'date')],
  };

  const readItem = (item: XmlNode): EntryParts => {
    const itemBase = innerBase(attr(item, 'xml:base'), base);
    const guidNode = pick(item, ['guid']);
    const guid = textIn(item, ['guid']);
    // RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false".
    const guidIsLink = guid !== '' && attr(nodesOf(guidNode)[0], 'isPermaLink')?.trim().toLowerCase() !== 'false';
    const about = attr(item, 'rdf:about');
    const link = textIn(item, fields.link) || attr(nodesOf(pick(item, fields.link))[0], 'href');
    const date = textIn(item, fields.date);
    return {
      id: guid || about,
      title: plainTextIn(item, fields.title),
      url: safeHttpUrl(link, itemBase) ?? (guidIsLink ? safeHttpUrl(guid) : undefined) ?? safeHttpUrl(about),
      date: date === '' ? undefined : date,
      // The description is the teaser; content:encoded (the whole article) only when there is none.
      summary: plainTextIn(item, fields.description) || plainTextIn(item, fields.encoded),
    };
  };

  return {
    title: plainTextIn(channel, fields.title),
    url: safeHttpUrl(textIn(channel, fields.link), base),
    entries: itemNodes.map(readItem),
  };
}
