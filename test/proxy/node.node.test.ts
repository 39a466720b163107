import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UPSTREAMS } from '../../src/data/upstreams.js';
import { createProxy } from '../../src/proxy/index.js';
import { toNodeListener } from '../../src/proxy/node.js';

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
