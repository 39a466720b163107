// renderPage (sco-widgets/ssr) in Node: every sco-* element of a document or fragment rendered in
// place and every other byte kept as written (comments, CDATA-like text, scripts and textareas that
// merely mention a widget, odd whitespace and quoting); each widget in its nearest ancestor's
// language and direction; the nonce on every shadow root's style.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderPage } from '../../src/ssr/index.js';
import { attr, elements, parts, serveFixtures, text } from './helpers.js';

const NOW = Date.UTC(2025, 11, 13, 9, 30, 15);

let server: Awaited<ReturnType<typeof serveFixtures>>;
before(async () => {
  server = await serveFixtures();
});
after(() => server.close());

/** A rendered widget as renderWidget writes it: the host with its shadow root, then its seed if any. */
const RENDERED =
  /<(sco-[a-z-]+)\b[^>]*><template shadowroot(?:mode)?="open"[^>]*>[\s\S]*?<\/template>([\s\S]*?)<\/\1>(?:<script type="application\/json" data-sco-seed>[^<]*<\/script>)?/g;

/** `html` with each rendered widget replaced by ⟨tag⟩ and what was written inside it (its light DOM). */
const withoutRendered = (html: string) => html.replace(RENDERED, (_, tag: string, inside: string) => `⟨${tag}${inside}⟩`);

/** `source` with each of `widgets` (their exact source text) replaced by ⟨tag⟩ and what is written inside it. */
function withoutWidgets(source: string, widgets: string[]) {
  let out = source;
  for (const widget of widgets) {
    assert.ok(out.includes(widget), `the test's document holds ${widget}`);
    const inside = widget.slice(widget.indexOf('>') + 1, widget.lastIndexOf('</'));
    out = out.replace(widget, `⟨${/^<([a-z-]+)/i.exec(widget)![1]!.toLowerCase()}${inside}⟩`);
  }
  return out;
}

