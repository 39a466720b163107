import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed, parseFeedDate } from '../../../src/data/feeds/index.js';
import { assertSafe } from './feed-fixtures.js';

const formatError = (pattern: RegExp) => (e: unknown) => e instanceof DataError && e.code === 'format' && pattern.test(e.message);

describe('format detection', () => {
  it('RSS 1.0: items are siblings of the channel; dc:date; rdf:about as id and link fallback', () => {
    const feed = parseFeed(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:d="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>R</title><link>https://example.org/</link></channel>
        <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link><d:date>2020-01-13T14:10:00+03:00</d:date></item>
        <item rdf:about="https://example.org/2"><title>Two</title></item>
      </rdf:RDF>`);
    assert.deepEqual(feed, {
      title: 'R',
      url: 'https://example.org/',
      items: [
        { id: 'https://example.org/1', title: 'One', url: 'https://example.org/1', published: '2020-01-13T11:10:00.000Z' },
        { id: 'https://example.org/2', title: 'Two', url: 'https://example.org/2' },
      ],
    });
  });

  it('RSS 0.90 (Netscape namespace)', () => {
    const feed = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel><title>Old</title><link>http://example.org/</link></channel><item><title>A</title><link>http://example.org/a</link></item></rdf:RDF>`);
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.url]),
      [['A', 'http://example.org/a']],
    );
  });

  it('RSS 0.91 with its DTD and HTML entities it declared (&eacute;)', () => {
    const feed = parseFeed(`<?xml version="1.0" encoding="ISO-8859-1"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Caf&eacute;</title><item><title>Cr&egrave;me&nbsp;br&ucirc;l&eacute;e</title><link>http://example.org/c</link></item></channel></rss>`);
    assert.equal(feed.title, 'Café');
    assert.equal(feed.items[0]!.title, 'Crème brûlée');
  });

  it('Atom with a prefix (<atom:feed>), Atom 0.3 dates (issued, modified)', () => {
    const prefixed = parseFeed(`<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
      <atom:entry><atom:id>urn:1</atom:id><atom:title type="html">&lt;i&gt;One&lt;/i&gt;</atom:title><atom:link href="https://example.org/1"/><atom:updated>2020-01-13T11:10:00Z</atom:updated></atom:entry></atom:feed>`);
    assert.deepEqual(prefixed.items, [{ id: 'urn:1', title: 'One', url: 'https://example.org/1', published: '2020-01-13T11:10:00.000Z' }]);
    const old = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>Old</title><issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T00:00:00Z</modified></entry></feed>`,
    );
    assert.equal(old.items[0]!.published, '2004-01-01T19:48:21.000Z');
  });

  it('Atom: published before updated; rel="alternate" HTML link preferred over others; xml:base chain', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/">
        <link rel="self" href="https://example.org/blog/atom.xml"/><link href="./"/>
        <entry xml:base="2020/"><id>e</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> move</div></title>
          <link rel="enclosure" href="a.mp3"/><link rel="alternate" type="application/json" href="a.json"/><link rel="alternate" type="text/html" href="a.html"/>
          <updated>2020-02-01T00:00:00Z</updated><published>2020-01-01T00:00:00Z</published>
          <content type="html">&lt;p&gt;First&lt;/p&gt;&lt;p&gt;second&lt;/p&gt;</content></entry>
      </feed>`,
      'https://ignored.example/feed',
    );
    assert.equal(feed.url, 'https://example.org/blog/');
    assert.deepEqual(feed.items, [
      { id: 'e', title: 'A bold move', url: 'https://example.org/blog/2020/a.html', published: '2020-01-01T00:00:00.000Z', summary: 'First second' },
    ]);
  });

  it('JSON Feed 1.1: fields, relative url against the feed URL, date_modified fallback, numeric id, no title, plain-text title', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J &amp; co',
        home_page_url: 'https://example.org/',
        items: [
          { id: 7, url: '/posts/7', title: 'Seven', date_modified: '2020-01-13T14:10:00+03:00', content_html: '<p>Hello <b>world</b></p>' },
          { id: '8', content_text: 'A micro post without a title, which the ticker still needs a line for.' },
        ],
      }),
      'https://example.org/feed.json',
    );
    assert.deepEqual(feed, {
      // JSON Feed's title is plain text: `&amp;` is what the author wrote (JSON has no references).
      title: 'J &amp; co',
      url: 'https://example.org/',
      items: [
        { id: '7', title: 'Seven', url: 'https://example.org/posts/7', published: '2020-01-13T11:10:00.000Z', summary: 'Hello world' },
        {
          id: '8',
          title: 'A micro post without a title, which the ticker still needs a line for.',
          summary: 'A micro post without a title, which the ticker still needs a line for.',
        },
      ],
    });
  });

  it('not a feed: HTML, other XML, other JSON, empty — each a clear format error', () => {
    assert.throws(() => parseFeed('<!DOCTYPE html><html><head><title>x</title></head></html>'), formatError(/not recognized as a feed.*HTML/));
    assert.throws(() => parseFeed('<ValCurs Date="13.12.2025"><Valute/></ValCurs>'), formatError(/not recognized as a feed.*<ValCurs>/));
    assert.throws(() => parseFeed('{"rates": {}}'), formatError(/not recognized as a feed/));
    assert.throws(() => parseFeed('{"version": '), formatError(/JSON/));
    assert.throws(() => parseFeed('   '), formatError(/not recognized as a feed/));
    assert.throws(() => parseFeed('<rss><channel><title>x</channel></rss>'), formatError(/well-formed/));
  });

  it('a feed with no items is a feed with no items, not an error', () => {
    assert.deepEqual(parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>'), { title: 'Quiet', items: [] });
  });
});

