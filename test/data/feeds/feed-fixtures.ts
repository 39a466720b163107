import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';
import { HTML_ELEMENTS } from '../../../src/data/feeds/text.js';
import type { Feed } from '../../../src/data/types.js';

/** Bytes of a fixture under test/fixtures/. */
export function fixtureBytes(path: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
}

/**
 * A fixture as text. The charset is given by the test: the real decoding (Content-Type, prolog, BOM)
 * is src/data/decode.ts's job and has its own tests; these tests are about parsing.
 */
export function fixtureText(path: string, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(fixtureBytes(path));
}

/** Every string a widget would put on the page, with where it came from. */
function shownStrings(feed: Feed): [string, string][] {
  const out: [string, string][] = [];
  if (feed.title !== undefined) out.push(['feed.title', feed.title]);
  feed.items.forEach((item, i) => {
    out.push([`items[${i}].title`, item.title]);
    if (item.summary !== undefined) out.push([`items[${i}].summary`, item.summary]);
  });
  return out;
}

const TAG_LIKE = /<(?:[!?]|\/?[A-Z])[^<>]*>?/gi;
/** A start-tag-like word the author meant as text (`<gorilla>`): no attributes, no HTML element's name. */
const BARE_WORD = /^<([a-z][a-z\d]*)\s*\/?>$/i;

/**
 * Markup in a string: a comment, declaration or tag, except bare start-tag-like words of no HTML element,
 * which are text in feeds ("Nice <gorilla> what's he weigh?"). Empty when there is none.
 */
export function markupIn(text: string): string[] {
  return (text.match(TAG_LIKE) ?? []).filter((tag) => {
    const name = BARE_WORD.exec(tag)?.[1]?.toLowerCase();
    return name === undefined || HTML_ELEMENTS.has(name);
  });
}

/**
 * The promise of the data layer: text is text (no markup — so no tag carries a handler or a script
 * URL; "onclick=" or "javascript:" as words of a headline are text like any other) and links are
 * http(s).
 */
export function assertSafe(feed: Feed): void {
  for (const [where, text] of shownStrings(feed)) {
    assert.deepEqual(markupIn(text), [], `${where} holds markup: ${text.slice(0, 120)}`);
  }
  const urls = [feed.url, ...feed.items.map((item) => item.url)];
  for (const url of urls) if (url !== undefined) assert.match(url, /^https?:\/\/\S+$/, `unsafe url ${url}`);
}

/** Parses a feed that must read: anything thrown must be a `DataError`, and what comes out must be safe. */
export function parseSafely(text: string): Feed {
  let feed: Feed;
  try {
    feed = parseFeed(text);
  } catch (e) {
    assert.ok(e instanceof DataError, `threw a non-DataError: ${String(e)}`);
    throw e;
  }
  assertSafe(feed);
  return feed;
}
