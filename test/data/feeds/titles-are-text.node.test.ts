import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed } from '../../../src/data/types.js';
import { assertNoMarkup, fixtureText, markupIn, parseSafely } from './feed-fixtures.js';

/**
 * Issue 27, part 4: a title (or summary) that is text in its format keeps every word, element-like
 * ones included; only what the format says is HTML is read as HTML (docs/feeds.md, "Text, never
 * markup").
 */

const atom = (entry: string) => parseSafely(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>${entry}</entry></feed>`);
const xhtml = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
const rss = (item: string) => parseSafely(`<rss version="2.0"><channel><title>c</title><item>${item}</item></channel></rss>`);
const json = (item: Record<string, string>) => parseSafely(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', ...item }] }));
const first = (feed: Feed) => feed.items[0]!;

describe('Atom: the title’s type says what it holds', () => {
  it('type="text": "Use the &lt;dialog&gt; element" → "Use the <dialog> element"', () => {
    assert.equal(first(atom('<title type="text">Use the &lt;dialog&gt; element</title>')).title, 'Use the <dialog> element');
  });

  it('no type is text: every word stays, references decoded once (`&amp;lt;` is the text "&lt;")', () => {
    assert.equal(first(atom('<title>Use the &lt;dialog&gt; element</title>')).title, 'Use the <dialog> element');
    assert.equal(first(atom('<title>Escape &amp;lt; as &amp;amp;lt;</title>')).title, 'Escape &lt; as &amp;lt;');
  });

  it('type="xhtml": escaped markup in a text node is text — "Use <p> for paragraphs"', () => {
    assert.equal(first(atom(`<title type="xhtml">${xhtml('Use &lt;p&gt; for paragraphs')}</title>`)).title, 'Use <p> for paragraphs');
  });

  it('type="xhtml" with real child elements: their text stays, their markup goes, escaped markup stays', () => {
    const feed = atom(`<title type="xhtml">${xhtml('Use <code>&lt;p&gt;</code> for <em>paragraphs</em><script>alert(1)</script>')}</title>`);
    assert.equal(first(feed).title, 'Use <p> for paragraphs');
    const blocks = atom(`<title type="xhtml">${xhtml('<p>One</p><p>Two</p>')}</title>`);
    assert.equal(first(blocks).title, 'One Two');
  });

  it('type="html" is still HTML: tags go with script content, references are decoded', () => {
    assert.equal(first(atom('<title type="html">Use the &lt;dialog&gt; element</title>')).title, 'Use the element');
    assert.equal(first(atom('<title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; brave</title>')).title, 'Bold & brave');
    // RFC 4287 §3.1.1.2's own example: `&amp;lt;` in an html construct is a "<" the reader sees.
    assert.equal(first(atom('<title type="html">Less: &lt;em> &amp;lt; &lt;/em></title>')).title, 'Less: <');
    assert.equal(first(atom('<title type="html">Use the &amp;lt;dialog&amp;gt; element</title>')).title, 'Use the <dialog> element');
  });

  it('a hostile <script> in a text title is text, kept and harmless; in an html title it is removed', () => {
    const text = atom('<title type="text">&lt;script&gt;alert(1)&lt;/script&gt; is a tag</title>');
    assert.equal(first(text).title, '<script>alert(1)</script> is a tag');
    const html = atom('<title type="html">&lt;script&gt;alert(1)&lt;/script&gt; is a tag</title>');
    assert.equal(first(html).title, 'is a tag');
    assert.deepEqual(markupIn(first(html).title), []);
  });

  it('summaries follow the same rules', () => {
    const summaryOf = (summary: string) => first(atom(`<title>t</title>${summary}`)).summary;
    assert.equal(summaryOf('<summary>Use the &lt;dialog&gt; element</summary>'), 'Use the <dialog> element');
    assert.equal(summaryOf(`<summary type="xhtml">${xhtml('Use &lt;p&gt; <b>now</b>')}</summary>`), 'Use <p> now');
    assert.equal(summaryOf('<summary type="html">Use the &lt;dialog&gt; element</summary>'), 'Use the element');
    assert.equal(summaryOf('<content type="text">Use the &lt;dialog&gt; element</content>'), 'Use the <dialog> element');
  });
});

describe('RSS: text unless it holds markup', () => {
  const titleOf = (title: string) => first(rss(`<title>${title}</title>`)).title;

  it('without markup, every word stays: "Use the <dialog> element", "Generic List<T>", "a<b and b>c"', () => {
    assert.equal(titleOf('Use the &lt;dialog&gt; element'), 'Use the <dialog> element');
    assert.equal(titleOf('<![CDATA[Use the <dialog> element]]>'), 'Use the <dialog> element');
    assert.equal(titleOf('Generic List&lt;T&gt; in C#'), 'Generic List<T> in C#');
    assert.equal(titleOf('if a&lt;b and b&gt;c then'), 'if a<b and b>c then');
    assert.equal(titleOf('&lt;br&gt; or &lt;br/&gt;?'), '<br> or <br/>?');
  });

  it('with markup — an end tag, an attribute value, a comment, a reference, a child element — it is HTML', () => {
    assert.equal(titleOf('&lt;b&gt;Use&lt;/b&gt; the &lt;dialog&gt; element'), 'Use the element');
    assert.equal(titleOf('&lt;a href="https://example.org/"&gt;Use&lt;/a&gt; the &lt;dialog&gt; element'), 'Use the element');
    assert.equal(titleOf('&lt;img src="x.png"&gt;Photo'), 'Photo');
    assert.equal(titleOf('Photo&lt;!-- tracking --&gt;'), 'Photo');
    assert.equal(titleOf('AT&amp;amp;T &amp;mdash; news'), 'AT&T \u2014 news');
    assert.equal(titleOf('Use the &amp;lt;dialog&amp;gt; element'), 'Use the <dialog> element');
    assert.equal(titleOf('Hello <b>world</b>'), 'Hello world');
    assert.equal(titleOf('Line<br/>break'), 'Line break');
  });

  it('a hostile <script>: with an end tag the field is HTML and the script goes with its code', () => {
    assert.equal(titleOf('&lt;script&gt;alert(1)&lt;/script&gt;News'), 'News');
    assert.equal(titleOf('<![CDATA[<script>alert(1)</script>News]]>'), 'News');
  });

  it('descriptions follow the same rules; content:encoded is HTML', () => {
    const summaryOf = (item: string) => first(rss(`<title>t</title>${item}`)).summary;
    assert.equal(summaryOf('<description>Use the &lt;dialog&gt; element</description>'), 'Use the <dialog> element');
    assert.equal(summaryOf('<description>&lt;p&gt;Use the &lt;dialog&gt; element&lt;/p&gt;</description>'), 'Use the element');
    const encoded = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"';
    const feed = parseSafely(
      `<rss version="2.0" ${encoded}><channel><item><title>t</title><content:encoded>Use the &lt;dialog&gt; element</content:encoded></item></channel></rss>`,
    );
    assert.equal(first(feed).summary, 'Use the element');
  });

  it('RSS 1.0 and Dublin Core titles read alike', () => {
    const rdf = parseSafely(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<channel rdf:about="https://example.org/"><title>Pastie &lt;&lt; self</title></channel>' +
        '<item rdf:about="https://example.org/1"><title>Use the &lt;dialog&gt; element</title></item>' +
        '<item rdf:about="https://example.org/2"><dc:title>&lt;b&gt;Bold&lt;/b&gt; &lt;dialog&gt;</dc:title></item></rdf:RDF>',
    );
    assert.equal(rdf.title, 'Pastie << self');
    assert.deepEqual(
      rdf.items.map((i) => i.title),
      ['Use the <dialog> element', 'Bold'],
    );
  });
});

describe('JSON Feed: title, summary and content_text are plain text; content_html is HTML', () => {
  it('a title with `<` is kept as written, references included', () => {
    assert.equal(first(json({ title: 'Use the <dialog> element' })).title, 'Use the <dialog> element');
    assert.equal(first(json({ title: '1 < 2 & 3 > 2' })).title, '1 < 2 & 3 > 2');
    assert.equal(first(json({ title: '<script>alert(1)</script> &amp;' })).title, '<script>alert(1)</script> &amp;');
  });

  it('summary and content_text are text, content_html is HTML', () => {
    assert.equal(first(json({ title: 't', summary: 'Use the <dialog> element' })).summary, 'Use the <dialog> element');
    assert.equal(first(json({ title: 't', content_text: 'Use the <dialog> element' })).summary, 'Use the <dialog> element');
    assert.equal(first(json({ title: 't', content_html: '<p>Use the &lt;dialog&gt; element</p><script>x()</script>' })).summary, 'Use the <dialog> element');
    assert.equal(first(json({ title: 't', content_html: 'Use the <dialog> element' })).summary, 'Use the element');
  });
});

describe('feedparser’s corpus', () => {
  const conformance = (file: string) => parseSafely(fixtureText(`feedparser-conformance/${file}`));

  it('atom10 entry_title_text_plain_brackets and the xhtml inline_markup_2: "History of the <blink> tag"', () => {
    assert.equal(first(conformance('wellformed__atom10__entry_title_text_plain_brackets.xml')).title, 'History of the <blink> tag');
    assert.equal(first(conformance('wellformed__atom10__entry_title_inline_markup_2.xml')).title, 'History of the <blink> tag');
    assert.equal(conformance('wellformed__atom10__feed_title_inline_markup_2.xml').title, 'History of the <blink> tag');
  });

  it('rss channel_title_lt "1 &lt; 2" → "1 < 2"; escaped <b> markup in Atom html → its text', () => {
    assert.equal(conformance('wellformed__rss__channel_title_lt.xml').title, '1 < 2');
    assert.equal(first(conformance('wellformed__atom10__entry_title_escaped_markup.xml')).title, 'Example Atom');
  });

  it('real feeds whose titles hold no escaped tag-like text come out with no markup at all', () => {
    for (const file of ['portal/headlines.rss', 'rss-parser/input/heise.atom', 'rss-parser/input/reddit.rss', 'rss-parser/input/craigslist.rss']) {
      assertNoMarkup(parseSafely(fixtureText(file)));
    }
  });

  it('a feed from the wild: TypePad’s RSS 1.0 of blog.pastie.org keeps its escaped << and its quotes as text', () => {
    const feed = parseSafely(fixtureText('feedjira/Pastieampampltampampltself.xml'));
    assert.equal(feed.title, 'Pastie << self');
    assert.equal(feed.items.find((i) => i.title.startsWith('Getting'))?.title, 'Getting "Open With" back under control');
    for (const item of feed.items) assert.deepEqual(markupIn(item.title), [], item.title);
  });
});
