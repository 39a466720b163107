import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { truncate } from '../../../src/data/feeds/text.js';
import { assertSafe, fixtureText, markupIn } from './feed-fixtures.js';
import { WorkerParser, type Outcome } from './worker-parser.js';

/**
 * Property tests for parseFeed (issue 13): whatever the document — generated from feed-shaped
 * pieces, or a real fixture cut, spliced and salted with hostile pieces — the parse settles within
 * a time bound in a worker, throws nothing but a DataError, and gives text with no markup and only
 * http(s) links. The seed is printed by fast-check on failure, to replay it.
 */

const BOUND_MS = 2000;
const parser = new WorkerParser();
after(() => parser.close());

function check(outcome: Outcome): void {
  if ('thrown' in outcome) {
    assert.ok(outcome.thrown.dataError, `threw a non-DataError: ${outcome.thrown.message}`);
    assert.equal(outcome.thrown.code, 'format');
    return;
  }
  assertSafe(outcome.feed);
}

/** Pieces real feeds and attacks are made of. */
const PIECES = [
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>',
  '</link>',
  '<guid>',
  '</guid>',
  '<description>',
  '</description>',
  '<pubDate>',
  '</pubDate>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<title type="html">',
  '<title type="xhtml">',
  '<content type="html">',
  '</content>',
  '<link href="',
  '"/>',
  '<a10:link href="',
  ' xmlns:a10="http://www.w3.org/2005/Atom"',
  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">',
  '</rdf:RDF>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE rss [<!ENTITY e "x&#60;y">]>',
  '<!DOCTYPE x [<!ENTITY f "&e;&e;">]>',
  '&e;',
  '&f;',
  '&lt;',
  '&gt;',
  '&amp;',
  '&amp;lt;',
  '&#60;',
  '&#x3C;',
  '&#0;',
  '&#xD800;',
  '&hearts;',
  '&nbsp',
  '<',
  '>',
  '/',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  'img src=x onerror=alert(1)',
  '<script>',
  '</script>',
  'script',
  '<svg onload=alert(1)>',
  '<!',
  '<?',
  '</',
  'x',
  'gorilla',
  'javascript:alert(1)',
  'https://example.org/a',
  '//example.org',
  'data:text/html,x',
  '\u0000',
  '\u202e',
  '\uD800',
  '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"',
  '","summary":"',
  '","content_html":"',
  '","url":"',
  '"}]}',
];
const document = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(''));

const FIXTURES = [
  'portal/headlines.rss',
  ...['narro.rss', 'heraldsun.rss', 'instant-article.rss', 'gulp-atom.atom', 'uolNoticias.rss', 'heise.atom'].map((f) => `rss-parser/input/${f}`),
  ...readdirSync(new URL('../../fixtures/feedparser/', import.meta.url))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => `feedparser/${f}`),
].map((path) => fixtureText(path));

/** One edit of a document: cut at, delete, duplicate, or insert a hostile piece. */
const edit = fc.tuple(fc.constantFrom('cut', 'delete', 'duplicate', 'insert'), fc.nat(), fc.nat({ max: 400 }), fc.constantFrom(...PIECES));
function mutate(text: string, edits: [string, number, number, string][]): string {
  let out = text;
  for (const [kind, where, length, piece] of edits) {
    const at = out.length === 0 ? 0 : where % out.length;
    if (kind === 'cut') out = out.slice(0, at);
    else if (kind === 'delete') out = out.slice(0, at) + out.slice(at + length);
    else if (kind === 'duplicate') out = out.slice(0, at + length) + out.slice(at, at + length) + out.slice(at + length);
    else out = out.slice(0, at) + piece + out.slice(at);
  }
  return out;
}

