import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Feed } from '../../../src/data/types.js';
import { fixtureText, parseSafely } from './feed-fixtures.js';

/**
 * A conformance run over a slice of feedparser's corpus (test/fixtures/feedparser-conformance, see
 * SOURCES.md): every file whose `Expect:` is one equality on a headline field, checked against that
 * expected value. Whitespace is compared collapsed (a headline is one line). Where we differ on
 * purpose, the difference is listed below with its reason and our value is pinned instead.
 */

const FOLDER = 'feedparser-conformance';

/** `[not bozo and] feed['title'] == 'x'` → the field and the expected Python string. */
const EXPECT = /^(?:not bozo and )?(feed|entries\[0\])(?:\['(\w+)'\]|\.(\w+)) == (u?(['"]).*\5)\s*$/;

/** A Python string literal's value: the escapes feedparser's test files use. */
function pythonString(literal: string): string {
  const body = literal.replace(/^u/, '').slice(1, -1);
  return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|.)/g, (_, esc: string) => {
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[esc] ?? `\\${esc}`;
  });
}

/** Our field for feedparser's: `link` is the URL, `guid`/`id` the item's id. */
function ourValue(feed: Feed, scope: string, field: string): string | undefined {
  const target = scope === 'feed' ? feed : feed.items[0];
  if (!target) return undefined;
  if (field === 'title') return target.title;
  if (field === 'link') return target.url;
  return 'id' in target ? target.id : undefined;
}

const collapsed = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

/** Deliberate differences: file → [our value, why]. Keep docs/feeds.md's list in step. */
const BASE64 = 'Atom 0.3’s `mode="base64"` (dropped from Atom 1.0) is not decoded: the text is shown as written';
const HTML_KEPT = 'feedparser returns the HTML of an `html`/`xhtml` title; a headline is its text';
const NO_FEED_ID = 'Feed has no id: a ticker needs the items’ ids, not the feed’s';

/** Deliberate differences: file → [our value, why]. docs/feeds.md lists the same. */
const DIFFERENCES: Record<string, [ours: string | undefined, why: string]> = {
  'entities__lang.xml': ['testing \u27e8 entity', 'HTML5’s table maps &lang; to U+27E8; feedparser uses HTML 4’s U+2329'],
  'entities__rang.xml': ['testing \u27e9 entity', 'HTML5’s table maps &rang; to U+27E9; feedparser uses HTML 4’s U+232A'],
  'wellformed__atom10__entry_title_base64.xml': ['RXhhbXBsZSA8Yj5BdG9tPC9iPg==', BASE64],
  'wellformed__atom10__feed_title_base64.xml': ['RXhhbXBsZSA8Yj5BdG9tPC9iPg==', BASE64],
  'wellformed__atom10__entry_title_base64_2.xml': ['PHA+SGlzdG9yeSBvZiB0aGUgJmx0O2JsaW5rJmd0OyB0YWc8L3A+', BASE64],
  'wellformed__atom10__feed_title_base64_2.xml': ['PHA+SGlzdG9yeSBvZiB0aGUgJmx0O2JsaW5rJmd0OyB0YWc8L3A+', BASE64],
  'wellformed__atom10__entry_title_escaped_markup.xml': ['Example Atom', HTML_KEPT],
  'wellformed__atom10__entry_title_inline_markup.xml': ['Example Atom', HTML_KEPT],
  'wellformed__atom10__entry_title_inline_markup_2.xml': ['History of the <blink> tag', HTML_KEPT],
  'wellformed__atom10__feed_title_escaped_markup.xml': ['Example Atom', HTML_KEPT],
  'wellformed__atom10__feed_title_inline_markup.xml': ['Example Atom', HTML_KEPT],
  'wellformed__atom10__feed_title_inline_markup_2.xml': ['History of the <blink> tag', HTML_KEPT],
  'wellformed__atom10__feed_id.xml': [undefined, NO_FEED_ID],
  'wellformed__atom10__feed_id_map_guid.xml': [undefined, NO_FEED_ID],
  'wellformed__rss__item_image_link_conflict.xml': ['http://item.test/', 'links are parsed URLs, whose host is lower case (as a browser writes it)'],
};

describe('feedparser conformance: Expect: equalities on title, link and id', () => {
  const files = readdirSync(new URL(`../../fixtures/${FOLDER}/`, import.meta.url))
    .filter((f) => f.endsWith('.xml'))
    .sort();
  let passing = 0;

  for (const file of files) {
    const text = fixtureText(`${FOLDER}/${file}`);
    const expectLine = /Expect:\s*(.*)/.exec(text)![1]!.trim();
    const [, scope, bracketField, dotField, literal] = EXPECT.exec(expectLine) ?? [];
    it(`${file}: ${expectLine}`, () => {
      assert.ok(scope && literal, `Expect: line not in the slice's form: ${expectLine}`);
      const field = bracketField ?? dotField!;
      const feed = parseSafely(text);
      const ours = collapsed(ourValue(feed, scope, field));
      const difference = DIFFERENCES[file];
      if (difference) {
        assert.notEqual(ours, collapsed(pythonString(literal)), 'listed as a difference but now agrees: drop it from the list');
        assert.equal(ours, difference[0], difference[1]);
        return;
      }
      assert.equal(ours, collapsed(pythonString(literal)));
      passing++;
    });
  }

  it('count: files that agree with feedparser, as docs/feeds.md states', () => {
    assert.equal(files.length, 317);
    assert.equal(passing, files.length - Object.keys(DIFFERENCES).length);
    const page = readFileSync(new URL('../../../docs/feeds.md', import.meta.url), 'utf8');
    assert.match(page, new RegExp(`\\b${passing} of ${files.length} files\\b`));
    assert.match(page, new RegExp(`\\bThe ${Object.keys(DIFFERENCES).length} others differ on purpose\\b`));
  });
});
