import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setClock } from '../../src/core/time.js';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { createProxy, SAMPLE_HEADLINES_URL, type ProxyOptions } from '../../src/proxy/index.js';
import { snapshotFor } from '../../src/proxy/offline.js';
import { fixtureBytes } from '../data/fixture.js';
import { serve, startUpstream, viaProxy, type Upstream } from './upstream-server.js';

const WIN1251 = fixtureBytes('cbr/XML_daily_2022-03-15.raw-win1251.xml');

let upstream: Upstream;
before(async () => {
  upstream = await startUpstream({
    '/rates.json': serve('{"USD":1}', { 'content-type': 'application/json' }),
    '/daily-1251.xml': serve(WIN1251, { 'content-type': 'application/xml; charset=windows-1251' }),
    '/daily-bare.xml': serve(WIN1251),
    '/headers.xml': serve('<a/>', {
      'content-type': 'text/xml',
      'last-modified': 'Fri, 13 Dec 2025 12:00:00 GMT',
      'set-cookie': 'session=secret',
      'x-powered-by': 'ASP.NET',
      etag: '"abc"',
    }),
    '/logo.png': serve(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { 'content-type': 'image/png' }),
  });
});
after(() => upstream.close());

/** A proxy that may reach the loopback test upstream: the documented escape hatch, explicitly. */
const loopbackProxy = (options: ProxyOptions = {}) => createProxy({ allowHosts: [upstream.host], allowPrivate: true, ...options });

const get = (proxy: (r: Request) => Promise<Response>, upstreamUrl: string, init?: RequestInit) => proxy(new Request(viaProxy(upstreamUrl), init));

describe('forwarding to an allowlisted upstream', () => {
  it('answers with the upstream body, a UTF-8 type, CORS and CDN-friendly caching', async () => {
    const response = await get(loopbackProxy(), upstream.url('/rates.json'));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '{"USD":1}');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('x-sco-cache'), 'miss');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=900, stale-while-revalidate=\d+, stale-if-error=86400$/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  for (const [name, path] of [
    ['declared in Content-Type', '/daily-1251.xml'],
    ['declared only in the XML prolog (no Content-Type)', '/daily-bare.xml'],
  ]) {
    it(`re-encodes a windows-1251 Bank of Russia sheet to UTF-8 — charset ${name}`, async () => {
      const response = await get(loopbackProxy(), upstream.url(path));
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /; charset=utf-8$/);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
      assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?><ValCurs Date="15.03.2022"'), text.slice(0, 80));
      assert.ok(text.includes('<Name>Австралийский доллар</Name>'));
      assert.ok(text.includes('<Name>Китайский юань</Name>'));
    });
  }

  it('passes Last-Modified through and drops cookies, server banners and the upstream ETag', async () => {
    const response = await get(loopbackProxy(), upstream.url('/headers.xml'));
    assert.equal(response.headers.get('last-modified'), 'Fri, 13 Dec 2025 12:00:00 GMT');
    for (const name of ['set-cookie', 'x-powered-by', 'etag']) assert.equal(response.headers.get(name), null, name);
  });

  it('refuses to relay a body that is not text', async () => {
    const response = await get(loopbackProxy(), upstream.url('/logo.png'));
    assert.equal(response.status, 502);
    assert.match((await response.json()).message, /image\/png/);
  });

  // An allowlisted host serving script must not give a page `<script src="/proxy?url=…">` to run.
  for (const type of [
    'text/html',
    'text/javascript',
    'application/javascript',
    'application/x-javascript',
    'application/xhtml+xml',
    'text/css',
    'text/xsl',
    'application/xslt+xml',
    'text/html; charset=utf-8',
  ]) {
    it(`relays a body labelled ${type} as text/plain, never as something a browser runs or renders`, async () => {
      const path = `/typed/${encodeURIComponent(type)}`;
      upstream.route(path, serve('alert(document.domain)', { 'content-type': type }));
      const response = await get(loopbackProxy(), upstream.url(path));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.equal(await response.text(), 'alert(document.domain)');
    });
  }

  it('recognises JSON under a script label (the cbr-xml-daily mirror sends application/javascript) and relays it as JSON', async () => {
    upstream.route('/daily_json.js', serve('{"Valute":{}}', { 'content-type': 'application/javascript; charset=utf-8' }));
    const response = await get(loopbackProxy(), upstream.url('/daily_json.js'));
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  });

  for (const type of ['application/rss+xml', 'application/atom+xml', 'text/xml', 'application/feed+json', 'text/plain']) {
    it(`relays the data type ${type} as it is`, async () => {
      const path = `/typed/${encodeURIComponent(type)}`;
      upstream.route(path, serve('<rss/>', { 'content-type': type }));
      const response = await get(loopbackProxy(), upstream.url(path));
      assert.equal(response.headers.get('content-type'), `${type}; charset=utf-8`);
    });
  }

  it('follows a redirect that stays on the allowlist', async () => {
    upstream.route('/moved', serve('', { location: '/rates.json' }, 301));
    const response = await get(loopbackProxy(), upstream.url('/moved'));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '{"USD":1}');
  });

  it('gives up on a redirect loop after maxRedirects hops', async () => {
    upstream.route('/loop', serve('', { location: '/loop' }, 302));
    const response = await get(loopbackProxy({ maxRedirects: 3 }), upstream.url('/loop'));
    assert.equal(response.status, 502);
    assert.equal(upstream.count('/loop'), 4);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get(loopbackProxy(), upstream.url('/rates.json'), { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.body, null);
  });
});

