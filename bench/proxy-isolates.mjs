// Upstream requests per isolate on Workers, in workerd through Miniflare: the same document asked
// once by each of N fresh isolates (a changed script makes workerd load the Worker anew, as a new
// isolate would), in L locations (separate Miniflare instances: their own Cache API, one shared KV
// directory), with the isolate's memory only, with the Cache API, and with the Cache API and KV.
// The upstream is node:http on 127.0.0.1 counting requests. Not a test: it prints a markdown table.
//
//   node --import tsx bench/proxy-isolates.mjs [--isolates 10] [--locations 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const { values } = parseArgs({ options: { isolates: { type: 'string', default: '10' }, locations: { type: 'string', default: '3' } } });
const isolates = Number(values.isolates);
const locations = Number(values.locations);
const src = new URL('../src/proxy/', import.meta.url).pathname;

const bundle = async (options) => (await build({ bundle: true, format: 'esm', write: false, logLevel: 'silent', ...options })).outputFiles[0].text;
const sharedScript = await bundle({ entryPoints: [join(src, 'worker.ts')] });
// The Worker as it was before the shared cache: the same options, the isolate's memory only.
const memoryOnlyScript = await bundle({
  stdin: {
    contents: `import { createProxy } from './proxy.ts'; import { optionsFromEnv } from './worker.ts';
      let handler; export default { fetch: (request, env) => (handler ??= createProxy(optionsFromEnv(env)))(request) };`,
    resolveDir: src,
    loader: 'ts',
  },
});

let upstreamRequests = 0;
const upstream = createServer((_req, res) => {
  upstreamRequests++;
  res.writeHead(200, { 'content-type': 'application/xml' }).end('<ValCurs Date="13.12.2025"/>');
});
await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const host = `127.0.0.1:${upstream.address().port}`;
const url = `http://proxy.test/?url=${encodeURIComponent(`http://${host}/XML_daily.asp`)}`;

async function count(script, kv) {
  const kvPersist = kv ? await mkdtemp(join(tmpdir(), 'sco-bench-kv-')) : undefined;
  const before = upstreamRequests;
  const states = new Map();
  for (let location = 0; location < locations; location++) {
    const options = (generation) => ({
      modules: true,
      script: `${script}\n// isolate ${generation}`,
      compatibilityDate: '2025-01-01',
      bindings: { SCO_PROXY_ALLOW_HOSTS: host, SCO_PROXY_ALLOW_PRIVATE: 'true' },
      ...(kv ? { kvNamespaces: ['SCO_PROXY_KV'], kvPersist } : {}),
    });
    const mf = new Miniflare(options(0));
    for (let isolate = 0; isolate < isolates; isolate++) {
      if (isolate > 0) await mf.setOptions(options(isolate));
      const response = await mf.dispatchFetch(url);
      await response.arrayBuffer();
      const state = response.headers.get('x-sco-cache');
      states.set(state, (states.get(state) ?? 0) + 1);
    }
    await mf.dispose();
  }
  if (kvPersist) await rm(kvPersist, { recursive: true, force: true });
  return { requests: upstreamRequests - before, states: [...states].map(([state, n]) => `${n} ${state}`).join(', ') };
}

const rows = [
  ["isolate's memory only (before)", await count(memoryOnlyScript, false)],
  ['memory + Cache API (default)', await count(sharedScript, false)],
  ['memory + Cache API + KV (`SCO_PROXY_KV` bound)', await count(sharedScript, true)],
];
upstream.close();
console.log(
  `${locations} locations × ${isolates} fresh isolates, one request each for the same document within its TTL; workerd via Miniflare ${(await import('miniflare/package.json', { with: { type: 'json' } })).default.version}\n`,
);
console.log('| Worker caches in | upstream requests | per isolate | answers |');
console.log('|---|---:|---:|---|');
for (const [name, { requests, states }] of rows) {
  console.log(`| ${name} | ${requests} | ${(requests / (locations * isolates)).toFixed(2)} | ${states} |`);
}
