import { DataError } from '../errors.js';
import type { EntryParts, FeedParts } from './headlines.js';
import { safeHttpUrl } from './links.js';
import { referencesOf, type NamedCharacters } from './references.js';
import { htmlToText, plainText } from './text.js';
import { notAFeed } from './xml-feed.js';

type Json = Record<string, unknown>;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Fields of the wrong JSON type are ignored. */
export function readJsonFeed(text: string, documentUrl: string | undefined, named: NamedCharacters): FeedParts {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new DataError('format', `Not well-formed JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!isObject(doc) || !str(doc.version).startsWith('https://jsonfeed.org/version/') || !Array.isArray(doc.items)) {
    throw notAFeed('JSON without a JSON Feed version and items');
  }
  const base = documentUrl ?? safeHttpUrl(str(doc.feed_url));
  const references = referencesOf(undefined, named);
  // JSON Feed's titles, summaries and content_text are plain text by the spec: kept as written.
  const plain = (value: unknown) => plainText(str(value));
  const entries = doc.items.filter(isObject).map((item): EntryParts => {
    const id = typeof item.id === 'number' ? String(item.id) : str(item.id);
    return {
      id: id === '' ? undefined : id,
      title: plain(item.title),
      url: safeHttpUrl(str(item.url), base) ?? safeHttpUrl(str(item.external_url), base),
      date: str(item.date_published) || str(item.date_modified) || undefined,
      summary: plain(item.summary) || plain(item.content_text) || htmlToText(str(item.content_html), references),
    };
  });
  return { title: plain(doc.title), url: safeHttpUrl(str(doc.home_page_url), base), entries };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