describe('refusals under the default policy', () => {
  const cases: [string, string, string][] = [
    ['a host off the allowlist', 'https://example.com/rates.xml', 'host'],
    ['a file: URL', 'file:///etc/passwd', 'scheme'],
    ['an ftp: URL on an allowed host', 'ftp://www.cbr.ru/scripts/XML_daily.asp', 'scheme'],
    ['an allowed host on a non-default port', 'https://www.cbr.ru:8443/scripts/XML_daily.asp', 'host'],
    ['loopback', 'http://127.0.0.1/', 'host'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', 'host'],
    ['IPv6 loopback', 'http://[::1]/', 'host'],
    ['loopback as a decimal number', 'http://2130706433/', 'host'],
    ['loopback in octal', 'http://0177.0.0.1/', 'host'],
    ['loopback in hex', 'http://0x7f.0.0.1/', 'host'],
    ['an allowed name as user info before a loopback host', 'http://www.cbr.ru@127.0.0.1/', 'userinfo'],
    ['user info on an allowed host', 'https://user:pass@www.cbr.ru/scripts/XML_daily.asp', 'userinfo'],
  ];
  for (const [name, url, reason] of cases) {
    it(`refuses ${name}: ${url}`, async () => {
      const response = await get(createProxy(), url);
      assert.equal(response.status, 403);
      assert.equal((await response.json()).error, reason);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', 'errors stay readable cross-origin');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    });
  }

  it('answers 400 for a missing or unparsable url parameter', async () => {
    const proxy = createProxy();
    assert.equal((await proxy(new Request('http://proxy.test/'))).status, 400);
    assert.equal((await get(proxy, 'not a url')).status, 400);
  });

  for (const address of ['127.0.0.1', '[::ffff:127.0.0.1]', '0x7f.1']) {
    it(`refuses a loopback upstream even when it is allowlisted (${address}), unless allowPrivate is set`, async () => {
      const port = upstream.host.split(':')[1];
      const before = upstream.count('/rates.json');
      const response = await get(createProxy({ allowHosts: [upstream.host, `${address}:${port}`] }), `http://${address}:${port}/rates.json`);
      assert.equal(response.status, 403);
      assert.equal((await response.json()).error, 'address');
      assert.equal(upstream.count('/rates.json'), before, 'no request reached the upstream');
    });
  }

  it('resolves names itself when given no resolver: an allowlisted localhost:PORT does not reach loopback', async () => {
    const port = upstream.host.split(':')[1];
    const before = upstream.count('/rates.json');
    const response = await get(createProxy({ allowHosts: [`localhost:${port}`] }), `http://localhost:${port}/rates.json`);
    assert.equal(response.status, 403);
    assert.match((await response.json()).message, /non-public address \((127\.0\.0\.1|::1)\)/);
    assert.equal(upstream.count('/rates.json'), before);
  });

  it('refuses a name its resolver finds no address for', async () => {
    const response = await get(createProxy({ resolve: async () => [] }), UPSTREAMS.cbr);
    assert.equal(response.status, 403);
    assert.deepEqual(await response.json(), { error: 'address', message: 'www.cbr.ru resolves to no address' });
  });

  it('refuses an allowlisted name that resolves to a private address', async () => {
    const resolve = async (host: string) => (host === 'www.cbr.ru' ? ['194.67.123.4', '10.0.0.7'] : []);
    const response = await get(createProxy({ resolve }), UPSTREAMS.cbr);
    assert.equal(response.status, 403);
    assert.match((await response.json()).message, /10\.0\.0\.7/);
  });

  for (const [name, location] of [
    ['a host off the allowlist', () => `http://localhost:${upstream.host.split(':')[1]}/rates.json`],
    ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a file: URL', () => 'file:///etc/passwd'],
  ] as const) {
    it(`refuses a redirect from an allowed host to ${name}`, async () => {
      upstream.route('/escape', serve('', { location: location() }, 302));
      const before = upstream.count('/rates.json');
      const response = await get(loopbackProxy(), upstream.url('/escape'));
      assert.equal(response.status, 403);
      assert.equal(upstream.count('/rates.json'), before, 'the redirect target was not fetched');
    });
  }

  it('stops reading a body over the size cap even without Content-Length', async () => {
    upstream.route('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no length to trust
      const chunk = 'x'.repeat(4096);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const response = await get(loopbackProxy({ maxBytes: 64 * 1024 }), upstream.url('/endless'));
    assert.equal(response.status, 502);
    assert.match((await response.json()).message, /exceeds 65536 bytes/);
  });

  it('refuses a body whose declared Content-Length is over the cap', async () => {
    upstream.route('/big', serve('y'.repeat(2000), { 'content-type': 'text/plain' }));
    const response = await get(loopbackProxy({ maxBytes: 1000 }), upstream.url('/big'));
    assert.equal(response.status, 502);
  });

  it('answers 504 when the upstream never answers, bounded by the timeout', { timeout: 10_000 }, async () => {
    upstream.route('/silent', () => {}); // holds the socket open, sends nothing
    const response = await get(loopbackProxy({ timeoutMs: 300 }), upstream.url('/silent'));
    assert.equal(response.status, 504);
    assert.equal((await response.json()).error, 'timeout');
  });
});

describe('cache', () => {
  it('turns 200 concurrent requests for one cold URL into one upstream request', async () => {
    upstream.route('/cold.xml', (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<cold/>'), 50);
    });
    const proxy = loopbackProxy();
    const responses = await Promise.all(Array.from({ length: 200 }, () => get(proxy, upstream.url('/cold.xml'))));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    assert.equal(upstream.count('/cold.xml'), 1);
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
    assert.deepEqual(new Set(bodies), new Set(['<cold/>']));
  });

  it('serves hits within the TTL without asking upstream, with the age of the copy', async () => {
    let now = 1_000_000;
    const proxy = loopbackProxy({ ttlMs: 60_000, now: () => now });
    upstream.route('/hit.xml', serve('<hit/>', { 'content-type': 'text/xml' }));
    await get(proxy, upstream.url('/hit.xml'));
    now += 30_000;
    const response = await get(proxy, upstream.url('/hit.xml'));
    assert.equal(response.headers.get('x-sco-cache'), 'hit');
    assert.equal(response.headers.get('age'), '30');
    assert.equal(await response.text(), '<hit/>');
    assert.equal(upstream.count('/hit.xml'), 1);
  });

  it("without a clock of its own, ages its copies by the library's (setClock)", async () => {
    let now = 2_000_000;
    setClock({ now: () => now });
    try {
      const proxy = loopbackProxy({ ttlMs: 60_000 });
      upstream.route('/library-clock.xml', serve('<hit/>', { 'content-type': 'text/xml' }));
      await get(proxy, upstream.url('/library-clock.xml'));
      now += 45_000;
      const response = await get(proxy, upstream.url('/library-clock.xml'));
      assert.equal(response.headers.get('x-sco-cache'), 'hit');
      assert.equal(response.headers.get('age'), '45');
    } finally {
      setClock();
    }
  });

  it('covers a failing upstream with the stale copy, then takes the fresh one once it is back', async () => {
    let now = 1_000_000;
    let body = '<v1/>';
    let status = 200;
    upstream.route('/flaky.xml', (_req, res) => {
      res.writeHead(status, { 'content-type': 'text/xml' }).end(status === 200 ? body : 'oops');
    });
    const proxy = loopbackProxy({ ttlMs: 10_000, staleMs: 3_600_000, now: () => now });
    const url = upstream.url('/flaky.xml');
    assert.equal(await (await get(proxy, url)).text(), '<v1/>');

    status = 500;
    now += 10_001;
    const stale = await get(proxy, url);
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-sco-cache'), 'stale');
    // Its true age, and a max-age just past it: a CDN holds it for the retry pause (10 s here), no longer.
    assert.equal(stale.headers.get('age'), '10');
    assert.equal(stale.headers.get('cache-control'), 'public, max-age=20, stale-if-error=3600');
    assert.equal(await stale.text(), '<v1/>');
    assert.equal(upstream.count('/flaky.xml'), 2);

    now += 1_000; // within the retry pause: the failing upstream is left alone
    assert.equal((await get(proxy, url)).headers.get('x-sco-cache'), 'stale');
    assert.equal(upstream.count('/flaky.xml'), 2);

    status = 200;
    body = '<v2/>';
    now += 10_000;
    const fresh = await get(proxy, url);
    assert.equal(fresh.headers.get('x-sco-cache'), 'miss');
    assert.equal(await fresh.text(), '<v2/>');
  });

  it('stops covering with a copy older than TTL + staleMs', async () => {
    let now = 1_000_000;
    let status = 200;
    upstream.route('/gone.xml', (_req, res) => res.writeHead(status, { 'content-type': 'text/xml' }).end('<old/>'));
    const proxy = loopbackProxy({ ttlMs: 1_000, staleMs: 5_000, now: () => now });
    await get(proxy, upstream.url('/gone.xml'));
    status = 503;
    now += 6_001;
    const response = await get(proxy, upstream.url('/gone.xml'));
    assert.equal(response.status, 502);
    assert.match((await response.json()).message, /HTTP 503/);
  });
});

describe('CORS', () => {
  const proxy = createProxy({ origins: ['https://news.example'], offline: true });
  const ask = (origin: string, method = 'GET') => get(proxy, UPSTREAMS.cbr, { method, headers: { origin } });

  it('echoes a configured origin and varies on Origin', async () => {
    const response = await ask('https://news.example');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  it('gives other origins no Access-Control-Allow-Origin', async () => {
    assert.equal((await ask('https://elsewhere.example')).headers.get('access-control-allow-origin'), null);
  });

  it('answers a preflight with 204 and the allowed methods', async () => {
    const response = await ask('https://news.example', 'OPTIONS');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
  });

  it('refuses other methods with 405', async () => {
    const response = await ask('https://news.example', 'POST');
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });
});

describe('offline mode', () => {
  const proxy = createProxy({ offline: true });
  const snapshot = (file: string) => readFileSync(new URL(`../../snapshots/${file}`, import.meta.url), 'utf8');

  for (const [name, url, file] of [
    ['cbrEng', `${UPSTREAMS.cbrEng}?date_req=01/02/2020`, 'XML_daily_eng_2025-12-13.extracted.xml'],
    ['cbrJson', UPSTREAMS.cbrJson, 'daily_json_2022-02-03.json'],
    ['cbu', UPSTREAMS.cbu, 'cbu_all_2022-08-05.json'],
    ['nbrb', UPSTREAMS.nbrb, 'nbrb_rates_periodicity0_2022-02-28.json'],
  ]) {
    it(`answers ${name} from ${file}, whatever the query`, async () => {
      const response = await get(proxy, url as string);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
      assert.match(response.headers.get('content-type') ?? '', /; charset=utf-8$/);
      assert.equal(await response.text(), snapshot(file as string));
      assert.doesNotMatch(response.headers.get('content-type') ?? '', /script|html/);
    });
  }

  for (const url of [UPSTREAMS.cbrDynamic, UPSTREAMS.nbkr, UPSTREAMS.ecb, UPSTREAMS.nbk, SAMPLE_HEADLINES_URL]) {
    it(`answers ${new URL(url).hostname} with an XML prolog that says UTF-8`, async () => {
      const text = await (await get(proxy, url)).text();
      assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8" ?\?>/);
    });
  }

  // These answered 200 with `content-type: undefined` and a cacheable empty body: inherited properties.
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`refuses x:${name} as live mode would (scheme), not with an inherited property`, async () => {
      const response = await get(proxy, `x:${name}`);
      assert.equal(response.status, 403);
      assert.equal((await response.json()).error, 'scheme');
    });
  }

  it('looks snapshots up by their own keys only', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) assert.equal(snapshotFor(new URL(`x:${name}`)), undefined);
    assert.ok(snapshotFor(new URL(UPSTREAMS.cbr)));
  });

  for (const [name, url, reason] of [
    ['user info', 'https://user@www.cbr.ru/scripts/XML_daily.asp', 'userinfo'],
    ['another scheme', 'ftp://www.cbr.ru/scripts/XML_daily.asp', 'scheme'],
    ['another port', 'https://www.cbr.ru:8443/scripts/XML_daily.asp', 'host'],
  ]) {
    it(`refuses ${name} offline too`, async () => {
      const response = await get(proxy, url as string);
      assert.equal(response.status, 403);
      assert.equal((await response.json()).error, reason);
    });
  }

  it('answers the sample headlines whatever the allowlist (the CLI and the Worker pass one)', async () => {
    const response = await get(createProxy({ offline: true, allowHosts: ['www.cbr.ru'] }), SAMPLE_HEADLINES_URL);
    assert.equal(response.status, 200);
  });

  it('keeps to its allowlist: a snapshot host left off it is refused', async () => {
    const response = await get(createProxy({ offline: true, allowHosts: ['www.cbr.ru'] }), UPSTREAMS.nbrb);
    assert.equal(response.status, 403);
    assert.equal((await get(createProxy({ offline: true, allowHosts: ['www.cbr.ru'] }), UPSTREAMS.cbr)).status, 200);
  });

  it('answers 404 for a URL it has no snapshot of, without going to the network', async () => {
    const response = await get(proxy, 'https://www.cbr.ru/scripts/XML_val.asp');
    assert.equal(response.status, 404);
    assert.equal((await response.json()).error, 'offline');
  });
});

describe('live with the snapshots as a fallback (the demo’s LIVE=1 mode)', () => {
  // The upstream named is the Bank of Russia's, but every request is answered by the loopback test
  // server, which fails: the proxy must then answer with the sheet shipped in the package.
  const failing = (status: number) => (_input: RequestInfo | URL, init?: RequestInit) => fetch(upstream.url(`/missing-${status}`), init);

  it('answers the shipped snapshot when the upstream fails and nothing is cached', async () => {
    const proxy = createProxy({ snapshotFallback: true, fetch: failing(503) });
    const response = await get(proxy, UPSTREAMS.cbrEng);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
    assert.match(await response.text(), /<ValCurs Date="13\.12\.2025"/);
  });

  it('without the option the failure is reported', async () => {
    const response = await get(createProxy({ fetch: failing(503) }), UPSTREAMS.cbr);
    assert.equal(response.status, 502);
  });

  it('a refused target is still refused', async () => {
    const response = await get(createProxy({ snapshotFallback: true }), 'http://127.0.0.1/scripts/XML_daily.asp');
    assert.equal(response.status, 403);
  });
});
