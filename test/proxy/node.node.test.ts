import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { createProxy } from '../../src/proxy/index.js';
import { toNodeListener } from '../../src/proxy/node.js';
import { serve, startUpstream } from './upstream-server.js';

// The adapter as connect/Vite middleware: mounted at /proxy, everything else goes to `next`.
let server: Server;
let origin: string;
const lines: string[] = [];

before(async () => {
  const middleware = toNodeListener(createProxy({ offline: true }), { mount: '/proxy', log: (line) => lines.push(line) });
  server = createServer((req, res) => middleware(req, res, () => res.writeHead(200).end('next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const query = `?url=${encodeURIComponent(UPSTREAMS.ecb)}`;

describe('toNodeListener', () => {
  for (const path of [`/proxy${query}`, `/proxy/${query}`]) {
    it(`answers under its mount: ${path.slice(0, 8)}…`, async () => {
      const response = await fetch(origin + path);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
      assert.equal(Number(response.headers.get('content-length')), (await response.arrayBuffer()).byteLength);
    });
  }

  for (const path of ['/', '/index.html', `/proxyx${query}`, `/other/proxy${query}`]) {
    it(`hands ${path.slice(0, 14)} to next()`, async () => {
      assert.equal(await (await fetch(origin + path)).text(), 'next');
    });
  }

  it('logs one line per request it answers', async () => {
    lines.length = 0;
    await (await fetch(`${origin}/proxy${query}`, { method: 'HEAD' })).arrayBuffer();
    assert.deepEqual(
      lines.map((l) => `${l.slice(0, l.lastIndexOf(' '))} ms`),
      [`HEAD /proxy${query} 200 snapshot ms`],
    );
  });

  const trace = async (at: string): Promise<{ status: number; allow: string | undefined }> => {
    const { request } = await import('node:http');
    return new Promise((resolve, reject) => {
      request(at, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, allow: res.headers.allow });
      })
        .on('error', reject)
        .end();
    });
  };

  it("asks the proxy's handler without the fetch API, so a method it cannot carry gets the proxy's own 405", async () => {
    assert.deepEqual(await trace(`${origin}/proxy${query}`), { status: 405, allow: 'GET, HEAD, OPTIONS' });
    assert.equal((await fetch(`${origin}/proxy${query}`)).status, 200, 'the server still answers');
  });

  it('answers a method the fetch API cannot carry to any other handler instead of crashing', async () => {
    const proxy = createProxy({ offline: true });
    const wrapped = toNodeListener((request) => proxy(request));
    const other = createServer(wrapped);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${(other.address() as AddressInfo).port}/${query}`;
      assert.equal((await trace(at)).status, 500);
      const response = await fetch(at);
      assert.equal(response.status, 200, 'the server still answers, through Request and Response');
      assert.equal(response.headers.get('x-sco-cache'), 'snapshot');
      assert.equal(Number(response.headers.get('content-length')), (await response.arrayBuffer()).byteLength);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});

describe('toNodeListener answers exactly what the fetch-API handler answers', () => {
  /** What a client can tell apart, without the framing node:http adds on its own. */
  const seen = async (response: Response) => {
    const framing = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
    const headers = [...response.headers].filter(([name]) => !framing.has(name)).sort(([a], [b]) => a.localeCompare(b));
    return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
  };

  it('for hits, HEAD, preflights, other origins, refusals and other methods', async () => {
    const upstream = await startUpstream({
      '/daily.xml': serve('<ValCurs Date="13.12.2025">Юань</ValCurs>', { 'content-type': 'application/xml', 'last-modified': 'Fri, 12 Dec 2025 12:00:00 GMT' }),
    });
    // One handler behind both paths, on a still clock, so both see the same cached copy at the same age.
    const handler = createProxy({ allowHosts: [upstream.host], allowPrivate: true, origins: ['https://news.example'], now: () => 1_700_000_000_000 });
    const server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const document = `/?url=${encodeURIComponent(upstream.url('/daily.xml'))}`;
      assert.equal((await fetch(base + document)).headers.get('x-sco-cache'), 'miss');
      const cases: [string, RequestInit][] = [
        [document, {}],
        [document, { headers: { origin: 'https://news.example' } }],
        [document, { headers: { origin: 'https://elsewhere.example' } }],
        [document, { method: 'HEAD' }],
        [document, { method: 'OPTIONS', headers: { origin: 'https://news.example' } }],
        [document, { method: 'POST', body: 'x' }],
        ['/?url=not-a-url', {}],
        [`/?url=${encodeURIComponent('https://example.com/')}`, {}],
      ];
      for (const [path, init] of cases) {
        const overHttp = await fetch(base + path, init);
        const direct = await handler(new Request(`http://localhost${path}`, init));
        const label = `${init.method ?? 'GET'} ${path.slice(0, 30)} ${JSON.stringify(init.headers ?? {})}`;
        assert.deepEqual(await seen(overHttp), await seen(direct), label);
        if (init.method !== 'HEAD' && overHttp.status !== 204) assert.ok(overHttp.headers.get('content-length'), `${label}: sent with its length`);
      }
      assert.equal(upstream.count('/daily.xml'), 1, 'every later GET was a hit');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    }
  });
});
