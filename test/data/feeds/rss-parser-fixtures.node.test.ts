import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';
import type { Feed } from '../../../src/data/types.js';
import { assertSafe, fixtureText } from './feed-fixtures.js';

/**
 * rss-parser's own input/output pairs (test/fixtures/rss-parser, see SOURCES.md): item by item, our
 * titles, links and dates equal its golden output. Where we deliberately differ, the case says how
 * the golden value is turned into ours — always in the direction of the spec (plain-text titles,
 * absolute links) — and why.
 */

interface GoldenItem {
  title?: string;
  link?: string;
  pubDate?: string;
  isoDate?: string;
}
interface Golden {
  title?: string;
  link?: string;
  items: GoldenItem[];
}

function golden(name: string, encoding: BufferEncoding = 'utf8'): Golden {
  const file = new URL(`../../fixtures/rss-parser/output/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, encoding)) as { feed: Golden }).feed;
}

/** Headlines are shown on one line: whitespace runs collapse to one space and ends are trimmed. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Links come out in their WHATWG-serialised form (`https://localhost:8000` → `https://localhost:8000/`). */
const normalised = (link: string, base?: string) => new URL(link, base).href;

interface Pair {
  input: string;
  /** The URL the feed is fetched from, for relative links. */
  baseUrl?: string;
  /** How the input's bytes are decoded (the real decoder reads the charset from the response). */
  inputEncoding?: string;
  goldenEncoding?: BufferEncoding;
  /** Golden title → our title, where the golden keeps markup. */
  title?: (golden: string) => string;
}

const pairs: Pair[] = [
  { input: 'reddit.rss' },
  {
    input: 'craigslist.rss',
    // rss-parser returns the title's CDATA verbatim, markup and all; headlines are plain text.
    title: (g) => g.replaceAll('&#x0024;', '$').replace(/<\/?sup>/g, ''),
  },
  // The golden keeps GitHub's relative links ("/gulpjs/gulp/releases/tag/v3.9.0"); we resolve them
  // against the feed URL, because a relative href in a widget would point at the embedding site.
  { input: 'gulp-atom.atom', baseUrl: 'https://github.com/gulpjs/gulp/releases.atom' },
  { input: 'heise.atom' },
  { input: 'heraldsun.rss', inputEncoding: 'iso-8859-1' },
  { input: 'instant-article.rss' },
  { input: 'content-encoded.rss' },
  { input: 'missing-fields.atom' },
  { input: 'incomplete-fields.atom' },
  { input: 'narro.rss' },
  // ISO-8859-1 bytes (served as charset=latin1); the golden JSON is itself stored in latin1.
  { input: 'encoding.rss', inputEncoding: 'windows-1252', goldenEncoding: 'latin1' },
];

function parsePair(pair: Pair): Feed {
  return parseFeed(fixtureText(`rss-parser/input/${pair.input}`, pair.inputEncoding), pair.baseUrl);
}

describe('rss-parser input/output pairs', () => {
  for (const pair of pairs) {
    const name = pair.input.replace(/\.[a-z]+$/, '');
    it(`${pair.input}: titles, links and dates equal ${name}.json item by item`, () => {
      const feed = parsePair(pair);
      const expected = golden(name, pair.goldenEncoding);
      assert.equal(feed.items.length, expected.items.length, 'item count');
      expected.items.forEach((g, i) => {
        const item = feed.items[i]!;
        const title = collapse(pair.title ? pair.title(g.title ?? '') : (g.title ?? ''));
        assert.equal(item.title, title, `items[${i}].title`);
        assert.equal(item.url, g.link === undefined ? undefined : normalised(g.link, pair.baseUrl), `items[${i}].url`);
        assert.equal(item.published, g.isoDate, `items[${i}].published (golden pubDate ${JSON.stringify(g.pubDate)})`);
      });
      assert.equal(feed.title, expected.title === undefined ? undefined : collapse(expected.title), 'feed title');
      assert.equal(feed.url, expected.link === undefined ? undefined : normalised(expected.link), 'feed url');
      assertSafe(feed);
    });
  }

  it('gulp-atom.atom without a feed URL: relative links resolve against the feed’s own rel="self" link', () => {
    const feed = parseFeed(fixtureText('rss-parser/input/gulp-atom.atom'));
    assert.equal(feed.items[0]!.url, 'https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
  });

  it('gulp-atom.atom: escaped HTML content becomes a plain-text summary', () => {
    const feed = parseFeed(fixtureText('rss-parser/input/gulp-atom.atom'));
    assert.equal(feed.items[0]!.summary, '3.9.0');
  });

  it('instant-article.rss: the description is the summary, content:encoded is the fallback', () => {
    const feed = parseFeed(fixtureText('rss-parser/input/instant-article.rss'));
    assert.equal(feed.items[0]!.summary, 'Lorem ipsum');
    const onlyEncoded = fixtureText('rss-parser/input/instant-article.rss').replace(/<description>Lorem ipsum<\/description>/, '');
    assert.equal(parseFeed(onlyEncoded).items[0]!.summary, 'Lorem ipsum');
  });

  it('missing-fields.atom / incomplete-fields.atom: an entry with only an id keeps it; one with nothing gets a stable hash id', () => {
    assert.equal(parseFeed(fixtureText('rss-parser/input/missing-fields.atom')).items[0]!.id, 'tag:github.com,2008:Repository/11167738/v3.9.0');
    const a = parseFeed(fixtureText('rss-parser/input/incomplete-fields.atom')).items[0]!.id;
    const b = parseFeed(fixtureText('rss-parser/input/incomplete-fields.atom')).items[0]!.id;
    assert.match(a, /^hash:[0-9a-f]{16}$/);
    assert.equal(a, b);
  });

  describe('uolNoticias.rss: <rss> without version or prolog, ISO-8859-1 bytes — the golden is wrong twice', () => {
    // rss-parser's test read these ISO-8859-1 bytes as UTF-8, so every accented letter in
    // uolNoticias.json is U+FFFD. We decode the bytes as what they are and expect the real letters:
    // each U+FFFD in the golden stands for exactly one non-ASCII character of ours.
    const feed = parseFeed(fixtureText('rss-parser/input/uolNoticias.rss', 'windows-1252'));
    const expected = golden('uolNoticias');

    it('titles: the golden’s U+FFFD are the accented letters', () => {
      assert.equal(feed.items.length, expected.items.length);
      assert.equal(feed.items[0]!.title, 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
      expected.items.forEach((g, i) => {
        const ours = [...feed.items[i]!.title];
        // The golden also keeps a no-break space as U+FFFD ("fechar\uFFFDcom"); we collapse it to a space.
        const theirs = [...collapse(g.title!)];
        assert.equal(ours.length, theirs.length, `items[${i}].title length: ${feed.items[i]!.title}`);
        theirs.forEach((ch, j) => {
          if (ch === '\uFFFD') assert.ok(ours[j]! > '\u007f' || ours[j] === ' ', `items[${i}].title[${j}]`);
          else assert.equal(ours[j], ch, `items[${i}].title[${j}]`);
        });
        assert.equal(feed.items[i]!.url, g.link === undefined ? undefined : normalised(g.link));
      });
    });

    it('dates: Portuguese names ("Seg, 24 Set 2018 19:42:40 -0300") are read; the golden has no isoDate', () => {
      // JavaScript's Date does not know "Set" (setembro), so rss-parser gave up; the expected
      // instant is the same text with the English month.
      expected.items.forEach((g, i) => {
        const english = g.pubDate!.replace(/^Seg, /, '').replace(' Set ', ' Sep ');
        assert.equal(feed.items[i]!.published, new Date(english).toISOString(), `items[${i}] ${g.pubDate}`);
      });
      assert.equal(feed.items[0]!.published, '2018-09-24T22:42:40.000Z');
    });
  });

  it('unrecognized.rss (an HTML "Document Moved" page) is a clear format error', () => {
    assert.throws(
      () => parseFeed(fixtureText('rss-parser/input/unrecognized.rss')),
      (e: unknown) => e instanceof DataError && e.code === 'format' && /not recognized as a feed/.test(e.message) && /HTML/.test(e.message),
    );
  });
});