describe('lenient reading of common damage', () => {
  it('bare & in a link and a title (retried after escaping them); & inside CDATA untouched', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><item><title>Q&A: R&D</title><link>https://example.org/?a=1&b=2&amp;c=3</link>' +
        '<description><![CDATA[a &amp; b]]></description></item></channel></rss>',
    );
    assert.deepEqual(feed.items[0], { id: 'https://example.org/?a=1&b=2&c=3', title: 'Q&A: R&D', url: 'https://example.org/?a=1&b=2&c=3', summary: 'a & b' });
  });

  it('a comment before the XML declaration, a BOM, leading whitespace', () => {
    const feed = parseFeed('\uFEFF\n<!-- generated -->\n<?xml version="1.0"?>\n<rss version="2.0"><channel><title>c</title></channel></rss>');
    assert.equal(feed.title, 'c');
  });

  it('a truncated CDATA section is an error, not a guess', () => {
    assert.throws(() => parseFeed('<rss version="2.0"><channel><item><title><![CD'), formatError(/well-formed/));
  });
});

describe('headline text', () => {
  const titleOf = (xmlTitle: string) => parseFeed(`<rss version="2.0"><channel><item><title>${xmlTitle}</title></item></channel></rss>`).items[0]!.title;

  it('escaped markup goes; references left after XML’s make the title HTML, whose text they are', () => {
    // Double-escaped: the HTML `&lt;b&gt;Bold…` shows "<b>Bold…" in a browser, as feedparser's HTML does.
    assert.equal(titleOf('&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; move'), '<b>Bold</b> move');
    assert.equal(titleOf('&lt;b&gt;Bold&lt;/b&gt; move'), 'Bold move');
    assert.equal(titleOf('AT&amp;amp;T &amp;#8212; news'), 'AT&T — news');
    assert.equal(titleOf('x &lt; y &amp;&amp; y &gt; z'), 'x < y && y > z');
    assert.equal(titleOf('caf&amp;eacute;&amp;nbsp;&#x263A; &#8220;q&#8221; &#146;'), 'café ☺ “q” ’');
  });

  it('whitespace collapses; controls and bidi overrides are removed', () => {
    assert.equal(titleOf('  two\n\t lines  '), 'two lines');
    assert.equal(titleOf('a&#x202E;b&#x7;c'), 'abc');
  });

  it('summaries are plain text, cut at a word near 300 characters', () => {
    const long = 'word '.repeat(200);
    const feed = parseFeed(`<rss version="2.0"><channel><item><title>t</title><description>&lt;p&gt;${long}&lt;/p&gt;</description></item></channel></rss>`);
    const summary = feed.items[0]!.summary!;
    assert.ok(summary.length <= 300);
    assert.match(summary, /^word word .* word…$/);
  });
});

