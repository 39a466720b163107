import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
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

  it('tags that rejoin as others are removed (`<<<x>x>img …>`), at any depth and with any names: no markup', async () => {
    const name = fc.constantFrom('x', 'b', 'span', 'gorilla', 'a href=#', 'svg');
    const payload = fc.constantFrom('img src=x onerror=alert(1)>', 'svg onload=alert(1)>', 'script>alert(1)</script>', '!--x-->', '/b>');
    const rejoining = fc.tuple(fc.nat({ max: 20 }), name, payload, fc.boolean()).map(([depth, tag, rest, escaped]) => {
      const soup = '<'.repeat(depth) + `<${tag}>` + `${tag.split(' ')[0]}>`.repeat(Math.max(depth - 1, 0)) + rest;
      return escaped ? soup.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : soup;
    });
    await fc.assert(
      fc.asyncProperty(rejoining, async (soup) => {
        const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: soup, summary: soup }] });
        const outcome = await parser.parse(json, BOUND_MS);
        check(outcome);
      }),
      { numRuns: 200 },
    );
  });

  it('any string as RSS title (CDATA) and JSON Feed title, summary and content_html comes out without markup', async () => {
    const html = fc
      .array(
        fc.constantFrom('<', '>', '/', '!', '?', '"', "'", '=', ' ', 'img', 'x', 'b', 'src=x', 'onerror=alert(1)', 'script', '&lt;', '&amp;', '-->', '<!--'),
        { maxLength: 60 },
      )
      .map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(html, async (text) => {
        const json = JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: [
            { id: '1', title: text, summary: text },
            { id: '2', content_html: text },
          ],
        });
        const rss = `<rss><channel><item><title><![CDATA[${text.replaceAll(']]>', '')}]]></title></item></channel></rss>`;
        for (const doc of [json, rss]) {
          const outcome = await parser.parse(doc, BOUND_MS);
          check(outcome);
          if ('feed' in outcome) for (const item of outcome.feed.items) assert.deepEqual(markupIn(`${item.title} ${item.summary ?? ''}`), []);
        }
      }),
      { numRuns: 400 },
    );
  });
});
