// HTML's named references in a browser: read by the browser's own HTML parser (the page ships no
// table), and decoded exactly as the `entities` table decodes them under Node.
import { expect } from '@open-wc/testing';
import { encodeHTML } from 'entities';
import { decodeText } from '../../../src/data/decode.js';
import { withHtmlEntities as fromBrowser } from '../../../src/data/feeds/html-entities.browser.js';
import { withHtmlEntities as fromTable } from '../../../src/data/feeds/html-entities.js';
import { parseFeedWith } from '../../../src/data/feeds/parse-feed.js';
import type { HtmlEntities as Entities, NamedCharacters } from '../../../src/data/feeds/references.js';

/** What a way of reading names makes of each of `names`. */
function characters(entities: Entities, names: readonly string[]): (string | undefined)[] {
  return entities((named) => names.map(named));
}

/** A way of reading names that knows none: what a feed's text would be without any table. */
const noNames: Entities = (read) => read((() => undefined) as NamedCharacters);

/** The feed (or the error) a document gives, read with `entities`. */
function read(entities: Entities, text: string): unknown {
  try {
    return parseFeedWith(entities, text, 'https://example.org/feed');
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

async function fixtures(dir: string): Promise<string[]> {
  return (await (await fetch(`/fx-list?dir=${dir}`)).json()) as string[];
}

/** A fixture as the reader gets it; undefined for the UTF-32 ones no browser decodes. */
async function fixture(path: string): Promise<string | undefined> {
  const response = await fetch(`/fx/${path}`);
  try {
    return decodeText(await response.arrayBuffer(), response.headers.get('content-type'));
  } catch {
    return undefined;
  }
}

/**
 * HTML's names as the `entities` encoder writes them: one for every character (and sequence) that
 * has one, from every code point up to U+1FFFF — about 1,450 of the table's 2,125.
 */
function encoderNames(): string[] {
  let text = '';
  for (let cp = 1; cp < 0x20000; cp++) if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp) + ' ';
  return [...new Set([...encodeHTML(text).matchAll(/&([a-z][a-z\d]*);/gi)].map((m) => m[1]!))];
}

describe('HTML named references in a browser (#html-entities)', () => {
  it('the browser knows every name the entities table knows, with the same characters', () => {
    const names = encoderNames();
    expect(names.length).to.be.greaterThan(1400);
    // Near misses too: a prefix of a name (`&notit;` begins with `&not`), a name cut short, another
    // case, a digit or letter more: none of these is a name, in either.
    const misses = names.flatMap((name) => [name.slice(0, -1), `${name}x`, `${name}1`, name.toUpperCase(), name.toLowerCase(), `not${name}`]);
    const candidates = [...names, ...misses, 'notit', 'ampx', 'copyx', 'lt', 'LT', 'AMP', 'nbsp', 'NotEqualTilde', 'CounterClockwiseContourIntegral'];
    const table = characters(fromTable, candidates);
    expect(characters(fromBrowser, candidates)).to.deep.equal(table);
    expect(table.filter((c) => c !== undefined).length).to.be.greaterThan(names.length);
  });

  it('every feedparser and rss-parser fixture reads the same as with the table', async function () {
    this.timeout(60_000);
    const folders = ['feedparser', 'feedparser-conformance', 'rss-parser/input'];
    // Every document, feed or not (a date table, a UTF-16 file): both must agree on errors too.
    const paths = (await Promise.all(folders.map(fixtures))).flat().filter((path) => !path.endsWith('.md'));
    expect(paths.length).to.be.greaterThan(300);
    let decodedNames = 0;
    for (const path of paths) {
      const text = await fixture(path);
      if (text === undefined) continue;
      const table = read(fromTable, text);
      expect(read(fromBrowser, text), path).to.deep.equal(table);
      if (JSON.stringify(read(noNames, text)) !== JSON.stringify(table)) decodedNames++;
    }
    // The comparison is about named references: many of these documents have some to decode.
    expect(decodedNames).to.be.greaterThan(30);
  });

  it('a document with 100,000 distinct names and names that are not names settles fast and runs nothing', () => {
    const window_ = window as unknown as { pwned?: number };
    const notNames = [
      '"><img src=x onerror="window.pwned=1">',
      '<script>window.pwned=1</script>',
      "' onmouseover='window.pwned=1",
      'a b',
      'x'.repeat(40),
      'nbsp"',
      '',
    ];
    expect(characters(fromBrowser, notNames)).to.deep.equal(notNames.map(() => undefined));

    const unknown = Array.from({ length: 100_000 }, (_, i) => `&zz${i.toString(36)};`).join(' ');
    const items = `<item><title>caf&eacute; &notit; &hearts;</title><description><![CDATA[<p>${unknown}</p> &amp;eacute; &AMP;hellip;]]></description></item>`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>&copy; x</title>${items}</channel></rss>`;
    const started = performance.now();
    const feed = parseFeedWith(fromBrowser, rss);
    const elapsed = performance.now() - started;
    expect(elapsed, 'a guard against a freeze, not a benchmark').to.be.lessThan(5000);
    expect(feed).to.deep.equal(parseFeedWith(fromTable, rss));
    expect(feed.title).to.equal('© x');
    expect(feed.items[0]!.title).to.equal('café &notit; ♥');
    expect(window_.pwned).to.equal(undefined);
  });
});
