// renderWidget (sco-widgets/ssr) in Node: each widget's content inside its declarative shadow root,
// drawn from real documents served over HTTP on 127.0.0.1; the seed after data widgets only, which
// no feed can break out of; languages, hostile attributes, unknown tags, failures and timeouts; and
// a script that renders and exits, exits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderWidget } from '../../src/ssr/index.js';
import { DataError } from '../../src/data/errors.js';
import { serializeOuter as serialize } from 'parse5';
import { attr, elements, parts, runNode, serveFixtures, text, topLevel, type Element } from './helpers.js';

const CBR_DAILY = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const CBR_DYNAMIC = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
const FEED = '/fx/written/escaped-markup.rss';
/** 2025-12-13 09:30:15 UTC: 18:30:15 in Tokyo. */
const NOW = Date.UTC(2025, 11, 13, 9, 30, 15);

const hostileTitle = '</script><script>alert(1)</script>';
/** Escaped twice: the feed's title is HTML, whose text is the markup (the parser would strip it as tags). */
const escapedTwice = hostileTitle.replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;');
const hostileFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapedTwice}</title><link>https://example.org/</link><description>x</description>
<item><title>${escapedTwice}</title><link>https://example.org/a</link><pubDate>Mon, 13 Jan 2020 11:10:00 GMT</pubDate></item>
<item><title><![CDATA[&lt;/script&gt;&lt;!-- &lt;/SCRIPT &gt;]]></title><link>https://example.org/b</link><pubDate>Mon, 13 Jan 2020 10:10:00 GMT</pubDate></item>
</channel></rss>`;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let url: (path: string) => string;
before(async () => {
  server = await serveFixtures({
    '/hostile.rss': (res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hostileFeed),
    '/never': () => {}, // holds the request open: the upstream never answers
  });
  url = (path) => server.origin + path;
});
after(() => server.close());

/** The host element (the first top-level element) and the seed after it, if any; checks the shape. */
function shape(html: string, tag: string) {
  const [host, seed, ...rest] = topLevel(html);
  assert.equal(host?.tagName, tag);
  assert.equal(rest.length, 0, 'nothing after the seed');
  const shadow = host!.childNodes.filter((n): n is Element => 'tagName' in n);
  assert.equal(shadow.length, 1, 'one child: the shadow root');
  assert.equal(shadow[0]!.tagName, 'template');
  assert.equal(attr(shadow[0]!, 'shadowrootmode'), 'open');
  if (seed) {
    assert.equal(seed.tagName, 'script');
    assert.equal(attr(seed, 'type'), 'application/json');
    assert.ok(seed.attrs.some((a) => a.name === 'data-sco-seed'));
  }
  return { host: host!, seed: seed && (JSON.parse(seedOf(html)!) as { value: unknown }), shadow: shadow[0]! };
}

/** The script's text as JSON (text() skips scripts). */
const seedOf = (html: string) => {
  const script = topLevel(html)[1];
  return script && (script.childNodes[0] as { value: string } | undefined)?.value;
};

const texts = (html: string, part: string) => parts(html, part).map(text);

describe('every widget renders its content into an open declarative shadow root', () => {
  it('sco-currency-table: the rows with the document’s values, then the seed', async () => {
    const html = await renderWidget('sco-currency-table', { src: url(CBR_DAILY), currencies: 'CNY,KZT' });
    const { host } = shapeWithSeed(html, 'sco-currency-table');
    assert.equal(attr(host, 'state'), 'ready');
    assert.deepEqual(
      parts(html, 'row').map((row) => attr(row, 'data-code')),
      ['CNY', 'KZT'],
    );
    assert.deepEqual(texts(html, 'rate'), ['11.2726', '15.3320']);
    assert.deepEqual(texts(html, 'nominal'), ['1', '100']);
    assert.match(texts(html, 'caption')[0]!, /Bank of Russia.*13\.12\.2025/);
    const seed = JSON.parse(seedOf(html)!) as { value: { date: string; rates: { code: string; value: number }[] } };
    assert.equal(seed.value.date, '2025-12-13');
    assert.equal(seed.value.rates.find((r) => r.code === 'CNY')?.value, 11.2726);
  });

  it('sco-currency-converter: the fields and the result at the document’s rate', async () => {
    const html = await renderWidget('sco-currency-converter', { src: url(CBR_DAILY) });
    shapeWithSeed(html, 'sco-currency-converter');
    assert.equal(texts(html, 'result')[0], '100 CNY = 1,127.26 RUB');
    assert.equal(attr(parts(html, 'amount')[0]!, 'value'), '100');
    assert.ok(parts(html, 'from')[0]!.childNodes.some((o) => 'tagName' in o && attr(o, 'value') === 'KZT'));
    assert.match(texts(html, 'note')[0]!, /13\.12\.2025/);
  });

  it('sco-rate-chart: the hidden table of every point and the svg', async () => {
    const html = await renderWidget('sco-rate-chart', { src: url(CBR_DYNAMIC), code: 'CNY' });
    shapeWithSeed(html, 'sco-rate-chart');
    assert.equal(parts(html, 'chart')[0]?.tagName, 'svg');
    const table = parts(html, 'table')[0]!;
    const rows = elements(serialize(table)).filter((e) => e.tagName === 'tr' && e.parentNode?.nodeName === 'tbody');
    assert.deepEqual(
      rows.map((row) => row.childNodes.filter((cell): cell is Element => 'tagName' in cell).map(text)),
      [
        ['Aug 28, 2021', '11.4177'],
        ['Aug 31, 2021', '11.3780'],
        ['Sep 1, 2021', '11.3367'],
        ['Sep 2, 2021', '11.3211'],
      ],
    );
    assert.match(texts(html, 'latest')[0]!, /11\.3211 RUB/);
  });

  for (const mode of ['list', 'rotate', 'scroll']) {
    it(`sco-headline-ticker mode="${mode}": the feed’s headlines`, async () => {
      const html = await renderWidget('sco-headline-ticker', { src: url(FEED), mode });
      const { host } = shapeWithSeed(html, 'sco-headline-ticker');
      assert.equal(attr(host, 'mode'), mode);
      const links = parts(html, 'link');
      assert.ok(links.length >= 1);
      assert.equal(text(links[0]!), "Nice <gorilla> what's he weigh?");
      assert.equal(attr(links[0]!, 'href'), 'https://example.org/1');
      if (mode !== 'rotate') assert.ok(links.map(text).includes('Next → ♥ λ ∀'), 'every headline listed');
      assert.equal(attr(parts(html, 'date')[0]!, 'datetime'), '2020-01-13T11:10:00Z');
    });
  }

  it('sco-clock: the time of options.now in its zone, and no seed', async () => {
    const html = await renderWidget('sco-clock', { zone: 'Asia/Tokyo', seconds: '' }, { now: NOW });
    shapeWithoutSeed(html, 'sco-clock');
    const time = parts(html, 'time')[0]!;
    assert.equal(attr(time, 'datetime'), '2025-12-13T18:30:15+09:00');
    assert.equal(text(time), '6:30:15 PM');
    const ru = await renderWidget('sco-clock', { zone: 'Asia/Tokyo', seconds: '' }, { now: new Date(NOW), lang: 'ru' });
    assert.equal(texts(ru, 'time')[0], '18:30:15');
  });

  it('sco-capital-clocks: every capital at options.now, and no seed', async () => {
    const html = await renderWidget('sco-capital-clocks', { 'show-date': '' }, { now: NOW });
    shapeWithoutSeed(html, 'sco-capital-clocks');
    const clocks = parts(html, 'clock').map((c) => [attr(c, 'data-zone'), texts(serialize(c), 'time')[0]]);
    assert.deepEqual(Object.fromEntries(clocks), {
      'Asia/Shanghai': '5:30 PM',
      'Asia/Bishkek': '3:30 PM',
      'Asia/Almaty': '2:30 PM',
      'Europe/Moscow': '12:30 PM',
      'Asia/Dushanbe': '2:30 PM',
      'Asia/Tashkent': '2:30 PM',
      'Asia/Kolkata': '3:00 PM',
      'Asia/Karachi': '2:30 PM',
      'Asia/Tehran': '1:00 PM',
      'Europe/Minsk': '12:30 PM',
    });
    assert.ok(texts(html, 'city').includes('Beijing'));
  });

  it('sco-member-states: the members as of the as-of date, and no seed', async () => {
    const members = async (attributes: Record<string, string>) =>
      parts(await renderWidget('sco-member-states', attributes, { now: NOW }), 'state')
        .filter((state) => attr((state.parentNode as Element | null)?.parentNode as Element, 'data-group') === 'members')
        .map((state) => attr(state, 'data-code'));
    const html = await renderWidget('sco-member-states', { 'as-of': '2020-01-13' }, { now: NOW });
    shapeWithoutSeed(html, 'sco-member-states');
    assert.deepEqual((await members({ 'as-of': '2020-01-13' })).sort(), ['CN', 'IN', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
    // Iran joined in 2023, Belarus in 2024: both are members at options.now.
    assert.deepEqual((await members({})).sort(), ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
  });
});

describe('the seed', () => {
  it('holds what the widget was drawn with, and a feed cannot break out of it', async () => {
    const html = await renderWidget('sco-headline-ticker', { src: url('/hostile.rss'), mode: 'list' });
    shapeWithSeed(html, 'sco-headline-ticker');
    const seed = seedOf(html)!;
    assert.doesNotMatch(seed, /<\/script/i);
    assert.doesNotMatch(seed, /<!--/);
    const scripts = elements(html).filter((e) => e.tagName === 'script');
    assert.equal(scripts.length, 1, 'the seed is the only script');
    const value = (JSON.parse(seed) as { value: { title: string; items: { title: string }[] } }).value;
    assert.equal(value.items[0]!.title, hostileTitle);
    assert.equal(texts(html, 'link')[0], hostileTitle);
  });

  it('does not follow data given through options.data', async () => {
    const first = await renderWidget('sco-currency-table', { src: url(CBR_DAILY) });
    const data = (JSON.parse(seedOf(first)!) as { value: unknown }).value;
    const html = await renderWidget('sco-currency-table', { currencies: 'CNY' }, { data });
    shapeWithoutSeed(html, 'sco-currency-table');
    assert.deepEqual(texts(html, 'rate'), ['11.2726']);
  });
});

describe('languages', () => {
  it('lang ru: Russian text and numbers', async () => {
    const html = await renderWidget('sco-currency-table', { src: url(CBR_DAILY), currencies: 'CNY,KZT' }, { lang: 'ru' });
    assert.match(texts(html, 'caption')[0]!, /^Официальные курсы Банка России на 13\.12\.2025/);
    assert.deepEqual(texts(html, 'rate'), ['11,2726', '15,3320']);
    assert.deepEqual(texts(html, 'header').slice(0, 2), ['Страна', 'Код']);
  });

  it('kk, loaded on demand, is awaited: Kazakh text, nothing hidden, no loading', async () => {
    const html = await renderWidget('sco-currency-table', { src: url(CBR_DAILY), currencies: 'CNY' }, { lang: 'kk' });
    assert.equal(attr(topLevel(html)[0]!, 'state'), 'ready');
    assert.deepEqual(texts(html, 'header').slice(0, 2), ['Ел', 'Код']);
    assertNothingPending(html);
  });

  it('fa, loaded on demand, is awaited and right-to-left', async () => {
    const html = await renderWidget('sco-member-states', {}, { lang: 'fa', now: NOW });
    assert.equal(attr(parts(html, 'base')[0]!, 'dir'), 'rtl');
    assert.match(texts(html, 'heading')[0]!, /[\u0600-\u06ff]/, 'Persian heading');
    assert.doesNotMatch(texts(html, 'heading')[0]!, /Member/);
    assertNothingPending(html);
    const clock = await renderWidget('sco-clock', { zone: 'Asia/Tehran' }, { lang: 'fa', now: NOW });
    assert.equal(attr(parts(clock, 'base')[0]!, 'dir'), 'rtl');
    assert.match(texts(clock, 'time')[0]!, /[\u06f0-\u06f9]/, 'Persian digits');
  });

  it('options.dir wins over the language’s', async () => {
    const html = await renderWidget('sco-clock', { zone: 'Asia/Tokyo' }, { lang: 'en', dir: 'rtl', now: NOW });
    assert.equal(attr(parts(html, 'base')[0]!, 'dir'), 'rtl');
  });
});

describe('hostile attributes', () => {
  const breakout = '"><script>alert(1)</script>';

  it('values are escaped: no element is added', async () => {
    const html = await renderWidget('sco-clock', { zone: 'Asia/Tokyo', label: breakout }, { now: NOW });
    const { host } = shapeWithoutSeed(html, 'sco-clock');
    assert.equal(attr(host, 'label'), breakout);
    assert.equal(elements(html).filter((e) => e.tagName === 'script').length, 0);
    assert.equal(texts(html, 'city')[0], breakout, 'the label shown as text');
  });

  it('in a data widget, only the seed is a script', async () => {
    const html = await renderWidget('sco-currency-table', { src: url(CBR_DAILY) + '#' + breakout, caption: breakout });
    const scripts = elements(html).filter((e) => e.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0]!.attrs.some((a) => a.name === 'data-sco-seed'));
    assert.equal(topLevel(html).length, 2);
  });

  it('event handlers, style and names the element does not observe are dropped', async () => {
    const html = await renderWidget(
      'sco-clock',
      { zone: 'Asia/Tokyo', onclick: 'alert(1)', ONMOUSEOVER: 'alert(2)', style: 'background:url(x)', 'data-x': '1', foo: 'bar', id: 'x' },
      { now: NOW },
    );
    const { host } = shapeWithoutSeed(html, 'sco-clock');
    assert.deepEqual(host.attrs.map((a) => a.name).sort(), ['state', 'zone']);
  });

  it('a name given twice in other cases is written once, with the first value, as the browser reads it, and drawn with that value', async () => {
    const html = await renderWidget('sco-clock', { label: 'First', zone: 'Asia/Tokyo', LABEL: 'Second', Label: 'Third' }, { now: NOW });
    const { host } = shapeWithoutSeed(html, 'sco-clock');
    assert.deepEqual(
      host.attrs.filter((a) => a.name === 'label').map((a) => a.value),
      ['First'],
    );
    assert.equal(texts(html, 'city')[0], 'First', 'the server draws what the browser will see');
  });

  it('names with odd characters are dropped', async () => {
    const odd = ['zone"', 'zone onclick', 'zone=x', '"><script>', 'zone/', "zone'", 'zone>', '<zone', ''];
    const html = await renderWidget('sco-clock', Object.fromEntries(odd.map((name) => [name, 'Asia/Tokyo'])), { now: NOW });
    const { host } = shapeWithoutSeed(html, 'sco-clock');
    assert.deepEqual(
      host.attrs.map((a) => a.name),
      ['state'],
    );
    assert.equal(elements(html).filter((e) => e.tagName === 'script').length, 0);
  });
});

describe('unknown tags', () => {
  for (const tag of ['div', 'sco-unknown', 'script', 'sco-element', 'SCO-', '']) {
    it(`<${tag}> rejects with a config DataError`, async () => {
      await assert.rejects(renderWidget(tag), (error: unknown) => {
        assert.ok(error instanceof DataError, `a DataError, not ${String(error)}`);
        assert.equal(error.code, 'config');
        return true;
      });
    });
  }
});

describe('failures', () => {
  it('a network failure renders the translated error state, and the promise resolves', async () => {
    const closed = await serveFixtures();
    const gone = closed.origin + CBR_DAILY;
    await closed.close();
    const html = await renderWidget('sco-currency-table', { src: gone }, { lang: 'ru' });
    const { host } = shapeWithoutSeed(html, 'sco-currency-table');
    assert.equal(attr(host, 'state'), 'error');
    const status = parts(html, 'status')[0]!;
    assert.equal(attr(status, 'data-state'), 'error');
    assert.equal(text(status), 'Не удалось загрузить данные. Проверьте адрес или прокси.');
  });

  it('a document that is not one renders the error state', async () => {
    const html = await renderWidget('sco-currency-table', { src: url('/fx/feedparser/date_parser_cases.json') });
    assert.equal(attr(topLevel(html)[0]!, 'state'), 'error');
    assert.equal(topLevel(html).length, 1, 'no seed of a failed load');
  });

  it('options.timeout bounds an upstream that never answers', async () => {
    const started = performance.now();
    const html = await renderWidget('sco-headline-ticker', { src: url('/never') }, { timeout: 300 });
    const took = performance.now() - started;
    assert.equal(attr(topLevel(html)[0]!, 'state'), 'error');
    assert.match(texts(html, 'status')[0]!, /not answering|not respond|answer/i);
    // Loosely: well under the library's default 10 s per attempt, retries included.
    assert.ok(took < 8000, `took ${Math.round(took)} ms`);
    assert.ok(server.hits('/never') >= 1);
  });
});

describe('the process', () => {
  /** Runs `code` (a module) in a child Node with the source condition, from the project's folder. */
  const run = (code: string) =>
    runNode(['--conditions=sco-widgets-source', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: new URL('../../', import.meta.url) });

  it('exits by itself after rendering a clock', async () => {
    const result = await run(`
      const { renderWidget } = await import('./src/ssr/index.ts');
      const html = await renderWidget('sco-clock', { zone: 'Asia/Tokyo', seconds: '' }, { now: ${NOW} });
      process.stdout.write(html.includes('18:30:15+09:00') ? 'rendered' : 'wrong');`);
    assert.equal(result.killed, false, `still running after 30 s: ${result.stderr}`);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'rendered');
  });

  it('exits by itself after rendering widgets that loaded data over HTTP', async () => {
    const result = await run(`
      const { renderWidget } = await import('./src/ssr/index.ts');
      const table = await renderWidget('sco-currency-table', { src: ${JSON.stringify(url(CBR_DAILY))} });
      const ticker = await renderWidget('sco-headline-ticker', { src: ${JSON.stringify(url(FEED))}, mode: 'scroll' });
      process.stdout.write(table.includes('state="ready"') && ticker.includes('state="ready"') ? 'rendered' : 'wrong');`);
    assert.equal(result.killed, false, `still running after 30 s: ${result.stderr}`);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'rendered');
  });
});

// ---

function shapeWithSeed(html: string, tag: string) {
  const result = shape(html, tag);
  assert.ok(result.seed, `${tag} is followed by its seed`);
  return result;
}

function shapeWithoutSeed(html: string, tag: string) {
  const result = shape(html, tag);
  assert.equal(result.seed, undefined, `no seed after ${tag}`);
  return result;
}

/** No trace of a language still on its way, nor of the loading state. */
function assertNothingPending(html: string) {
  const host = topLevel(html)[0]!;
  assert.notEqual(attr(host, 'state'), 'loading');
  assert.doesNotMatch(text(host), /Loading|Загрузка/);
  assert.ok(!elements(html).some((e) => e.attrs.some((a) => a.name === 'hidden' || (a.name === 'class' && /\btranslating\b/.test(a.value)))));
  assert.ok(!parts(html, 'status').some((s) => attr(s, 'data-state') === 'loading'));
}
