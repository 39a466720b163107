import type { Feed, Headline } from '../types.js';
import { parseFeedDate } from './dates.js';
import { truncate } from './text.js';

/** What each format's reader extracts from one item, before the rules shared by all formats. */
export interface EntryParts {
  /** guid / id / rdf:about as written. */
  id?: string;
  /** Plain text. */
  title: string;
  /** Already resolved and checked by `safeHttpUrl`. */
  url?: string;
  /** The date as written. */
  date?: string;
  /** Plain text. */
  summary: string;
}

export interface FeedParts {
  title: string;
  url?: string;
  entries: EntryParts[];
  /** Some of the document is missing: the entries are the complete ones. */
  partial?: boolean;
}

/** A ticker line; longer titles are cut at a word. */
const MAX_TITLE_LENGTH = 300;
/** A teaser of two or three lines. */
const MAX_SUMMARY_LENGTH = 300;
/** A title made up from the summary (JSON Feed micro-posts have none) is kept shorter. */
const MAX_DERIVED_TITLE_LENGTH = 120;
/** Ids longer than this are replaced by their hash: they key DOM nodes and cache entries. */
const MAX_ID_LENGTH = 512;

/** The parts every format yields → the public `Feed`: lengths capped, dates normalised, ids unique. */
export function toFeed(parts: FeedParts): Feed {
  const ids: IdRegistry = { taken: new Set(), next: new Map() };
  const items = parts.entries.map((entry): Headline => {
    const published = entry.date === undefined ? undefined : parseFeedDate(entry.date);
    const summary = entry.summary === '' ? undefined : truncate(entry.summary, MAX_SUMMARY_LENGTH);
    const title = entry.title !== '' ? truncate(entry.title, MAX_TITLE_LENGTH) : truncate(entry.summary, MAX_DERIVED_TITLE_LENGTH);
    const id = uniqueId(baseId(entry, title, published), ids);
    return {
      id,
      title,
      ...(entry.url === undefined ? {} : { url: entry.url }),
      ...(published === undefined ? {} : { published }),
      ...(summary === undefined ? {} : { summary }),
    };
  });
  const title = parts.title === '' ? undefined : truncate(parts.title, MAX_TITLE_LENGTH);
  return {
    ...(title === undefined ? {} : { title }),
    ...(parts.url === undefined ? {} : { url: parts.url }),
    items,
    ...(parts.partial ? { partial: true as const } : {}),
  };
}

/** guid/id, else the link, else a hash of what the reader sees (title and date), so it is stable across refreshes. */
function baseId(entry: EntryParts, title: string, published: string | undefined): string {
  const id = entry.id?.trim();
  if (id) return id.length <= MAX_ID_LENGTH ? id : `hash:${stableHash(id)}`;
  if (entry.url) return entry.url;
  return `hash:${stableHash(`${title}\n${published ?? entry.date ?? ''}\n${title === '' ? entry.summary : ''}`)}`;
}

interface IdRegistry {
  taken: Set<string>;
  /** Next suffix to try per id, so a feed of a thousand repeats stays linear. */
  next: Map<string, number>;
}

/** Feeds repeat guids; a keyed list needs each id once, so repeats get `#2`, `#3` in feed order. */
function uniqueId(id: string, ids: IdRegistry): string {
  let n = ids.next.get(id) ?? 1;
  let candidate = n === 1 ? id : `${id}#${n}`;
  while (ids.taken.has(candidate)) candidate = `${id}#${++n}`;
  ids.next.set(id, n + 1);
  ids.taken.add(candidate);
  return candidate;
}

/**
 * Two 32-bit FNV-1a lanes with different offsets, as 16 hex digits: an identity for an item, not
 * a security boundary, so a fast non-cryptographic hash is enough.
 */
function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f5a3c17;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
