import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/data/decode.js';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';
import type { Feed } from '../../../src/data/types.js';
import { assertSafe, fixtureText } from './feed-fixtures.js';

/**
 * Issue 14: what other feed readers read. One block per class; real documents (feedparser's corpus,
 * the portal's feed) where one shows the class, small written cases where none does.
 */

const rss = (inner: string, rootAttributes = '') =>
  `<?xml version="1.0"?><rss version="2.0"${rootAttributes}><channel><title>t</title>${inner}</channel></rss>`;
const conformance = (file: string) => parseFeed(fixtureText(`feedparser-conformance/${file}`));

function parsed(text: string, baseUrl?: string): Feed {
  const feed = parseFeed(text, baseUrl);
  assertSafe(feed);
  return feed;
}

describe('1. numeric character references outside text', () => {
  it('WordPress’s `?p=1&#038;x=2` in link and guid, `&#38;` in an Atom href: the query keeps its `&`', () => {
    const feed = parsed(rss('<item><title>WP</title><link>https://example.org/?p=1&#038;x=2</link><guid>https://example.org/?p=1&#38;x=2</guid></item>'));
    assert.equal(feed.items[0]!.url, 'https://example.org/?p=1&x=2');
    assert.equal(feed.items[0]!.id, 'https://example.org/?p=1&x=2');
    const atom = parsed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:e,2020:&#x31;</id><title>A</title><link href="https://example.org/a?b=1&#38;c=2"/></entry></feed>',
    );
    assert.equal(atom.items[0]!.url, 'https://example.org/a?b=1&c=2');
    assert.equal(atom.items[0]!.id, 'tag:e,2020:1');
  });

  it('a pubDate with `&#32;` and `&#x3A;` still reads as a date', () => {
    const feed = parsed(rss('<item><title>D</title><pubDate>Thu,&#32;01 Jan 2004 19&#x3A;48:21 GMT</pubDate></item>'));
    assert.equal(feed.items[0]!.published, '2004-01-01T19:48:21.000Z');
  });
});

describe('2. escaped markup that is text', () => {
  it('RSS title "Nice &#x3C;gorilla&#x3E; what’s he weigh?" keeps its gorilla', () => {
    assert.equal(parsed(rss("<item><title>Nice &#x3C;gorilla&#x3E; what's he weigh?</title></item>")).items[0]!.title, "Nice <gorilla> what's he weigh?");
  });

  it('RSS title "RSS &lt;&lt;&lt;Tutorial&gt;&gt;&gt;" keeps its brackets', () => {
    assert.equal(parsed(rss('<item><title>RSS &lt;&lt;&lt;Tutorial&gt;&gt;&gt;</title></item>')).items[0]!.title, 'RSS <<<Tutorial>>>');
  });

  it('an RSS title with real markup is HTML through and through: its tags go, tag-like words too', () => {
    assert.equal(parsed(rss('<item><title>&lt;b&gt;Bold&lt;/b&gt; &lt;gorilla&gt; news</title></item>')).items[0]!.title, 'Bold news');
  });

  it('feedparser atom10/entry_title_inline_markup_2 (type="xhtml", escaped <blink>) → "History of the <blink> tag"', () => {
    assert.equal(conformance('wellformed__atom10__entry_title_inline_markup_2.xml').items[0]!.title, 'History of the <blink> tag');
  });

  it('feedparser atom10/entry_title_text_plain_brackets (type="text") → "History of the <blink> tag"', () => {
    assert.equal(conformance('wellformed__atom10__entry_title_text_plain_brackets.xml').items[0]!.title, 'History of the <blink> tag');
  });

  it('Atom type="html": escaped HTML, read as a browser would', () => {
    const feed = parsed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="html">&lt;em&gt;Fish&lt;/em&gt; &amp;amp; chips</title></entry></feed>',
    );
    assert.equal(feed.items[0]!.title, 'Fish & chips');
  });
});

