// The Worker entry, bundled the way a deploy would bundle it and run in workerd through Miniflare:
// the same handler has to hold its core cases in the Workers runtime, not only under Node.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare, type MiniflareOptions } from 'miniflare';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { fixtureBytes } from '../data/fixture.js';
import { serve, startUpstream, viaProxy, type Upstream } from './upstream-server.js';

let script: string;
let upstream: Upstream;
let online: Miniflare;
let offline: Miniflare;

const workerOptions = (bindings: Record<string, string>, extra: Partial<MiniflareOptions> = {}) =>
  ({ modules: true, script, compatibilityDate: '2025-01-01', bindings, ...extra }) as MiniflareOptions;
const worker = (bindings: Record<string, string>) => new Miniflare(workerOptions(bindings));

before(async () => {
  const bundle = await build({
    entryPoints: [new URL('../../src/proxy/worker.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0]!.text;
  upstream = await startUpstream({
    '/daily.xml': serve(fixtureBytes('cbr/XML_daily_2022-03-15.raw-win1251.xml'), { 'content-type': 'application/xml; charset=windows-1251' }),
    '/cold.xml': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<cold/>'), 50),
    '/escape': serve('', { location: 'http://169.254.169.254/latest/meta-data/' }, 302),
  });
  // workerd reaches the loopback upstream directly; the escape hatch is set explicitly, as a test would.
  online = worker({ SCO_PROXY_ALLOW_HOSTS: upstream.host, SCO_PROXY_ALLOW_PRIVATE: 'true' });
  offline = worker({ SCO_PROXY_OFFLINE: 'true', SCO_PROXY_ORIGINS: 'https://news.example' });
});

after(async () => {
  await Promise.all([online?.dispose(), offline?.dispose()]);
  await upstream?.close();
});

describe('the Worker in Miniflare (workerd)', () => {
  it('refuses a host off the allowlist', async () => {
    const response = await online.dispatchFetch(viaProxy('https://example.com/'));
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: string }).error, 'host');
  });

  it('refuses the metadata address and a redirect to it', async () => {
    const direct = await online.dispatchFetch(viaProxy('http://169.254.169.254/latest/meta-data/'));
    assert.equal(direct.status, 403);
    await direct.arrayBuffer();
    const redirected = await online.dispatchFetch(viaProxy(upstream.url('/escape')));
    assert.equal(redirected.status, 403);
    await redirected.arrayBuffer();
  });

  it('fetches an allowlisted windows-1251 upstream and answers UTF-8', async () => {
    const response = await online.dispatchFetch(viaProxy(upstream.url('/daily.xml')));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const text = await response.text();
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
    assert.ok(text.includes('<Name>Австралийский доллар</Name>'));
  });

  it('coalesces concurrent cold requests into one upstream request', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => online.dispatchFetch(viaProxy(upstream.url('/cold.xml')))));
    assert.deepEqual(new Set(await Promise.all(responses.map((r) => r.text()))), new Set(['<cold/>']));
    assert.equal(upstream.count('/cold.xml'), 1);
  });

  it('answers from the offline snapshot with a UTF-8 type and CORS for the configured origin', async () => {
    const response = await offline.dispatchFetch(viaProxy(`${UPSTREAMS.cbrEng}?date_req=13/12/2025`), {
      headers: { origin: 'https://news.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
    assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
    assert.match(await response.text(), /^<ValCurs Date="13\.12\.2025"/);
  });

  it('says at start-up that names are not checked: Workers have no resolver', { timeout: 20_000 }, async () => {
    let output = '';
    const mf = new Miniflare({
      ...workerOptions({}),
      handleRuntimeStdio: (stdout, stderr) => [stdout, stderr].forEach((stream) => stream.on('data', (chunk) => (output += String(chunk)))),
    });
    try {
      await (await mf.dispatchFetch(viaProxy('https://example.com/'))).arrayBuffer();
      for (let waited = 0; !output.includes('cannot resolve names') && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(output, /cannot resolve names, so only IP-literal targets are checked for private addresses/);
    } finally {
      await mf.dispose();
    }
  });

  it('answers a preflight', async () => {
    const response = await offline.dispatchFetch('http://proxy.test/?url=x', {
      method: 'OPTIONS',
      headers: { origin: 'https://news.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
  });
});

describe('the Worker shares what it fetched (Cache API, KV)', () => {
  const TTL_SECONDS = 2;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let status = 200;
  const flaky = (body: string) => serve(body, { 'content-type': 'application/xml' });
  const liveBindings = () => ({ SCO_PROXY_ALLOW_HOSTS: upstream.host, SCO_PROXY_ALLOW_PRIVATE: 'true', SCO_PROXY_TTL_SECONDS: String(TTL_SECONDS) });
  /** A fresh isolate: a changed script makes workerd load the Worker anew, with empty memory. */
  let generation = 0;
  const replaceIsolate = (mf: Miniflare, bindings: Record<string, string>, extra: Partial<MiniflareOptions> = {}) =>
    mf.setOptions(workerOptions(bindings, { ...extra, script: `${script}\n// isolate ${++generation}` }));

  before(() => {
    upstream.route('/shared.xml', (req, res) => (status === 200 ? flaky('<shared/>')(req, res) : res.writeHead(status).end('down')));
  });

  it(
    'a new isolate serves what another fetched, without asking upstream; past freshness a failing upstream gets the shared copy, marked stale',
    { timeout: 30_000 },
    async () => {
      const bindings = liveBindings();
      const mf = new Miniflare(workerOptions(bindings));
      try {
        const url = viaProxy(upstream.url('/shared.xml'));
        const first = await mf.dispatchFetch(url);
        assert.equal(first.headers.get('x-sco-cache'), 'miss');
        assert.equal(await first.text(), '<shared/>');
        assert.equal(upstream.count('/shared.xml'), 1);

        await replaceIsolate(mf, bindings);
        const second = await mf.dispatchFetch(url);
        assert.equal(second.headers.get('x-sco-cache'), 'hit');
        assert.equal(await second.text(), '<shared/>');
        assert.equal(upstream.count('/shared.xml'), 1, 'the second isolate did not ask the upstream');

        status = 503;
        await sleep(TTL_SECONDS * 1000 + 200);
        await replaceIsolate(mf, bindings);
        const third = await mf.dispatchFetch(url);
        assert.equal(third.status, 200);
        assert.equal(third.headers.get('x-sco-cache'), 'stale');
        assert.ok(Number(third.headers.get('age')) >= TTL_SECONDS);
        assert.equal(await third.text(), '<shared/>');
        assert.equal(upstream.count('/shared.xml'), 2, 'the upstream was asked once more, and failed');
      } finally {
        status = 200;
        await mf.dispose();
      }
    },
  );

  it('with SCO_PROXY_KV bound, a location whose cache is cold serves the KV copy when the upstream fails', { timeout: 30_000 }, async () => {
    const kvPersist = await mkdtemp(join(tmpdir(), 'sco-proxy-kv-'));
    const bindings = liveBindings();
    const withKv = { kvNamespaces: ['SCO_PROXY_KV'], kvPersist };
    upstream.route('/kv.xml', (req, res) => (status === 200 ? flaky('<kv/>')(req, res) : res.writeHead(status).end('down')));
    const url = viaProxy(upstream.url('/kv.xml'));
    const here = new Miniflare(workerOptions(bindings, withKv));
    try {
      assert.equal(await (await here.dispatchFetch(url)).text(), '<kv/>');
    } finally {
      await here.dispose();
    }
    status = 503;
    await sleep(TTL_SECONDS * 1000 + 200);
    // Another location: same KV namespace, its own (empty) Cache API and memory.
    const elsewhere = new Miniflare(workerOptions(bindings, withKv));
    const withoutKv = new Miniflare(workerOptions(bindings));
    try {
      const response = await elsewhere.dispatchFetch(url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-sco-cache'), 'stale');
      assert.equal(await response.text(), '<kv/>');
      const unbound = await withoutKv.dispatchFetch(url);
      assert.equal(unbound.status, 502, 'without KV a cold location has nothing to serve');
      await unbound.arrayBuffer();
    } finally {
      status = 200;
      await Promise.all([elsewhere.dispose(), withoutKv.dispose()]);
      await rm(kvPersist, { recursive: true, force: true });
    }
  });
});
