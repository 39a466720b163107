// The proxy's /render/<tag> route over real HTTP on 127.0.0.1, its data from a real loopback upstream
// (faults written as its handlers) or from the snapshots, through the proxy's own handler and caches.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { store } from '../../src/data/store.js';
import { createProxy, type ProxyOptions } from '../../src/proxy/index.js';
import { toNodeListener } from '../../src/proxy/node.js';
import { fixtureBytes } from '../data/fixture.js';
import { serve, startUpstream, type Upstream } from './upstream-server.js';

const DAILY = fixtureBytes('cbr/XML_daily_2022-03-15.raw-win1251.xml');

let upstream: Upstream;
let status = 200;
before(async () => {
  upstream = await startUpstream({
    '/daily.xml': (req, res) =>
      status === 200 ? serve(DAILY, { 'content-type': 'application/xml; charset=windows-1251' })(req, res) : res.writeHead(status).end('down'),
    '/hang.xml': () => undefined,
  });
});
after(() => upstream.close());
// The page-wide data store is the process's: each case starts from what the proxy gives it.
beforeEach(() => {
  store.clear();
  status = 200;
});

/** A proxy served by `node:http` on a free loopback port; `close` stops it. */
async function listen(options: ProxyOptions, mount?: string): Promise<{ base: string; lines: string[]; close: () => Promise<void> }> {
  const lines: string[] = [];
  const listener = toNodeListener(createProxy(options), { mount, log: (line) => lines.push(line) });
  const server: Server = createServer((req, res) => listener(req, res, () => res.writeHead(200).end('next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, lines, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const live = (extra: ProxyOptions = {}): ProxyOptions => ({ allowHosts: [upstream.host], allowPrivate: true, render: true, ...extra });
const table = (src: string, extra = '') => `/render/sco-currency-table?src=${encodeURIComponent(src)}${extra}`;

/** The host element's start tag. */
const startTag = (html: string): string => /^<[^>]*>/.exec(html)?.[0] ?? '';

describe('GET /render/<tag> over HTTP', () => {
  it('answers the widget as HTML with data from the upstream, CORS and caching like data; the second request comes from the cache', async () => {
    const proxy = await listen(live());
    const asked = upstream.count('/daily.xml');
    try {
      const first = await fetch(proxy.base + table(upstream.url('/daily.xml'), '&lang=ru'));
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
      assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=900, stale-while-revalidate=900, stale-if-error=86400$/);
      assert.equal(first.headers.get('x-sco-cache'), 'miss');
      const html = await first.text();
      assert.equal(Number(first.headers.get('content-length')), new TextEncoder().encode(html).byteLength);
      assert.match(startTag(html), /^<sco-currency-table\s+src="http:\/\/127\.0\.0\.1:\d+\/daily\.xml" state="ready">$/);
      assert.ok(html.includes('<template shadowroot="open" shadowrootmode="open">'));
      assert.ok(html.includes('15.03.2022'), 'the caption names the date of the sheet');
      assert.ok(html.includes('Китайский юань') || html.includes('юань'), 'Russian names, from the windows-1251 sheet');
      assert.match(html, /<script type="application\/json" data-sco-seed>/);
      assert.equal(upstream.count('/daily.xml'), asked + 1);

      store.clear(); // not even the page store's copy: the proxy's own cache answers
      const second = await fetch(proxy.base + table(upstream.url('/daily.xml'), '&lang=ru'));
      assert.equal(second.headers.get('x-sco-cache'), 'hit');
      assert.equal(await second.text(), html);
      assert.equal(upstream.count('/daily.xml'), asked + 1, 'the upstream was not asked again');
      assert.deepEqual(
        proxy.lines.map((line) => line.replace(/ [\d.]+ms$/, '').replace(/\?\S*/, '?…')),
        ['GET /render/sco-currency-table?… 200 miss', 'GET /render/sco-currency-table?… 200 hit'],
      );
    } finally {
      await proxy.close();
    }
  });

  it('keys renderings by tag, observed attributes and language: the order and padding of the query do not matter, the language does', async () => {
    const proxy = await listen(live());
    try {
      const src = encodeURIComponent(upstream.url('/daily.xml'));
      const ask = async (query: string) => {
        const response = await fetch(`${proxy.base}/render/sco-currency-table?${query}`);
        return { cache: response.headers.get('x-sco-cache'), html: await response.text() };
      };
      const ru = await ask(`src=${src}&currencies=CNY,INR&lang=ru`);
      assert.equal(ru.cache, 'miss');
      assert.equal((await ask(`lang=ru&currencies=CNY,INR&src=${src}`)).cache, 'hit');
      assert.equal(
        (await ask(`lang=ru&CURRENCIES=CNY,INR&src=${src}&utm_source=mail&x=${Math.random()}`)).cache,
        'hit',
        'attributes it drops make no key of their own',
      );
      const en = await ask(`src=${src}&currencies=CNY,INR&lang=en`);
      assert.equal(en.cache, 'miss');
      assert.notEqual(en.html, ru.html);
      assert.equal((await ask(`src=${src}&currencies=CNY&lang=ru`)).cache, 'miss');
    } finally {
      await proxy.close();
    }
  });

  it('escapes hostile attribute values and drops attributes the widget does not observe', async () => {
    const proxy = await listen(live({ offline: true }));
    try {
      const hostile = '"><script>alert(1)</script><x onerror="alert(2)';
      const query = new URLSearchParams({ zone: 'Asia/Almaty', label: hostile, onclick: 'alert(3)', style: 'color:red', 'x"y': '1', state: 'error' });
      const response = await fetch(`${proxy.base}/render/sco-clock?${query}`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.ok(!html.includes('<script>alert'), 'no script from the query');
      const names = [...startTag(html).matchAll(/\s([^\s=>]+)="[^"]*"/g)].map((m) => m[1]);
      assert.deepEqual(names.sort(), ['label', 'state', 'zone'], 'only attributes the clock observes, and its own state');
      assert.ok(html.includes('label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x onerror=&quot;alert(2)"'), 'the label is kept, escaped');
      assert.match(startTag(html), /\sstate="ready"/, 'the state is the widget’s own');
    } finally {
      await proxy.close();
    }
  });

  it('answers 404 for a tag that is not a widget, never asking the renderer for a malformed one', async () => {
    const proxy = await listen(live({ offline: true }));
    try {
      for (const path of [
        '/render/sco-nope',
        '/render/div',
        '/render/my-widget',
        '/render/',
        '/render/sco-clock/extra',
        '/render/sco%2Dclock',
        '/render/..%2Fsco-clock',
      ]) {
        const response = await fetch(proxy.base + path);
        assert.equal(response.status, 404, path);
        assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8', path);
        assert.equal(response.headers.get('cache-control'), 'no-store', path);
        assert.equal(((await response.json()) as { error: string }).error, 'tag', path);
      }
      assert.equal((await fetch(`${proxy.base}/render/SCO-CLOCK?zone=UTC`)).status, 200, 'tag names are case-insensitive, as in HTML');
    } finally {
      await proxy.close();
    }
  });

  it('answers HEAD, a preflight and other methods as the data route does; a bad lang or dir is 400', async () => {
    const proxy = await listen(live({ offline: true, origins: ['https://news.example'] }));
    try {
      const path = `${proxy.base}/render/sco-member-states`;
      const head = await fetch(path, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await head.text(), '');
      const preflight = await fetch(path, { method: 'OPTIONS', headers: { origin: 'https://news.example' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://news.example');
      const allowed = await fetch(path, { headers: { origin: 'https://news.example' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://news.example');
      assert.equal(allowed.headers.get('vary'), 'Origin');
      await allowed.arrayBuffer();
      const other = await fetch(path, { headers: { origin: 'https://elsewhere.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      await other.arrayBuffer();
      const post = await fetch(path, { method: 'POST', body: 'x' });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
      for (const query of ['lang=%22%3E', 'lang=not_a_language_tag', 'dir=sideways']) {
        const bad = await fetch(`${path}?${query}`);
        assert.equal(bad.status, 400, query);
        await bad.arrayBuffer();
      }
    } finally {
      await proxy.close();
    }
  });

  it('a clock is kept for the minute it shows, and says so', async () => {
    let clock = Date.UTC(2025, 11, 13, 9, 30, 15);
    const proxy = await listen(live({ offline: true, now: () => clock }));
    try {
      const ask = async () => {
        const response = await fetch(`${proxy.base}/render/sco-clock?zone=Asia/Almaty`);
        return { cache: response.headers.get('x-sco-cache'), control: response.headers.get('cache-control'), html: await response.text() };
      };
      const first = await ask();
      assert.deepEqual([first.cache, first.control], ['miss', 'public, max-age=45']);
      assert.ok(first.html.includes('14:30'), 'Almaty, UTC+5');
      clock += 30_000;
      assert.deepEqual([(await ask()).cache, (await ask()).control], ['hit', 'public, max-age=15']);
      clock += 30_000;
      const next = await ask();
      assert.equal(next.cache, 'miss');
      assert.ok(next.html.includes('14:31'));
    } finally {
      await proxy.close();
    }
  });
});

describe('GET /render/<tag> when the upstream fails', () => {
  it(
    'without a copy: the widget with its error at once (the upstream asked once), not cached; once the upstream is back, the data',
    { timeout: 30_000 },
    async () => {
      const proxy = await listen(live());
      try {
        status = 503;
        const asked = upstream.count('/daily.xml');
        const failed = await fetch(proxy.base + table(upstream.url('/daily.xml')));
        assert.equal(failed.status, 200);
        // The data route is the one that retries and keeps stale copies: the renderer asks it once, not once more per retry of its own.
        assert.equal(upstream.count('/daily.xml'), asked + 1, 'the failing upstream was asked once');
        assert.equal(failed.headers.get('cache-control'), 'no-store');
        assert.equal(failed.headers.get('x-sco-cache'), null);
        const html = await failed.text();
        assert.match(startTag(html), /\sstate="error"/);
        assert.match(html, /part="status"/);

        status = 200;
        store.clear();
        const back = await fetch(proxy.base + table(upstream.url('/daily.xml')));
        assert.equal(back.headers.get('x-sco-cache'), 'miss');
        assert.match(startTag(await back.text()), /\sstate="ready"/);
      } finally {
        await proxy.close();
      }
    },
  );

  it('an upstream that never answers costs the proxy its timeout, then the widget shows the error', { timeout: 30_000 }, async () => {
    const proxy = await listen(live({ timeoutMs: 300 }));
    try {
      const response = await fetch(proxy.base + table(upstream.url('/hang.xml')));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(startTag(await response.text()), /\sstate="error"/);
    } finally {
      await proxy.close();
    }
  });

  it('past its freshness, with the upstream down, the data route covers with its stale copy and the rendering says so', { timeout: 30_000 }, async () => {
    let clock = Date.UTC(2025, 11, 13, 9, 0);
    const proxy = await listen(live({ now: () => clock, ttlMs: 60_000 }));
    const asked = upstream.count('/daily.xml');
    try {
      const good = await (await fetch(proxy.base + table(upstream.url('/daily.xml')))).text();
      status = 502;
      clock += 5 * 60_000;
      store.clear();
      const response = await fetch(proxy.base + table(upstream.url('/daily.xml')));
      assert.equal(response.headers.get('x-sco-cache'), 'stale');
      assert.equal(response.headers.get('age'), '300');
      assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=360, stale-if-error=86400$/);
      assert.equal(await response.text(), good);
      assert.equal(upstream.count('/daily.xml'), asked + 2, 'the upstream was asked again, and failed');
    } finally {
      await proxy.close();
    }
  });

  it(
    'past its freshness, when the upstream now sends what the widget cannot show, the last good rendering covers, marked stale',
    { timeout: 30_000 },
    async () => {
      let clock = Date.UTC(2025, 11, 13, 9, 0);
      const path = '/broken-later.xml';
      let broken = false;
      upstream.route(path, (req, res) =>
        broken
          ? res.writeHead(200, { 'content-type': 'application/xml' }).end('<html>maintenance</html>')
          : serve(DAILY, { 'content-type': 'application/xml; charset=windows-1251' })(req, res),
      );
      const proxy = await listen(live({ now: () => clock, ttlMs: 60_000 }));
      try {
        const good = await (await fetch(proxy.base + table(upstream.url(path)))).text();
        broken = true;
        clock += 2 * 60_000;
        store.clear();
        const response = await fetch(proxy.base + table(upstream.url(path)));
        assert.equal(response.headers.get('x-sco-cache'), 'stale');
        assert.equal(response.headers.get('age'), '120');
        assert.equal(await response.text(), good);
        assert.equal(upstream.count(path), 2, 'the upstream was asked, and its answer rendered as an error');
      } finally {
        await proxy.close();
      }
    },
  );

  it('a source the allowlist does not cover is refused by the proxy, as for data: the widget shows the error', async () => {
    const proxy = await listen(live());
    try {
      const response = await fetch(proxy.base + table('https://example.com/rates.xml'));
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(startTag(await response.text()), /\sstate="error"/);
    } finally {
      await proxy.close();
    }
  });
});

describe('offline, /render renders from the snapshots', () => {
  it('the Bank of Russia table, in Russian, with no network', async () => {
    const proxy = await listen({ offline: true, render: true });
    try {
      const response = await fetch(`${proxy.base}/render/sco-currency-table?lang=ru`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(startTag(html), /^<sco-currency-table\s+state="ready">$/);
      assert.ok(html.includes('21.08.2021'), 'the shipped sheet of 21.08.2021');
      assert.ok(html.includes('data-code="CNY"'));
    } finally {
      await proxy.close();
    }
  });
});

describe('without render: true', () => {
  it('/render/… is answered as any other path was before: the data route, which wants ?url=', async () => {
    const plain = createProxy({ offline: true });
    const proxy = await listen({ offline: true });
    try {
      for (const path of ['/render/sco-clock', `/render/sco-clock?url=${encodeURIComponent('https://www.cbr.ru/scripts/XML_daily.asp')}`]) {
        const overHttp = await fetch(proxy.base + path);
        const direct = await plain(new Request(`http://localhost${path}`));
        assert.equal(overHttp.status, direct.status, path);
        assert.equal(overHttp.headers.get('content-type'), direct.headers.get('content-type'), path);
        assert.equal(await overHttp.text(), await direct.text(), path);
        assert.notEqual(overHttp.headers.get('content-type'), 'text/html; charset=utf-8');
      }
    } finally {
      await proxy.close();
    }
  });
});

describe('mounted as middleware', () => {
  it('a rendering proxy at /proxy answers /proxy/render/…; one that does not render hands it to next()', async () => {
    const rendering = await listen({ offline: true, render: true }, '/proxy');
    const dataOnly = await listen({ offline: true }, '/proxy');
    try {
      const rendered = await fetch(`${rendering.base}/proxy/render/sco-clock?zone=UTC`);
      assert.equal(rendered.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await rendered.text(), /^<sco-clock/);
      assert.equal(await (await fetch(`${rendering.base}/proxyx/render/sco-clock`)).text(), 'next');
      assert.equal(await (await fetch(`${rendering.base}/render/sco-clock`)).text(), 'next');
      assert.equal(await (await fetch(`${dataOnly.base}/proxy/render/sco-clock?zone=UTC`)).text(), 'next');
      const data = await fetch(`${rendering.base}/proxy?url=${encodeURIComponent('https://www.nbkr.kg/XML/daily.xml')}`);
      assert.equal(data.headers.get('x-sco-cache'), 'snapshot', 'the data route still answers at the mount');
      await data.arrayBuffer();
    } finally {
      await Promise.all([rendering.close(), dataOnly.close()]);
    }
  });
});
