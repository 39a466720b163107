import { withHtmlEntities } from '#html-entities';
import { DataError, isDataError } from '../errors.js';
import type { Feed } from '../types.js';
import { readAtom } from './atom.js';
import { toFeed, type FeedParts } from './headlines.js';
import { readJsonFeed } from './json-feed.js';
import { safeHttpUrl } from './links.js';
import type { HtmlEntities, NamedCharacters } from './references.js';
import { readRss } from './rss.js';
import { notAFeed, parseXmlFeed } from './xml-feed.js';

/**
 * Reads a news feed — RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 (and 0.3), JSON Feed 1.0/1.1, detected
 * from the content — into headlines that are safe to show: titles and summaries are plain text,
 * links are absolute http(s) URLs (relative ones resolved against `xml:base`, then `baseUrl`, the
 * URL the feed was fetched from), dates are ISO instants.
 *
 * A document cut short (a dropped connection, end tags a CMS lost) gives its complete items and
 * `partial: true`.
 *
 * Throws only `DataError` with code `format`: not a feed, not well-formed, or unreadable.
 */
export function parseFeed(text: string, baseUrl?: string): Feed {
  return parseFeedWith(withHtmlEntities, text, baseUrl);
}

/**
 * `parseFeed` with HTML's named references from `entities` (`#html-entities`'s choice for this
 * runtime, or the other one: the browser tests compare the two).
 */
export function parseFeedWith(entities: HtmlEntities, text: string, baseUrl?: string): Feed {
  try {
    return toFeed(entities((named) => readParts(text, safeHttpUrl(baseUrl), named)));
  } catch (e) {
    if (isDataError(e)) throw e;
    // The XML parser's own errors, a stack overflow on absurd nesting: still the document's fault.
    throw new DataError('format', `Feed could not be read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function readParts(text: string, documentUrl: string | undefined, named: NamedCharacters): FeedParts {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw notAFeed('the document is empty');
  if (start.startsWith('{') || start.startsWith('[')) return readJsonFeed(start, documentUrl, named);
  const doc = parseXmlFeed(start, named);
  const parts = doc.kind === 'atom' ? readAtom(doc, documentUrl) : readRss(doc, documentUrl);
  if (doc.tree.complete) return parts;
  // Cut short: the complete items are worth showing, as other readers show them; none is an error.
  if (parts.entries.length === 0) throw new DataError('format', 'Not well-formed XML: the document ends before its first complete item');
  return { ...parts, partial: true };
}
