// The proxy's memory under the review's hostile loads, beside its limits: 300 concurrent misses
// for distinct URLs, then 256 distinct large documents, each a 2,000,000-byte windows-1251 sheet
// (4,000,000 bytes once re-encoded as UTF-8). Run once with the defaults and once with the limits
// lifted (the proxy as it was: no cap on upstream requests, a cache that only counted entries).
// Upstream and proxy run in child processes; RSS and its peak are read from /proc (Linux), the
// peak reset before each load. All on 127.0.0.1. Not a test: it prints a markdown table.
//
//   node --import tsx bench/proxy-memory.mjs
import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { Agent, createServer, request } from 'node:http';

const DOCUMENT_BYTES = 2_000_000;
const MiB = 1024 * 1024;

/** Child: the upstream, one large Cyrillic windows-1251 document under every query string. */
async function upstream() {
  const body = Buffer.alloc(DOCUMENT_BYTES, 0);
  for (let i = 0; i < body.length; i++) body[i] = 0xc0 + (i % 64);
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251', 'content-length': body.length }).end(body),
  );
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
}

/** Child: the proxy with the options it is given, and a way to collect garbage on request. */
async function proxy(options) {
  const { createProxy } = await import('../src/proxy/index.ts');
  const { toNodeListener } = await import('../src/proxy/node.ts');
  const server = createServer(toNodeListener(createProxy(options)));
  process.on('message', (message) => {
    if (message === 'gc') {
      globalThis.gc();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      process.send({ held: heapUsed + arrayBuffers });
    }
  });
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
}

const start = (role, args = [], execArgv = []) =>
  new Promise((resolve) => {
    const child = fork(new URL(import.meta.url).pathname, [role, ...args], {
      execArgv: [...process.execArgv, ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (port) => resolve({ child, port }));
  });

const status = async (pid) => Object.fromEntries((await readFile(`/proc/${pid}/status`, 'utf8')).split('\n').map((line) => line.split(/:\s+/)));
const kib = (field) => Number.parseInt(field, 10) * 1024;
const memory = async (pid) => {
  const s = await status(pid);
  return { rss: kib(s.VmRSS), peak: kib(s.VmHWM) };
};
/** Writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS. */
const resetPeak = (pid) => writeFile(`/proc/${pid}/clear_refs`, '5');
const collect = (child) => new Promise((resolve) => (child.once('message', resolve), child.send('gc')));

async function get(port, path, agent) {
  return new Promise((resolve) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.on('data', () => {}).on('end', () => resolve(res.statusCode));
    })
      .on('error', () => resolve('error'))
      .end();
  });
}

const tally = (statuses) =>
  [...statuses.reduce((counts, s) => counts.set(s, (counts.get(s) ?? 0) + 1), new Map())]
    .sort()
    .map(([s, n]) => `${n}× ${s}`)
    .join(', ');

async function measure(name, options, upstreamPort) {
  const { child, port } = await start(
    '--proxy',
    [JSON.stringify({ allowHosts: [`127.0.0.1:${upstreamPort}`], allowPrivate: true, ...options })],
    ['--expose-gc'],
  );
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const target = (n) => `/?url=${encodeURIComponent(`http://127.0.0.1:${upstreamPort}/sheet.xml?n=${n}`)}`;
  const idle = await memory(child.pid);
  const rows = [];

  await resetPeak(child.pid);
  const concurrent = await Promise.all(Array.from({ length: 300 }, (_, i) => get(port, target(i), agent)));
  rows.push(['300 concurrent distinct misses', tally(concurrent), { ...(await collect(child)), ...(await memory(child.pid)) }]);

  await resetPeak(child.pid);
  const sequential = [];
  for (let batch = 0; batch < 256; batch += 8) {
    sequential.push(...(await Promise.all(Array.from({ length: 8 }, (_, i) => get(port, target(1000 + batch + i), agent)))));
  }
  rows.push(['256 distinct documents, 8 at a time', tally(sequential), { ...(await collect(child)), ...(await memory(child.pid)) }]);

  agent.destroy();
  child.kill();
  return rows.map(([load, answers, { rss, peak, held }]) => [name, load, answers, ...[idle.rss, peak, rss, held].map((bytes) => (bytes / MiB).toFixed(0))]);
}

async function main() {
  const { child: upstreamChild, port: upstreamPort } = await start('--upstream');
  const bounded = await measure('defaults: 64 MiB cache, 8 upstream + 32 waiting', {}, upstreamPort);
  const unbounded = await measure(
    'limits lifted (as before)',
    { maxCacheBytes: 4096 * MiB, maxUpstreamRequests: 100_000, maxQueuedRequests: 100_000 },
    upstreamPort,
  );
  upstreamChild.kill();
  console.log(
    `Each document: ${DOCUMENT_BYTES.toLocaleString('en')} bytes of windows-1251 upstream, ${(2 * DOCUMENT_BYTES).toLocaleString('en')} bytes as served (UTF-8); Node ${process.version}. Memory of the proxy process in MiB: RSS idle, at its peak during the load and after it (garbage collected), and what the JavaScript heap and buffers still hold then.\n`,
  );
  console.log('| proxy | load | answers | RSS idle | RSS peak | RSS after | heap + buffers after |');
  console.log('|---|---|---|---:|---:|---:|---:|');
  for (const row of [...bounded, ...unbounded]) console.log(`| ${row.join(' | ')} |`);
}

const [role, arg] = process.argv.slice(2);
if (role === '--upstream') await upstream();
else if (role === '--proxy') await proxy(JSON.parse(arg));
else await main();
