// The Worker entry, bundled the way a deploy would bundle it and run in workerd through Miniflare:
// the same handler has to hold its core cases in the Workers runtime, not only under Node.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { fixtureBytes } from '../data/fixture.js';
import { serve, startUpstream, viaProxy, type Upstream } from './upstream-server.js';

let script: string;
let upstream: Upstream;
let online: Miniflare;
let offline: Miniflare;

const worker = (bindings: Record<string, string>) =>
  new Miniflare({ modules: true, script, compatibilityDate: '2025-01-01', bindings });

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
    const response = await offline.dispatchFetch(viaProxy(`${UPSTREAMS.cbr}?date_req=13/12/2025`), {
      headers: { origin: 'https://news.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://news.example');
    assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
    assert.match(await response.text(), /^<ValCurs Date="13\.12\.2025"/);
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
