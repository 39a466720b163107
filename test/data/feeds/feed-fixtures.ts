import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';
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

/**
 * Markup in a string: every tag, comment or declaration in it, as an HTML tokenizer would start one.
 * Empty when there is none. Text that the HTML of a feed spelled with references (`&lt;p&gt;`) is
 * text like any other, so this is only asked of fields read from HTML without such references.
 */
export function markupIn(text: string): string[] {
  return text.match(TAG_LIKE) ?? [];
}

/** C0 and C1 controls, bidi embeddings, overrides and isolates, non-characters, lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF\p{Surrogate}]/u;

/**
 * The promise of the data layer: titles and summaries are text — one line, no control or bidi
 * characters, no lone surrogates; `<` may be a character of the text, and a consumer escapes it as
 * any text (the widgets' text bindings do) — and links are http(s).
 */
export function assertSafe(feed: Feed): void {
  for (const [where, text] of shownStrings(feed)) {
    assert.ok(!UNWANTED.test(text), `${where} holds an unwanted character: ${JSON.stringify(text.slice(0, 120))}`);
    assert.equal(text, text.replace(/\s+/g, ' ').trim(), `${where} is not one line: ${JSON.stringify(text.slice(0, 120))}`);
  }
  const urls = [feed.url, ...feed.items.map((item) => item.url)];
  for (const url of urls) if (url !== undefined) assert.match(url, /^https?:\/\/\S+$/, `unsafe url ${url}`);
}

/** For feeds whose fields hold no escaped tag-like text: nothing that was markup in the feed is left. */
export function assertNoMarkup(feed: Feed): void {
  for (const [where, text] of shownStrings(feed)) assert.deepEqual(markupIn(text), [], `${where} holds markup: ${text.slice(0, 120)}`);
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
