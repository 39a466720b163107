import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/feeds/index.js';
import type { Feed } from '../../../src/data/types.js';
import { assertSafe, markupIn } from './feed-fixtures.js';
import { WorkerParser } from './worker-parser.js';

/** Input written to hurt: it must end quickly, in a safe feed or a `format` DataError. */

const rss = (items: string, channelExtra = '') => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${channelExtra}${items}</channel></rss>`;

/** Runs the parse, requires it to finish within `ms`, and returns the feed or the DataError. */
function timed(text: string, ms: number, baseUrl?: string): Feed | DataError {
  const start = performance.now();
  let result: Feed | DataError;
  try {
    result = parseFeed(text, baseUrl);
  } catch (e) {
    assert.ok(e instanceof DataError, `threw a non-DataError: ${String(e)}`);
    assert.equal(e.code, 'format');
    result = e;
  }
  const elapsed = performance.now() - start;
  assert.ok(elapsed < ms, `took ${Math.round(elapsed)} ms`);
  if (!(result instanceof DataError)) assertSafe(result);
  return result;
}

describe('hostile feeds', () => {
  it('billion laughs: entities whose values hold references expand to nothing, and no raw reference shows', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9; &lol; laughs</title></item></channel></rss>`;
    const result = timed(lol, 1000);
    assert.ok(!(result instanceof DataError));
    assert.equal(result.title, undefined);
    assert.equal(result.items[0]!.title, 'lol laughs');
  });

  it('an external entity (XXE) is not fetched or read, and its reference does not show', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss('<item><title>&xxe;</title></item>').replace('<?xml version="1.0"?>', '')}`;
    const result = timed(xxe, 1000);
    assert.ok(!(result instanceof DataError));
    assert.equal(result.items[0]!.title, '');
  });

  it('a 5 MB title: read in time, shown cut to a line', () => {
    const result = timed(rss(`<item><title>${'Breaking news '.repeat(400_000)}</title><link>https://example.org/a</link></item>`), 5000);
    assert.ok(!(result instanceof DataError));
    assert.ok(result.items[0]!.title.length <= 300);
    assert.match(result.items[0]!.title, /^Breaking news Breaking news .*…$/);
  });

  it('a 5 MB title of unclosed tags: no quadratic scan', () => {
    const result = timed(rss(`<item><title>${'&lt;a '.repeat(800_000)}</title></item>`), 5000);
    assert.ok(!(result instanceof DataError));
  });

  it('<a href="javascript:…"> in a title, escaped and in CDATA: the text stays, the markup goes; a double-escaped tag is text', () => {
    const result = timed(
      rss(
        '<item><title>&lt;a href="javascript:alert(1)"&gt;Click&lt;/a&gt; me</title><link>javascript:alert(1)</link></item>' +
          '<item><title><![CDATA[<a href="javascript:alert(1)" onclick="alert(2)">Click</a> <script>alert(3)</script>me]]></title></item>' +
          '<item><title>&amp;lt;img src=x onerror=alert(1)&amp;gt;Double</title></item>',
      ),
      1000,
    );
    assert.ok(!(result instanceof DataError));
    assert.deepEqual(
      result.items.map((i) => [i.title, i.url]),
      [
        ['Click me', undefined],
        ['Click me', undefined],
        // The third title's HTML is `&lt;img …&gt;Double`: a browser shows it as the text below, and
        // so does the ticker, as text (test/elements/headline-ticker.test.ts: no element, no handler).
        ['<img src=x onerror=alert(1)>Double', undefined],
      ],
    );
    assert.deepEqual(markupIn(result.items[0]!.title + result.items[1]!.title), []);
  });

  it('links with other schemes are dropped: javascript:, data:, vbscript:, file:, obfuscated', () => {
    const links = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'about:blank',
    ];
    const items = links.map((l) => `<item><title>x</title><link><![CDATA[${l}]]></link></item>`).join('');
    const result = timed(rss(items), 1000, 'https://example.org/feed');
    assert.ok(!(result instanceof DataError));
    assert.deepEqual(
      result.items.map((i) => i.url),
      links.map(() => undefined),
    );
  });

  it('a JSON Feed with url "javascript:alert(1)": no link; its title is plain text, kept as written', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'j',
      home_page_url: 'javascript:alert(1)',
      items: [
        { id: '1', title: '<b onmouseover="x()">One</b>', url: 'javascript:alert(1)' },
        { id: '2', title: 'Two', url: 'data:text/html,hi', external_url: 'https://example.org/2' },
      ],
    });
    const result = timed(json, 1000);
    assert.ok(!(result instanceof DataError));
    assert.equal(result.url, undefined);
    assert.deepEqual(
      result.items.map((i) => [i.title, i.url]),
      [
        ['<b onmouseover="x()">One</b>', undefined],
        ['Two', 'https://example.org/2'],
      ],
    );
  });

  it('Atom xml:base="javascript:" is ignored: relative links resolve against the outer base', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="javascript:alert(1)//">
      <entry xml:base="javascript:alert(2)"><id>1</id><title>One</title><link href="news/1"/></entry>
      <entry><id>2</id><title>Two</title><link href="javascript:alert(3)"/></entry>
    </feed>`;
    const withUrl = timed(atom, 1000, 'https://example.org/feeds/atom.xml');
    assert.ok(!(withUrl instanceof DataError));
    assert.deepEqual(
      withUrl.items.map((i) => i.url),
      ['https://example.org/feeds/news/1', undefined],
    );
    const withoutUrl = timed(atom, 1000);
    assert.ok(!(withoutUrl instanceof DataError));
    assert.deepEqual(
      withoutUrl.items.map((i) => i.url),
      [undefined, undefined],
    );
  });

  it('deep nesting, a prototype-polluting tag name, garbage: DataError or a safe feed, never another error', () => {
    const inputs = [
      rss(`<item>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}<title>deep</title></item>`),
      rss('<item><__proto__><polluted>yes</polluted></__proto__><title>p</title></item>'),
      rss('<item><constructor>c</constructor><title>c</title></item>'),
      '\u0000\u0001\u0002',
      '<',
      '<rss',
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY a "',
      '{"version": "https://jsonfeed.org/version/1", "items": [null, 1, "x", {"title": {"a": 1}}]}',
      '{"items": []}',
      '[1, 2]',
      '{',
    ];
    for (const input of inputs) timed(input, 2000);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('issue 13: feed text is plain text, in linear time', () => {
  const parser = new WorkerParser();
  after(() => parser.close());
  const ATTACK = '<<<<<x>x>x>x>img src=x onerror=alert(1)>';

  it(`${ATTACK} as an RSS title (escaped and in CDATA) and a JSON Feed title is text, kept; as HTML it never comes out as a tag`, () => {
    const xml = timed(
      rss(`<item><title><![CDATA[${ATTACK}]]></title></item><item><title>${ATTACK.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</title></item>`),
      1000,
    );
    const json = timed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: ATTACK, content_html: ATTACK }] }), 1000);
    const html = timed(rss(`<item><title>t</title><description><![CDATA[</p>${ATTACK}]]></description></item>`), 1000);
    assert.ok(!(xml instanceof DataError) && !(json instanceof DataError) && !(html instanceof DataError));
    // No end tag, no attribute value in a tag, no comment, no reference: the author's text.
    assert.deepEqual(
      [...xml.items, ...json.items].map((i) => i.title),
      [ATTACK, ATTACK, ATTACK],
    );
    // Read as HTML (JSON Feed's content_html; an RSS description with an end tag), no tag is left.
    for (const summary of [json.items[0]!.summary!, html.items[0]!.summary!]) {
      assert.doesNotMatch(summary, /<img/i);
      assert.deepEqual(markupIn(summary), []);
    }
  });

  for (const [what, lead] of [
    ['<', '<'],
    ['‹ (U+2039)', '\u2039'],
  ] as const) {
    it(`a JSON Feed of 20 items whose summaries are '${what}'×33000 + 'x>'×33000 (1.9 MiB) settles within 5 s in a worker`, async () => {
      const summary = lead.repeat(33_000) + 'x>'.repeat(33_000);
      const doc = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: 20 }, (_, i) => ({ id: String(i), summary })) });
      const outcome = await parser.parse(doc, 5000);
      assert.ok('feed' in outcome);
      assert.equal(outcome.feed.items.length, 20);
      assertSafe(outcome.feed);
    });
  }

  it('a DOCTYPE inside the root element is refused, its entities never expanded', () => {
    const inside = '<rss version="2.0"><!DOCTYPE rss [<!ENTITY boom "BOOM">]><channel><item><title>&boom;</title></item></channel></rss>';
    assert.throws(
      () => parseFeed(inside),
      (e: unknown) => e instanceof DataError && e.code === 'format' && /DOCTYPE inside/.test(e.message),
    );
    const deeper = rss('<item><!DOCTYPE x [<!ENTITY boom "BOOM">]><title>&boom;</title></item>');
    assert.throws(
      () => parseFeed(deeper),
      (e: unknown) => e instanceof DataError && /DOCTYPE inside/.test(e.message),
    );
  });
});
