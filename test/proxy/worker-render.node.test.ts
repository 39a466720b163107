// The rendering Worker bundled as scripts/build.mjs ships it (dist/proxy/worker-render.js), run in
// workerd through Miniflare: /render/<tag> from the snapshots and from a loopback upstream through
// the proxy's caches; and the data-only Worker, which stays without any of it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Miniflare, type MiniflareOptions } from 'miniflare';
import { dataWorkerOptions, renderWorkerOptions, workerBundle } from '../../scripts/worker-bundles.mjs';
import { fixtureBytes } from '../data/fixture.js';
import { serve, startUpstream, type Upstream } from './upstream-server.js';

let renderScript: string;
let dataScript: string;
let upstream: Upstream;
const running: Miniflare[] = [];

const worker = (script: string, bindings: Record<string, string>): Miniflare => {
  const options: MiniflareOptions = { modules: true, script, compatibilityDate: '2025-01-01', compatibilityFlags: ['nodejs_compat'], bindings };
  const mf = new Miniflare(options);
  running.push(mf);
  return mf;
};

before(async () => {
  [renderScript, dataScript] = await Promise.all([
    workerBundle(renderWorkerOptions, { minify: true, logLevel: 'silent' }).then((b) => b.text),
    workerBundle(dataWorkerOptions, { logLevel: 'silent' }).then((b) => b.text),
  ]);
  upstream = await startUpstream({
    '/daily.xml': serve(fixtureBytes('cbr/XML_daily_2022-03-15.raw-win1251.xml'), { 'content-type': 'application/xml; charset=windows-1251' }),
  });
});

after(async () => {
  await Promise.all(running.map((mf) => mf.dispose()));
  await upstream?.close();
});

const startTag = (html: string): string => /^<[^>]*>/.exec(html)?.[0] ?? '';

describe('the rendering Worker in Miniflare (workerd)', { timeout: 60_000 }, () => {
  it('offline: renders the table from the snapshots, with the headers of the Node proxy', async () => {
    const mf = worker(renderScript, { SCO_PROXY_OFFLINE: 'true', SCO_PROXY_RENDER: '1', SCO_PROXY_ORIGINS: 'https://news.example' });
    const response = await mf.dispatchFetch('http://proxy.test/render/sco-currency-table?lang=ru', { headers: { origin: 'https://news.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=900, stale-while-revalidate=900, stale-if-error=86400$/);
    assert.equal(response.headers.get('x-sco-cache'), 'miss');
    const html = await response.text();
    assert.match(startTag(html), /^<sco-currency-table\s+state="ready">$/);
    assert.ok(html.includes('<template shadowroot="open" shadowrootmode="open">'));
    assert.ok(html.includes('21.08.2021') && html.includes('data-code="CNY"'));

    const again = await mf.dispatchFetch('http://proxy.test/render/sco-currency-table?lang=ru');
    assert.equal(again.headers.get('x-sco-cache'), 'hit');
    assert.equal(await again.text(), html);

    const data = await mf.dispatchFetch(`http://proxy.test/?url=${encodeURIComponent('https://www.nbkr.kg/XML/daily.xml')}`);
    assert.equal(data.headers.get('x-sco-cache'), 'snapshot', 'the data route answers as before');
    await data.arrayBuffer();
  });

  it('live: data from a loopback upstream through the proxy; the second request is served from the cache', async () => {
    const mf = worker(renderScript, { SCO_PROXY_ALLOW_HOSTS: upstream.host, SCO_PROXY_ALLOW_PRIVATE: 'true', SCO_PROXY_RENDER: '1' });
    const path = `http://proxy.test/render/sco-currency-table?src=${encodeURIComponent(upstream.url('/daily.xml'))}&currencies=CNY,INR`;
    const first = await mf.dispatchFetch(path);
    assert.equal(first.headers.get('x-sco-cache'), 'miss');
    const html = await first.text();
    assert.match(startTag(html), /\sstate="ready"/);
    assert.ok(html.includes('15.03.2022') && html.includes('data-code="INR"'));
    assert.equal(upstream.count('/daily.xml'), 1);
    const second = await mf.dispatchFetch(path);
    assert.equal(second.headers.get('x-sco-cache'), 'hit');
    assert.equal(await second.text(), html);
    assert.equal(upstream.count('/daily.xml'), 1, 'the upstream was asked once');
  });

  it('escapes hostile values, drops unknown attributes, answers 404 for unknown tags', async () => {
    const mf = worker(renderScript, { SCO_PROXY_OFFLINE: 'true', SCO_PROXY_RENDER: '1' });
    const query = new URLSearchParams({ zone: 'Asia/Tashkent', label: '"><img src=x onerror=alert(1)>', onclick: 'alert(2)' });
    const html = await (await mf.dispatchFetch(`http://proxy.test/render/sco-clock?${query}`)).text();
    assert.ok(!html.includes('<img src=x'));
    const names = [...startTag(html).matchAll(/\s([^\s=>]+)="[^"]*"/g)].map((m) => m[1]);
    assert.deepEqual(names.sort(), ['label', 'state', 'zone']);
    const unknown = await mf.dispatchFetch('http://proxy.test/render/sco-unknown');
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: string }).error, 'tag');
  });

  it('without SCO_PROXY_RENDER it is the data-only Worker: /render/… wants ?url= as before', async () => {
    const mf = worker(renderScript, { SCO_PROXY_OFFLINE: 'true' });
    const response = await mf.dispatchFetch('http://proxy.test/render/sco-clock');
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: string }).error, 'bad-url');
  });
});

describe('the data-only Worker', () => {
  it('renders nothing, SCO_PROXY_RENDER or not, and carries no renderer', { timeout: 30_000 }, async () => {
    const mf = worker(dataScript, { SCO_PROXY_OFFLINE: 'true', SCO_PROXY_RENDER: '1' });
    const response = await mf.dispatchFetch('http://proxy.test/render/sco-clock');
    assert.equal(response.status, 400);
    await response.arrayBuffer();
    for (const part of ['renderWidget', 'lit-html', 'shadowrootmode', '/render/']) assert.ok(!dataScript.includes(part), part);
  });
});