describe('renderPage', () => {
  it('renders every sco-* element in place and keeps every other byte', async () => {
    const table = `<sco-currency-table src="${server.origin}/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml" currencies="CNY,KZT"></sco-currency-table>`;
    const clock = `<SCO-CLOCK ZONE='Asia/Tokyo' Seconds label = 'Tokyo "East"' >\n  </SCO-CLOCK>`;
    const nested = `<sco-member-states as-of="2020-01-13"></sco-member-states>`;
    const ticker = `<sco-headline-ticker src="${server.origin}/fx/written/escaped-markup.rss" mode=list></sco-headline-ticker>`;
    const widgets = [table, clock, nested, ticker];
    const source = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A &amp; B <sco-clock></title>
  <!-- a comment that names <sco-clock zone="Asia/Tokyo"></sco-clock> -->
  <script>
    const markup = "<sco-clock>"; if (1 < 2 && 3 > 2) document.title += '</sco-clock>';
  </script>
  <style>sco-clock { display: block } /* <sco-clock> */</style>
</head>
<BODY class='page'  data-x = "y">
\t<p>Text with  odd\u00a0whitespace,\r\n a CDATA-like <![CDATA[ x < y && <sco-clock></sco-clock> ]]> and &lt;sco-clock&gt;.</p>
  ${table}
  <textarea name="t"><sco-clock zone="Asia/Tokyo"></sco-clock></textarea>
  <template id="row"><tr><td>cell</td></tr></template>
  <details><summary>More</summary><div class="light"><section>${nested}</section></div></details>
  ${clock}
  <ul><li>${ticker}</li></ul>
  <noscript><p>Scripts are off.</p></noscript>
  <img src=x alt="<sco-clock>">
</BODY>
</html>
`;
    const output = await renderPage(source, { now: NOW });
    assert.equal(withoutRendered(output), withoutWidgets(source, widgets), 'everything but the widgets kept byte for byte');
    const hosts = [...output.matchAll(RENDERED)].map((m) => m[1]);
    assert.deepEqual(hosts, ['sco-currency-table', 'sco-member-states', 'sco-clock', 'sco-headline-ticker']);
    // The widgets' content, from the attributes as written (uppercase names, single quotes, unquoted values).
    assert.deepEqual(parts(output, 'rate').map(text), ['11.2726', '15.3320']);
    assert.equal(attr(parts(output, 'time')[0]!, 'datetime'), '2025-12-13T18:30:15+09:00');
    assert.equal(parts(output, 'city').map(text)[0], 'Tokyo "East"');
    assert.equal(text(parts(output, 'link')[0]!), "Nice <gorilla> what's he weigh?");
    assert.equal(parts(output, 'state').filter((s) => attr(s, 'data-code') === 'IR').length, 1, 'Iran an observer in 2020');
  });

  it('renders a fragment without <html>, as written around the widgets', async () => {
    const clock = '<sco-clock zone="Asia/Almaty"></sco-clock>';
    const source = `<h2>Time</h2>\n${clock}\n<p>after</p>`;
    const output = await renderPage(source, { now: NOW });
    assert.equal(withoutRendered(output), withoutWidgets(source, [clock]));
    assert.ok(!output.includes('<html') && !output.includes('<body'), 'no document around a fragment');
    assert.equal(attr(parts(output, 'time')[0]!, 'datetime'), '2025-12-13T14:30:00+05:00');
  });

  it('leaves a page without widgets, and a widget already rendered, as they are', async () => {
    const plain = '<!doctype html><html><body><p>No widgets <b>here</b></p></body></html>';
    assert.equal(await renderPage(plain), plain);
    const once = await renderPage('<div><sco-clock zone="Asia/Tokyo"></sco-clock></div>', { now: NOW });
    assert.equal(await renderPage(once, { now: NOW + 60_000 }), once, 'rendered twice: unchanged');
  });

  // Found by this test (src/ssr/render-page.ts replaces the whole element, children included): what
  // a page writes inside a widget (a fallback link for readers without script, a crawler's way to
  // the source) is part of "the rest", kept as written — in the browser it stays in the widget's
  // light DOM too.
  it('keeps what is written inside a widget (its light DOM) after the shadow root', async () => {
    const fallback = '\n  <a href="https://www.cbr.ru/">Rates on cbr.ru</a>\n';
    const source = `<main><sco-clock zone="Asia/Tokyo">${fallback}</sco-clock></main>`;
    const output = await renderPage(source, { now: NOW });
    assert.match(output, /^<main><sco-clock\s+zone="Asia\/Tokyo"[^>]*><template [^>]*shadowrootmode="open"/);
    assert.ok(output.endsWith(`</template>${fallback}</sco-clock></main>`), `the light DOM kept: …${output.slice(-120)}`);
  });

  it('gives each widget the language and direction of its nearest ancestor', async () => {
    const source = `<!doctype html><html lang="en"><body>
<sco-clock zone="Asia/Tokyo" seconds></sco-clock>
<div lang="ru"><p><sco-clock zone="Asia/Tokyo" seconds></sco-clock></p>
  <section lang="fa" dir="rtl"><sco-clock zone="Asia/Tokyo" seconds></sco-clock></section>
  <sco-clock zone="Asia/Tokyo" seconds locale="kk"></sco-clock>
</div>
<div dir="rtl"><sco-clock zone="Asia/Tokyo" seconds></sco-clock></div>
</body></html>`;
    const output = await renderPage(source, { now: NOW, lang: 'zh' });
    const clocks = topLevelHosts(output);
    assert.equal(clocks.length, 5);
    const times = parts(output, 'time').map(text);
    const bases = parts(output, 'base').map((b) => attr(b, 'dir'));
    assert.equal(times[0], '6:30:15 PM', '<html lang="en">, not the options’ zh');
    assert.equal(times[1], '18:30:15', '<div lang="ru">');
    assert.match(times[2]!, /[\u06f0-\u06f9]/, 'the section’s Persian digits');
    assert.equal(bases[2], 'rtl');
    assert.equal(times[3], '18:30:15', 'a locale attribute wins (kk)');
    const dates = parts(output, 'clock').map(text);
    assert.match(dates[1]!, /сб, 13 дек\./, 'the date in Russian');
    assert.match(dates[3]!, /13 жел\./, 'the date in Kazakh');
    assert.deepEqual(bases, ['ltr', 'ltr', 'rtl', 'ltr', 'rtl']);
  });

  it('puts the nonce on every <style> of the shadow roots, and only there', async () => {
    const source = `<!doctype html><html lang="en"><head><style>p { color: red }</style></head><body>
<sco-clock zone="Asia/Tokyo"></sco-clock><sco-capital-clocks></sco-capital-clocks>
<sco-currency-table src="${server.origin}/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml"></sco-currency-table>
<sco-member-states></sco-member-states></body></html>`;
    const output = await renderPage(source, { now: NOW, nonce: 'r4nd"0m' });
    const styles = elements(output).filter((e) => e.tagName === 'style');
    assert.equal(styles.length, 5);
    assert.equal(attr(styles[0]!, 'nonce'), undefined, 'the page’s own style as written');
    for (const style of styles.slice(1)) assert.equal(attr(style, 'nonce'), 'r4nd"0m');
    assert.ok(output.includes('nonce="r4nd&quot;0m"'), 'the nonce escaped');
  });
});

/** The rendered widgets of a document, wherever they are. */
function topLevelHosts(html: string) {
  return elements(html).filter((e) => e.tagName.startsWith('sco-') && e.childNodes.some((n) => n.nodeName === 'template'));
}
