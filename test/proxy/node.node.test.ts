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

  it('answers a method the fetch API cannot carry instead of crashing', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request(`${origin}/proxy${query}`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    assert.equal(status, 500);
    assert.equal((await fetch(`${origin}/proxy${query}`)).status, 200, 'the server still answers');
  });
});