describe('3. namespaces resolved by URI, not prefix', () => {
  it('feedparser namespace/rss2.0NSwithModulesNoDefNS (`<r:rss xmlns:r="…">`): the item is read', () => {
    const feed = conformance('wellformed__namespace__rss2.0NSwithModulesNoDefNS.xml');
    assert.equal(feed.title, 'RSS Tests - RSS2.0 w/ NS no default NS');
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.url]),
      [['Test Item - - RSS2.0 w/ NS no default NS', 'http://www.pocketsoap.com/weblog/rssTests/rss2.0withModulesNoDefNS.xml#1']],
    );
  });

  it('a prefix declared on the item itself, and the usual prefixes bound to other URIs', () => {
    const feed = parsed(
      rss(
        '<item xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/">' +
          '<title>Declared on the item</title><c:encoded>&lt;p&gt;Body&lt;/p&gt;</c:encoded><d:date>2024-05-01T10:00:00Z</d:date></item>' +
          '<item xmlns:dc="urn:not-dublin-core"><title>Wrong dc</title><dc:date>2024-05-01T10:00:00Z</dc:date></item>',
      ),
    );
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.summary, i.published]),
      [
        ['Declared on the item', 'Body', '2024-05-01T10:00:00.000Z'],
        ['Wrong dc', undefined, undefined],
      ],
    );
  });

  it('Atom under a prefix, declared on the root', () => {
    const feed = parsed(
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>1</a:id><a:title>Prefixed</a:title><a:link href="https://example.org/p"/></a:entry></a:feed>',
    );
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.url]),
      [['Prefixed', 'https://example.org/p']],
    );
  });
});

describe('4. .NET SyndicationFeed’s a10:link', () => {
  // The shape System.ServiceModel.Syndication's Rss20FeedFormatter writes: links as Atom elements.
  const dotnet = `<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel>
    <title>Agency news</title><description>d</description><a10:link href="https://example.org/news" />
    <item><guid isPermaLink="false">n-1</guid><a10:link href="https://example.org/news/1" /><title>First</title>
      <description>One</description><a10:updated>2025-12-13T09:30:00+03:00</a10:updated></item>
    <item><guid isPermaLink="false">n-2</guid><a10:link rel="enclosure" href="https://example.org/2.mp3" /><a10:link rel="alternate" href="/news/2" /><title>Second</title></item>
  </channel></rss>`;

  it('channel and items get their URLs, relative ones resolved; a10:updated is the date', () => {
    const feed = parsed(dotnet, 'https://example.org/rss');
    assert.equal(feed.url, 'https://example.org/news');
    assert.deepEqual(
      feed.items.map((i) => [i.id, i.url, i.published]),
      [
        ['n-1', 'https://example.org/news/1', '2025-12-13T06:30:00.000Z'],
        ['n-2', 'https://example.org/news/2', undefined],
      ],
    );
  });
});

describe('5. the HTML5 named references', () => {
  for (const [name, char] of [
    ['darr', '\u21d3'],
    ['hearts', '\u2665'],
    ['lambda', '\u03bb'],
    ['forall', '\u2200'],
    ['nbsp', ' '],
  ] as const) {
    it(`feedparser entities/${name}.xml → "testing ${char} entity" (its Expect:)`, () => {
      assert.equal(conformance(`entities__${name}.xml`).title, `testing ${char} entity`.replace(/\s+/g, ' '));
    });
  }

  it('escaped HTML in a description uses the whole table; Atom text does not read HTML names', () => {
    const feed = parsed(rss('<item><title>x</title><description>&lt;p&gt;&amp;NotNestedLessLess; &amp;bigstar; &amp;zwnj;&lt;/p&gt;</description></item>'));
    assert.equal(feed.items[0]!.summary, '\u2aa1\u0338 \u2605 \u200c'.replace(/\s+/g, ' ').trim());
    const atom = parsed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="text">&amp;hearts; is written so</title></entry></feed>');
    assert.equal(atom.items[0]!.title, '&hearts; is written so');
  });
});

describe('6. UTF-16 without a byte order mark', () => {
  it('decoded from its prolog’s byte pattern, then read as a feed', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Лента</title><item><title>Новость</title></item></channel></rss>';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 * i, text.charCodeAt(i), true);
    const feed = parsed(decodeText(bytes));
    assert.equal(feed.title, 'Лента');
    assert.equal(feed.items[0]!.title, 'Новость');
  });
});

