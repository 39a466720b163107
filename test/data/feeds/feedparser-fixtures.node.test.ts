import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed, parseFeedDate } from '../../../src/data/feeds/index.js';
import type { Feed } from '../../../src/data/types.js';
import { fixtureText, parseSafely } from './feed-fixtures.js';

/**
 * feedparser's corpus (test/fixtures/feedparser, see SOURCES.md). Each file states its expectation
 * in an `Expect:` comment, a Python expression over feedparser's result; the test names quote it and
 * check what it means for a headline: the same text, or where feedparser keeps sanitised HTML, the
 * text a reader would see. Every file, whatever it expects, must give a safe feed or a DataError.
 */

/** The Expect: line of a feedparser test file. */
function expectLine(text: string): string {
  return /Expect:\s*(.*)/.exec(text)?.[1]?.trim() ?? '(none)';
}

/** How each file's bytes are decoded: its prolog's charset, else UTF-8 (as the data layer would). */
const encodingOf: Record<string, string> = { 'illformed__http_high_bit_date.xml': 'iso-8859-7' };

type Check = (feed: Feed) => void;

const checks: Record<string, Check | 'throws'> = {
  'wellformed__sanitize__entry_content_script.xml': (f) => assert.equal(f.items[0]!.summary, 'safe description'),
  'wellformed__sanitize__entry_content_script_cdata.xml': (f) => assert.equal(f.items[0]!.summary, 'safe description'),
  // feedparser keeps the iframe's children ("safe <b>description</b>"); as text that reads:
  'wellformed__sanitize__entry_content_iframe.xml': (f) => assert.equal(f.items[0]!.summary, 'safe description'),
  // feedparser keeps the <img> without its onclick; an image is no text, so there is no summary.
  'wellformed__sanitize__entry_content_onclick.xml': (f) => assert.equal(f.items[0]!.summary, undefined),
  'wellformed__sanitize__entry_content_crazy.xml': (f) => {
    const summary = f.items[0]!.summary ?? '';
    assert.match(summary, /Did The Javascript Execute\? I will execute here, too, if you mouse over me/);
    assert.doesNotMatch(summary, /alert|executeMe|function/);
  },
  'wellformed__sanitize__feed_title_unacceptable_uri.xml': (f) => assert.equal(f.title, 'safe'),
  // An end tag makes the field HTML: `<blink>` goes with it (a lone `<gorilla>` would be text).
  'wellformed__sanitize__item_description_blink.xml': (f) => assert.equal(f.items[0]!.summary, 'safe description'),
  // feedparser keeps the <div>; its text drops the inline script with its code.
  'wellformed__sanitize__entry_title_script_inline.xml': (f) => assert.equal(f.items[0]!.title, 'safe description'),
  // The title's xml:base="javascript:…" is ignored; the xhtml title reads as its text.
  'wellformed__base__unsafe_base.xml': (f) => assert.equal(f.items[0]!.title, 'Example test'),
  // feedparser's '&#38;' is HTML for "&"; a plain-text title holds the character itself.
  'wellformed__amp__amp01.xml': (f) => assert.equal(f.items[0]!.title, '&'),
  // feedparser keeps `&lt;!' <a href="foo">` as HTML; a browser reads `<!'` as the start of a bogus
  // comment that runs to the next `>`, so the text a reader would see is empty.
  'wellformed__rss__item_description_not_a_doctype.xml': (f) => assert.equal(f.items[0]!.summary, undefined),
  'wellformed__rss__item_pubDate_map_updated_parsed.xml': (f) => assert.equal(f.items[0]!.published, '2004-01-01T19:48:21.000Z'),
  'wellformed__atom__entry_updated_parsed.xml': (f) => assert.equal(f.items[0]!.published, '2003-12-31T10:14:55.000Z'),
  // Feed has no updated field; the date itself is checked through parseFeedDate below.
  'wellformed__rss__channel_lastBuildDate_parsed.xml': (f) => assert.equal(f.items.length, 0),
  // Bozo, and nothing worth reading: the document ends inside the first item's title.
  'illformed__rss_incomplete_cdata.xml': 'throws',
  // Ill-formed only because the last end tag is cut short (`</rss`); that one repair is made.
  'illformed__rss_item_link_corrupted_ampersands.xml': (f) => assert.equal(f.items[0]!.url, 'http://link/get?a=1&b=2'),
  // feedparser flags the undeclared itunes: prefix; headlines do not depend on namespaces being declared.
  'illformed__undeclared_namespace.xml': (f) => assert.deepEqual(f, { items: [] }),
  'illformed__http_high_bit_date.xml': (f) => assert.equal(f.items.length, 0),
  // Invalid UTF-8 inside CDATA (decoded to U+FFFD) and an href of "&": no crash.
  'encoding__bozo_encoding_mismatch_crash.xml': (f) => assert.equal(f.items.length, 1),
  // The bytes are UTF-8 for U+0092, a C1 control; read as Windows-1252 (as HTML does) it is ’.
  'encoding__demoronize-1.xml': (f) => assert.equal(f.items[0]!.summary, 'don\u2019t'),
};