describe('parseFeed properties (fast-check, each parse in a worker bounded to 2 s)', () => {
  it('arbitrary documents of feed pieces: settle, DataError only, no markup, http(s) links only', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => check(await parser.parse(text, BOUND_MS, 'https://example.org/feed'))),
      { numRuns: 400 },
    );
  });

  it('mutated real fixtures (portal, rss-parser, feedparser): the same promises', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.array(edit, { minLength: 1, maxLength: 6 }), async (text, edits) =>
        check(await parser.parse(mutate(text, edits), BOUND_MS)),
      ),
      { numRuns: 300 },
    );
  });

  it('tags that rejoin as others are removed (`<<<x>x>img …>`), at any depth and with any names: no markup where the field is HTML', async () => {
    const name = fc.constantFrom('x', 'b', 'span', 'gorilla', 'a href=#', 'svg');
    const payload = fc.constantFrom('img src=x onerror=alert(1)>', 'svg onload=alert(1)>', 'script>alert(1)</script>', '!--x-->', '/b>');
    const rejoining = fc
      .tuple(fc.nat({ max: 20 }), name, payload)
      .map(([depth, tag, rest]) => '<'.repeat(depth) + `<${tag}>` + `${tag.split(' ')[0]}>`.repeat(Math.max(depth - 1, 0)) + rest);
    await fc.assert(
      fc.asyncProperty(rejoining, fc.boolean(), async (soup, escaped) => {
        const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: soup, content_html: soup }] });
        const field = escaped ? xmlEscaped(soup) : `<![CDATA[${soup}]]>`;
        const rss = `<rss><channel><item><title>${field}</title><description>${field}</description></item></channel></rss>`;
        const [fromJson, fromRss] = [await parser.parse(json, BOUND_MS), await parser.parse(rss, BOUND_MS)];
        check(fromJson);
        check(fromRss);
        assert.ok('feed' in fromJson && 'feed' in fromRss);
        // JSON Feed: the title is text, content_html is HTML.
        assert.equal(fromJson.feed.items[0]!.title, oneLine(soup));
        assert.deepEqual(markupIn(fromJson.feed.items[0]!.summary ?? ''), []);
        // RSS: the author's text as written, or HTML with none of its markup left.
        for (const text of [fromRss.feed.items[0]!.title, fromRss.feed.items[0]!.summary ?? '']) textOrNoMarkup(text, soup);
      }),
      { numRuns: 200 },
    );
  });

  it('any string: text as written in Atom text, xhtml text nodes and JSON Feed titles; no markup left where it is HTML', async () => {
    const html = fc
      .array(
        fc.constantFrom('<', '>', '/', '!', '?', '"', "'", '=', ' ', 'img', 'x', 'b', 'src=x', 'onerror=alert(1)', 'script', '&lt;', '&amp;', '-->', '<!--'),
        { maxLength: 60 },
      )
      .map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(html, async (text) => {
        // References in HTML spell text (`&lt;b&gt;` is "<b>"): the HTML-only checks take them out.
        const noReferences = text.replaceAll('&', '+');
        const cdata = (t: string) => `<![CDATA[${t.replaceAll(']]>', '')}]]>`;
        const json = JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: [
            { id: '1', title: text, summary: text },
            { id: '2', title: 't', content_html: noReferences },
          ],
        });
        const atom =
          '<feed xmlns="http://www.w3.org/2005/Atom">' +
          `<entry><id>1</id><title type="text">${xmlEscaped(text)}</title></entry>` +
          `<entry><id>2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xmlEscaped(text)}</div></title></entry>` +
          `<entry><id>3</id><title type="html">${xmlEscaped(noReferences)}</title></entry></feed>`;
        const rss = `<rss><channel><item><title>${cdata(noReferences)}</title></item></channel></rss>`;
        const outcomes = [await parser.parse(json, BOUND_MS), await parser.parse(atom, BOUND_MS), await parser.parse(rss, BOUND_MS)];
        for (const outcome of outcomes) check(outcome);
        const [fromJson, fromAtom, fromRss] = outcomes.map((o) => ('feed' in o ? o.feed.items : assert.fail('not read')));
        const asWritten = truncate(oneLine(text), 300);
        assert.equal(fromJson![0]!.title, asWritten);
        assert.equal(fromJson![0]!.summary, asWritten || undefined);
        assert.deepEqual(markupIn(fromJson![1]!.summary ?? ''), []);
        assert.deepEqual([fromAtom![0]!.title, fromAtom![1]!.title], [asWritten, asWritten]);
        assert.deepEqual(markupIn(fromAtom![2]!.title), []);
        textOrNoMarkup(fromRss![0]!.title, noReferences.replaceAll(']]>', ''));
      }),
      { numRuns: 400 },
    );
  });
});

/** Text escaped for XML character data. */
function xmlEscaped(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A field as the data layer shows text: on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A field that may be text or HTML (RSS): the text as written, or no markup at all — never half stripped. */
function textOrNoMarkup(shown: string, written: string): void {
  if (shown !== truncate(oneLine(written), 300)) assert.deepEqual(markupIn(shown), [], `neither as written nor free of markup: ${shown}`);
}
