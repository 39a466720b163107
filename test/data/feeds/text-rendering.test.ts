// Issue 27: titles that are text keep their `<`s, so what keeps a page safe is that the widgets put
// them on the page as text. Feeds written to attack, parsed in the browser and shown by the ticker:
// the page shows the characters, and no element is made of them, no handler runs.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/data/feeds/index.js';
import type { Feed } from '../../../src/data/types.js';
import '../../../src/elements/headline-ticker/define.js';
import type { ScoHeadlineTicker } from '../../../src/elements/headline-ticker/sco-headline-ticker.js';

declare global {
  interface Window {
    __feedXss?: number;
  }
}

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** The ticker in list mode showing `feed`, and the text of each of its links. */
async function shown(feed: Feed): Promise<{ el: ScoHeadlineTicker; links: HTMLAnchorElement[] }> {
  const el = await fixture<ScoHeadlineTicker>(html`<sco-headline-ticker mode="list" .data=${feed}></sco-headline-ticker>`);
  await el.updateComplete;
  return { el, links: [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')] };
}

/** No element in the ticker but its own: links hold only text, and nothing a feed could name. */
function onlyText(el: ScoHeadlineTicker, links: HTMLAnchorElement[]): void {
  for (const link of links) expect(link.children.length, link.textContent!).to.equal(0);
  expect(el.shadowRoot!.querySelector('img, script, svg, iframe, b, x, gorilla, dialog')).to.be.null;
}

const XSS = 'img src=x onerror=window.__feedXss=1';
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('titles that are text, on the page (issue 27)', () => {
  afterEach(() => delete window.__feedXss);

  it('Atom text, xhtml text nodes, RSS without markup and JSON Feed: the characters show, nothing runs', async () => {
    const titles = [`<${XSS}>`, '<script>window.__feedXss=2</script>', 'Use the <dialog> element'];
    const atom = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom">' +
        titles.map((t, i) => `<entry><id>a${i}</id><link href="https://example.org/a${i}"/><title type="text">${escaped(t)}</title></entry>`).join('') +
        titles
          .map(
            (t, i) =>
              `<entry><id>x${i}</id><link href="https://example.org/x${i}"/><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${escaped(t)}</div></title></entry>`,
          )
          .join('') +
        '</feed>',
    );
    const json = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: titles.map((title, i) => ({ id: `j${i}`, url: `https://example.org/j${i}`, title })),
      }),
    );
    const rss = parseFeed(`<rss><channel><item><title>Use the &lt;dialog&gt; element</title><link>https://example.org/r</link></item></channel></rss>`);
    const feed: Feed = { items: [...atom.items, ...json.items, ...rss.items] };
    const { el, links } = await shown(feed);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([...titles, ...titles, ...titles, 'Use the <dialog> element']);
    onlyText(el, links);
    await frames();
    expect(window.__feedXss).to.be.undefined;
  });

  it('property: any title from hostile pieces, in any format, is shown as its characters and runs nothing', async () => {
    const pieces = [
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      ' ',
      '&lt;',
      '&gt;',
      '&amp;',
      'img',
      'src=x',
      'onerror=window.__feedXss=3',
      'script',
      'svg onload=window.__feedXss=4',
      '!--',
      'b',
      'x',
    ];
    const title = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 24 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(title, async (text) => {
        const feeds = [
          parseFeed(
            `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><link href="https://example.org/1"/><title>${escaped(text)}</title></entry></feed>`,
          ),
          parseFeed(`<rss><channel><item><title>${escaped(text)}</title><link>https://example.org/2</link></item></channel></rss>`),
          parseFeed(`<rss><channel><item><title><![CDATA[${text}]]></title><link>https://example.org/3</link></item></channel></rss>`),
          parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '4', url: 'https://example.org/4', title: text }] })),
        ];
        const feed: Feed = { items: feeds.flatMap((f) => f.items).map((item, i) => ({ ...item, id: String(i) })) };
        const { el, links } = await shown(feed);
        expect(links.map((a) => a.textContent!.trim())).to.deep.equal(feed.items.filter((i) => i.title.trim()).map((i) => i.title));
        onlyText(el, links);
        el.remove();
      }),
      { numRuns: 60 },
    );
    await frames();
    expect(window.__feedXss).to.be.undefined;
  });
});