describe('feedparser corpus: each file’s Expect:', () => {
  const files = readdirSync(new URL('../../fixtures/feedparser/', import.meta.url)).filter((f) => f.endsWith('.xml'));

  it('every file in the folder has a check here', () => {
    assert.deepEqual(
      files.filter((f) => !(f in checks)),
      [],
    );
  });

  for (const file of files) {
    const text = fixtureText(`feedparser/${file}`, encodingOf[file]);
    const check = checks[file];
    it(`${file} — Expect: ${expectLine(text)}`, () => {
      if (check === 'throws') {
        assert.throws(
          () => parseFeed(text),
          (e: unknown) => e instanceof DataError && e.code === 'format',
        );
        return;
      }
      check?.(parseSafely(text));
    });
  }

  it('channel lastBuildDate "Sat, 07 Sep 2002 00:00:01 GMT" → (2002, 9, 7, 0, 0, 1)', () => {
    assert.equal(parseFeedDate('Sat, 07 Sep 2002 00:00:01 GMT'), '2002-09-07T00:00:01.000Z');
  });

  it('high-bit date, decoded as ISO-8859-7: a Greek RFC 822 date', () => {
    const text = fixtureText('feedparser/illformed__http_high_bit_date.xml', 'iso-8859-7');
    const date = /<pubDate>(.*)<\/pubDate>/.exec(text)![1]!;
    assert.equal(date, 'Τρι, 29 Ιούν 2004 12:53:00 GMT');
    assert.equal(parseFeedDate(date), '2004-06-29T12:53:00.000Z');
  });
});

interface DateCase {
  parse_date: string;
  input_value: string;
  expected_value: number[] | null;
  comment?: string;
}

/**
 * feedparser's date-parser table. We cover these families: RFC 822 (with its real-world damage),
 * asctime and other month-first forms, W3DTF/ISO 8601 extended, Perforce's yyyy/MM/dd, and Greek
 * RFC 822 (Greek month names are in our month table). Skipped, by name:
 */
const SKIPPED_PARSERS: Record<string, string> = {
  _parse_date_hungarian: 'Hungarian month names inside an ISO-like form (2004-július-13T9:15)',
  _parse_date_nate: 'Korean (오후 = p.m.) from one Korean portal',
  _parse_date_onblog: 'Korean (년 월 일) from one Korean portal',
};
const SKIPPED_INPUTS: Record<string, string> = {
  '-0312': 'ISO 8601:1988 truncated forms with 2-digit years, not used by feeds',
  '031231': 'ISO 8601:1988 truncated forms with 2-digit years, not used by feeds',
  '03-12-31': 'ISO 8601:1988 truncated forms with 2-digit years, not used by feeds',
  '-03-12': 'ISO 8601:1988 truncated forms with 2-digit years, not used by feeds',
  '03335': 'ISO 8601 ordinal date with a 2-digit year, not used by feeds',
  '2003-012-31T10:14:55+00:00': 'a 3-digit month, which we read as not a date',
};

describe('feedparser date_parser_cases.json', () => {
  const { cases } = JSON.parse(readFileSync(new URL('../../fixtures/feedparser/date_parser_cases.json', import.meta.url), 'utf8')) as {
    cases: DateCase[];
  };

  /** feedparser's 9-tuple in UTC → our ISO instant (its tuples have whole seconds). */
  const instantOf = (t: number[]) => {
    const date = new Date(0);
    date.setUTCFullYear(t[0]!, t[1]! - 1, t[2]!);
    date.setUTCHours(t[3]!, t[4]!, t[5]!, 0);
    return date.toISOString();
  };
  const wholeSeconds = (iso: string | undefined) => iso?.replace(/\.\d{3}Z$/, '.000Z');

  for (const c of cases) {
    const skip = SKIPPED_PARSERS[c.parse_date] ?? SKIPPED_INPUTS[c.input_value];
    const name = `${c.parse_date} ${JSON.stringify(c.input_value)}${c.comment ? ` (${c.comment})` : ''}`;
    if (skip && c.input_value !== '') {
      it(name, { skip }, () => {});
      continue;
    }
    it(name, () => {
      const expected = c.expected_value === null ? undefined : instantOf(c.expected_value);
      assert.equal(wholeSeconds(parseFeedDate(c.input_value)), expected);
    });
  }

  it('fractional seconds are kept to the millisecond', () => {
    assert.equal(parseFeedDate('2007-04-23T23:25:47.538+10:00'), '2007-04-23T13:25:47.538Z');
  });
});