describe('headline ids', () => {
  const items = (xml: string) => parseFeed(`<rss version="2.0"><channel>${xml}</channel></rss>`).items;

  it('guid, else link, else a hash of title and date that is stable', () => {
    const [a, b, c] = items(
      '<item><guid isPermaLink="false">g-1</guid><title>A</title></item>' +
        '<item><title>B</title><link>https://example.org/b</link></item>' +
        '<item><title>C</title><pubDate>Mon, 13 Jan 2020 11:10:00 GMT</pubDate></item>',
    );
    assert.equal(a!.id, 'g-1');
    assert.equal(a!.url, undefined, 'isPermaLink="false": the guid is not a link');
    assert.equal(b!.id, 'https://example.org/b');
    assert.match(c!.id, /^hash:[0-9a-f]{16}$/);
    assert.equal(items('<item><title>C</title><pubDate>Mon, 13 Jan 2020 11:10:00 GMT</pubDate></item>')[0]!.id, c!.id);
    assert.notEqual(items('<item><title>C</title><pubDate>Tue, 14 Jan 2020 11:10:00 GMT</pubDate></item>')[0]!.id, c!.id);
  });

  it('a permalink guid is the link when there is no <link>', () => {
    assert.equal(items('<item><guid>https://example.org/p</guid><title>P</title></item>')[0]!.url, 'https://example.org/p');
  });

  it('repeated ids are made unique in feed order', () => {
    const ids = items('<item><guid>x</guid><title>1</title></item>'.repeat(3) + '<item><guid>x#2</guid><title>4</title></item>').map((i) => i.id);
    assert.deepEqual(ids, ['x', 'x#2', 'x#3', 'x#2#2']);
  });

  it('relative links resolve against the feed URL; RSS xml:base first', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><link>/</link><item><title>a</title><link>news/1</link></item>' +
        '<item xml:base="https://cdn.example.net/x/"><title>b</title><link>2</link></item></channel></rss>',
      'https://example.org/feeds/rss.xml',
    );
    assertSafe(feed);
    assert.equal(feed.url, 'https://example.org/');
    assert.deepEqual(
      feed.items.map((i) => i.url),
      ['https://example.org/feeds/news/1', 'https://cdn.example.net/x/2'],
    );
  });
});

describe('parseFeedDate beyond the feedparser table', () => {
  const cases: [string, string | undefined][] = [
    ['Wed, 03 Jan 2018 13:47:00 GMT\r\n      ', '2018-01-03T13:47:00.000Z'],
    ['Mon, 13 Jan 2020 14:10:00 MSK', '2020-01-13T11:10:00.000Z'],
    ['Mon, 13 Jan 2020 14:10:00 +0300 (MSK)', '2020-01-13T11:10:00.000Z'],
    ['Пн, 13 янв 2020 14:10:00 +0300', '2020-01-13T11:10:00.000Z'],
    ['13 janvier 2020 14:10 +0100', '2020-01-13T13:10:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['Thu, 01 Jan 70 00:00:00 GMT', '1970-01-01T00:00:00.000Z'],
    ['January 5, 2004', '2004-01-05T00:00:00.000Z'],
    ['2020-01-13T14:10+03:00', '2020-01-13T11:10:00.000Z'],
    ['2020-01-13t11:10:00z', '2020-01-13T11:10:00.000Z'],
    ['Thu, 29 Feb 2001 00:00:00 GMT', undefined],
    ['yesterday', undefined],
    ['1579000000', undefined],
    ['Mon, 13 Jan 2020 14:10:00 XYZ', undefined],
    ['x'.repeat(10_000), undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 50))} → ${expected ?? 'undefined'}`, () => assert.equal(parseFeedDate(input), expected));
  }
});
