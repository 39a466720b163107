import { DataError } from '../errors.js';
import { restoreFeed } from '../persisted.js';
import type { Source } from '../source.js';
import type { Feed } from '../types.js';
import { identify } from './identity.js';

/** A feed is one document: the URL says everything, so a feed source takes no options. */
export type FeedQuery = Record<string, never>;

/** Feeds change within minutes; refresh a watched one this often. */
const FEED_TTL = 5 * 60 * 1000;

/**
 * The headlines of a news feed at any URL: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed,
 * recognised from the content. Relative links in the feed resolve against the feed's own address.
 */
export function feedAt(url: string): Source<Feed, FeedQuery> {
  return identify(`feed:${url}`, {
    name: `feed:${url}`,
    ttl: FEED_TTL,
    restore: restoreFeed,
    key: () => '',
    async load(_query, { fetchText }) {
      const address = absolute(url);
      const [{ parseFeed }, text] = await Promise.all([import('../feeds/index.js'), fetchText(address)]);
      return parseFeed(text, address);
    },
  });
}

/** The feed's address as the page sees it, so relative item links resolve where the feed lives. */
function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch (error) {
    throw new DataError('network', `"${url}" is not a valid feed address`, { cause: error });
  }
}
