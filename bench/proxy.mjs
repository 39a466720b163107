// Load test of the proxy on loopback: requests/second and latency of cache hits (and offline
// snapshots) beside a plain node:http server sending the same bytes from memory, in one run.
// Servers run in a child process so the load generator does not share their event loop.
// Every address is 127.0.0.1. Not a test: it prints a markdown table.
//
//   node --import tsx bench/proxy.mjs [--requests 20000] [--seconds 10] [--concurrency 32] [--rounds 5] [--figures out.json]
import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { Agent, createServer, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const DOCUMENT = new URL('../snapshots/XML_daily_eng_2025-12-13.extracted.xml', import.meta.url);

/** Child: the upstream, the baseline and two proxies, each on its own loopback port. */
async function serve() {
  const { createProxy } = await import('../src/proxy/index.ts');
  const { toNodeListener } = await import('../src/proxy/node.ts');
  const bytes = await readFile(DOCUMENT);
  const listen = (listener) =>
    new Promise((resolve) => {
      const server = createServer(listener).listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
  const staticFile = (_req, res) => res.writeHead(200, { 'content-type': 'application/xml', 'content-length': bytes.length }).end(bytes);
  const upstream = await listen(staticFile);
  const online = createProxy({ allowHosts: [`127.0.0.1:${upstream}`], allowPrivate: true });
  process.send({
    upstream,
    baseline: await listen(staticFile),
    proxy: await listen(toNodeListener(online)),
    offline: await listen(toNodeListener(createProxy({ offline: true }))),
  });
}

/** Parent: closed-loop clients with keep-alive, stopping at a request count or a deadline. */
async function load(port, path, { requests, seconds, concurrency }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let sent = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const once = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      request({ host: '127.0.0.1', port, path, agent }, (res) => {
        res
          .on('data', () => {})
          .on('end', () => {
            if (res.statusCode !== 200) failed++;
            latencies.push(performance.now() - t0);
            resolve();
          });
      })
        .on('error', () => {
          failed++;
          resolve();
        })
        .end();
    });
  const client = async () => {
    while (sent < requests && performance.now() < deadline) {
      sent++;
      await once();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, failed, elapsed };
}

/** One row's rounds together: requests over the time they took, quantiles over every latency. */
function summary(rounds) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsed = rounds.reduce((sum, r) => sum + r.elapsed, 0);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const failed = rounds.reduce((sum, r) => sum + r.failed, 0);
  return { count: latencies.length, failed, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '32' },
      rounds: { type: 'string', default: '5' },
      // Where to write the rows' req/s as JSON, for the bench's Targets table.
      figures: { type: 'string' },
    },
  });
  const limits = { requests: Number(values.requests), seconds: Number(values.seconds), concurrency: Number(values.concurrency) };
  const rounds = Number(values.rounds);
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise((resolve) => child.once('message', resolve));
  const target = `http://127.0.0.1:${ports.upstream}/daily.xml`;
  const proxied = `/?url=${encodeURIComponent(target)}`;
  const rows = [
    ['node:http, same bytes from memory (baseline)', ports.baseline, '/daily.xml'],
    ['proxy, cache hit', ports.proxy, proxied],
    ['proxy, offline snapshot', ports.offline, `/?url=${encodeURIComponent('https://www.cbr.ru/scripts/XML_daily.asp')}`],
  ];
  await load(ports.proxy, proxied, { ...limits, requests: 1 }); // fill the cache: later requests are hits
  console.log(
    `${limits.concurrency} keep-alive clients, at most ${limits.requests} requests or ${limits.seconds} s per row in ${rounds} rounds that take the rows in turn (so a load spike on a shared machine falls on every row alike), ${(await readFile(DOCUMENT)).length}-byte document, Node ${process.version}\n`,
  );
  for (const [, port, path] of rows) await load(port, path, { ...limits, requests: Math.min(1000, limits.requests) }); // warm-up
  const measured = rows.map(() => []);
  const share = { ...limits, requests: Math.ceil(limits.requests / rounds), seconds: limits.seconds / rounds };
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, port, path]] of rows.entries()) measured[i].push(await load(port, path, share));
  }
  console.log('| target | requests | failed | req/s | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const summaries = measured.map(summary);
  for (const [i, [name]] of rows.entries()) {
    const r = summaries[i];
    console.log(`| ${name} | ${r.count} | ${r.failed} | ${Math.round(r.rps)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
  }
  const [baseline, hit] = summaries;
  console.log(`\nCache hits: ${(hit.rps / baseline.rps).toFixed(2)}× the baseline's requests per second.`);
  if (values.figures) await writeFile(values.figures, JSON.stringify({ baseline: baseline.rps, hit: hit.rps, failed: hit.failed + baseline.failed }));
  child.kill();
}

if (process.argv.includes('--serve')) await serve();
else await main();