describe('7. entities declared in the DOCTYPE', () => {
  it('feedparser rss/entity_in_doctype: guid "&id;2006-05-04:/blog/" → "tag:example.com,2006-05-04:/blog/"', () => {
    assert.equal(conformance('wellformed__rss__entity_in_doctype.xml').items[0]!.id, 'tag:example.com,2006-05-04:/blog/');
  });

  it('character references in a value are plain text; markup, nesting and externals expand to nothing', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY copy "&#169; Agency"><!ENTITY tag "<b>x</b>"><!ENTITY nest "&copy;&copy;"><!ENTITY ext SYSTEM "https://example.org/x">]>${rss('<item><title>&copy; [&tag;][&nest;][&ext;]</title></item>')}`;
    assert.equal(parsed(doc).items[0]!.title, '© Agency [][][]');
  });

  it('the expansion budget holds: 10,000 uses of a 1,000-character entity add at most 64 KiB', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(1000)}">]>${rss(`<item><title>t</title><description>${'&big;'.repeat(10_000)}</description></item>`)}`;
    const feed = parsed(doc);
    assert.ok(feed.items[0]!.summary!.length <= 300);
    const atom = `<!DOCTYPE feed [<!ENTITY big "${'y'.repeat(1000)}">]><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>${'&big;'.repeat(200)}</id><title>t</title></entry></feed>`;
    const id = parseFeed(atom).items[0]!.id;
    assert.ok(!id.includes('&big;'));
  });

  it('a DOCTYPE whose internal subset is larger than 16 KiB is refused', () => {
    const doc = `<!DOCTYPE rss [<!-- ${'x'.repeat(20_000)} -->]>${rss('<item><title>t</title></item>')}`;
    assert.throws(
      () => parseFeed(doc),
      (e: unknown) => e instanceof DataError && e.code === 'format',
    );
  });
});

describe('8. a feed cut short', () => {
  const portal = fixtureText('portal/headlines.rss');
  const complete = parseFeed(portal, 'https://example.org/');

  it('the portal’s feed cut inside its fourth item: the three complete items, marked partial', () => {
    const cut = portal.slice(0, portal.split('<item>', 4).join('<item>').length + 30);
    const feed = parsed(cut, 'https://example.org/');
    assert.equal(feed.partial, true);
    assert.deepEqual(feed.items, complete.items.slice(0, 3));
    assert.equal(complete.partial, undefined);
  });

  it('end tags lost by a CMS (no </item>, no </channel>): the items that ended are kept', () => {
    const feed = parsed('<rss version="2.0"><channel><title>t</title><item><title>one</title></item><item><title>two</title></rss>');
    assert.deepEqual(
      feed.items.map((i) => i.title),
      ['one'],
    );
    assert.equal(feed.partial, true);
  });

  it('Atom cut inside an entry', () => {
    const feed = parsed('<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><entry><id>1</id><title>kept</title></entry><entry><id>2</id><title>lo');
    assert.deepEqual(
      feed.items.map((i) => i.title),
      ['kept'],
    );
    assert.equal(feed.partial, true);
  });

  it('no complete item: the format error stays', () => {
    assert.throws(
      () => parseFeed('<rss version="2.0"><channel><title>t</title><item><title>one</ti'),
      (e: unknown) => e instanceof DataError && e.code === 'format' && /complete item/.test(e.message),
    );
  });
});

describe('7. DOCTYPE entities: declarations as written in the wild', () => {
  it('a value holding ">", single quotes, a parameter entity and an external one side by side', () => {
    const doc = `<!DOCTYPE rss [
      <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent">
      %HTMLlat1;
      <!ENTITY arrow "a -> b">
      <!ENTITY single 'Tashkent'>
      <!ENTITY logo SYSTEM "logo.gif" NDATA gif>
    ]>${rss('<item><title>&arrow; in &single;&logo;</title></item>')}`;
    assert.equal(parsed(doc).items[0]!.title, 'a -> b in Tashkent');
  });
});

describe('HTML habits in XML feeds', () => {
  it('a raw "<" in text, an attribute without a value and one unquoted: read as other readers read them', () => {
    const feed = parsed(rss('<item checked><title>a < b</title><enclosure url=https://example.org/x.mp3 length=1 /><link>https://example.org/1</link></item>'));
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.url]),
      [['a < b', 'https://example.org/1']],
    );
    assert.equal(feed.partial, undefined);
  });
});

describe('7. DOCTYPE entities: a "]" inside a value', () => {
  it('does not end the internal subset', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY tag "[SCO] ">]>${rss('<item><title>&tag;Summit</title></item>')}`;
    assert.equal(parsed(doc).items[0]!.title, '[SCO] Summit');
  });
});
