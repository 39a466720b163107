// The proxy's memory bounds: the cache by bytes, upstream requests by count. The inputs are the
// review's, scaled down: distinct windows-1251 documents (which double when stored as UTF-8), and
// hundreds of concurrent misses on distinct query strings.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore, type StoredDocument } from '../../src/proxy/cache.js';
import { createProxy } from '../../src/proxy/index.js';
import { startUpstream, viaProxy, type Upstream } from './upstream-server.js';

/** 100 KiB of windows-1251 Cyrillic (0xC0–0xFF): 200 KiB once re-encoded as UTF-8. */
const CYRILLIC_100K = new Uint8Array(100 * 1024).map((_, i) => 0xc0 + (i % 64));

let upstream: Upstream;
before(async () => {
  upstream = await startUpstream({
    '/sheet.xml': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' }).end(CYRILLIC_100K),
  });
});
after(() => upstream.close());

const fetchVia = (proxy: (r: Request) => Promise<Response>, path: string) => proxy(new Request(viaProxy(upstream.url(path))));

describe('the cache is bounded by bytes', () => {
  it('keeps as many documents as fit in maxCacheBytes, counted as served (UTF-8), not by count', async () => {
    const proxy = createProxy({ allowHosts: [upstream.host], allowPrivate: true, maxCacheBytes: 1024 * 1024 });
    for (let i = 0; i < 20; i++) {
      const response = await fetchVia(proxy, `/sheet.xml?n=${i}`);
      assert.equal((await response.arrayBuffer()).byteLength, 200 * 1024);
    }
    const states = [];
    for (let i = 19; i >= 0; i--) states.push((await fetchVia(proxy, `/sheet.xml?n=${i}`)).headers.get('x-sco-cache'));
    // 5 × 200 KiB fit in 1 MiB, 6 do not; the request for n=19 (a hit) keeps it, the rest were evicted in turn.
    assert.deepEqual(states.slice(0, 5), ['hit', 'hit', 'hit', 'hit', 'hit']);
    assert.ok(
      states.slice(5).every((state) => state === 'miss'),
      states.join(),
    );
  });

  it('does not keep a document larger than the whole budget, and evicts the least recently used first', async () => {
    const store = new MemoryStore(1000);
    const document = (bytes: number): StoredDocument => ({ body: new Uint8Array(bytes), contentType: 'text/plain', lastModified: null, fetchedAt: 0 });
    await store.put('big', document(2000));
    assert.equal(await store.get('big'), undefined);
    await store.put('a', document(400));
    await store.put('b', document(400));
    await store.get('a'); // a is now the most recently used
    await store.put('c', document(400));
    assert.ok(await store.get('a'));
    assert.equal(await store.get('b'), undefined);
    assert.ok(await store.get('c'));
    assert.ok(store.bytes <= 1000, String(store.bytes));
  });
});

describe('upstream requests are capped', () => {
  it(
    '300 concurrent distinct misses: at most maxUpstreamRequests reach the upstream, a bounded line waits, the rest get 503 with Retry-After',
    { timeout: 20_000 },
    async () => {
      let open = 0;
      let peak = 0;
      const held: (() => void)[] = [];
      upstream.route('/slow.xml', (_req, res) => {
        open++;
        peak = Math.max(peak, open);
        held.push(() => {
          open--;
          res.writeHead(200, { 'content-type': 'application/xml' }).end('<ok/>');
        });
      });
      const proxy = createProxy({ allowHosts: [upstream.host], allowPrivate: true, maxUpstreamRequests: 4, maxQueuedRequests: 10, timeoutMs: 15_000 });
      const pending = Array.from({ length: 300 }, (_, i) => fetchVia(proxy, `/slow.xml?q=${i}`));
      // Release held upstream answers as they arrive until every request has its answer.
      const releaser = setInterval(() => held.splice(0).forEach((release) => release()), 20);
      const responses = await Promise.all(pending);
      clearInterval(releaser);
      const refused = responses.filter((r) => r.status === 503);
      assert.equal(peak, 4);
      assert.equal(responses.filter((r) => r.status === 200).length, 14);
      assert.equal(refused.length, 286);
      assert.equal(refused[0]!.headers.get('retry-after'), '15');
      assert.equal(((await refused[0]!.json()) as { error: string }).error, 'busy');
      assert.equal(upstream.count('/slow.xml'), 14);
    },
  );

  it('joins a request for a document already being fetched without taking a slot', async () => {
    upstream.route('/shared.xml', (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<s/>'), 50));
    const proxy = createProxy({ allowHosts: [upstream.host], allowPrivate: true, maxUpstreamRequests: 1, maxQueuedRequests: 0 });
    const responses = await Promise.all(Array.from({ length: 50 }, () => fetchVia(proxy, '/shared.xml')));
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
    assert.equal(upstream.count('/shared.xml'), 1);
  });
});
