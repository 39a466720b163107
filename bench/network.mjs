// Network: twenty widgets on two sources → requests that reach the upstream (a counting loopback
// server standing in for the Bank of Russia through the proxy template, and for a feed); then a
// reload within the TTL with persistence on → requests again, and the time from
// `customElements.define` to the first rendered row, warm beside cold.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, bundle, fixed, formatSpread, load, median, newContext, openPage, table } from './harness.mjs';

const DAILY = join(ROOT, 'test/fixtures/cbr/XML_daily_eng_2025-12-13.extracted.xml');
const FEED = join(ROOT, 'test/fixtures/portal/headlines.rss');

/** Loads `url` (or reloads) and waits for all twenty widgets; the page's timings and errors. */
async function loadOnce(page, url) {
  if (url) await load(page, url);
  else {
    await page.reload();
    await page.waitForFunction(() => window.benchReady === true);
  }
  try {
    await page.waitForFunction(() => window.bench.allLoaded !== undefined || window.bench.errors.length > 0, null, { timeout: 20_000 });
  } catch (error) {
    const state = await page.evaluate(() => ({
      loaded: window.bench.loaded,
      states: [...document.querySelectorAll('sco-currency-table, sco-headline-ticker')].map((el) => `${el.localName}:${el.getAttribute('state')}`),
    }));
    throw new Error(`${url ? 'cold load' : 'reload'}: ${state.loaded} of 20 widgets loaded after 20 s (${state.states.join(' ')})`, { cause: error });
  }
  return page.evaluate(() => ({
    firstRow: window.bench.firstRow,
    firstItem: window.bench.firstItem,
    allLoaded: window.bench.allLoaded,
    errors: window.bench.errors,
  }));
}

export async function run({ browser, server, quick }) {
  server.add(await bundle('network', { network: 'bench/pages/network.mjs' }));
  const daily = await readFile(DAILY);
  const feed = await readFile(FEED);
  const upstream = new Map();
  const count = (what) => upstream.set(what, (upstream.get(what) ?? 0) + 1);
  server.route('/proxy/', (_req, res, url, headers) => {
    const target = url.searchParams.get('url') ?? '';
    count(new URL(target).pathname);
    if (!target.startsWith('https://www.cbr.ru/scripts/XML_daily_eng.asp')) return res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'content-type': 'application/xml; charset=utf-8' }).end(daily);
  });
  server.route('/feed/', (_req, res, url, headers) => {
    count(url.pathname);
    res.writeHead(200, { ...headers, 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed);
  });

  const reps = quick ? 2 : 7;
  const runs = { cold: [], warm: [] };
  const errors = new Set();
  const failures = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      const context = await newContext(browser); // fresh storage: the first load is cold
      const { page, close } = await openPage(browser, undefined, context);
      try {
        for (const kind of ['cold', 'warm']) {
          upstream.clear();
          const r = await loadOnce(page, kind === 'cold' ? `${server.origin}/page/network` : undefined);
          r.errors.forEach((e) => errors.add(e));
          runs[kind].push({ ...r, requests: [...upstream.values()].reduce((a, b) => a + b, 0), byPath: Object.fromEntries(upstream) });
        }
      } catch (error) {
        // One stuck run is reported, not allowed to sink the others.
        failures.push(`run ${rep + 1}: ${error.message} (upstream ${JSON.stringify(Object.fromEntries(upstream))})`);
      }
      await close();
      await context.close();
    }
  } finally {
    server.unroute('/proxy/');
    server.unroute('/feed/');
  }
  if (!runs.cold.length || !runs.warm.length) throw new Error(`no run finished: ${failures.join('; ')}`);
  const col = (kind, key) => runs[kind].map((r) => r[key]);
  const coldRequests = median(col('cold', 'requests'));
  const warmRequests = Math.max(...col('warm', 'requests'));
  const row = (label, kind) => [
    label,
    `${fixed(median(col(kind, 'requests')), 0)} (max ${Math.max(...col(kind, 'requests'))}; ${
      Object.entries(runs[kind][0].byPath)
        .map(([p, n]) => `${p.split('/').pop()} ×${n}`)
        .join(', ') || 'none'
    })`,
    formatSpread(col(kind, 'firstRow'), 1),
    formatSpread(col(kind, 'firstItem'), 1),
    formatSpread(col(kind, 'allLoaded'), 1),
  ];
  const coldMs = median(col('cold', 'firstRow'));
  const warmMs = median(col('warm', 'firstRow'));
  const lines = [
    `One page with 10 \`<sco-currency-table>\` (source \`cbr\`, fetched through the proxy template \`/proxy/?url={url}\` on the bench server, which answers with the ${'`XML_daily_eng`'} fixture) and 10 \`<sco-headline-ticker src="/feed/headlines.rss">\`, \`configure({ persist: true })\`; requests counted where they arrive. ${reps} runs, each in a fresh browser context: a cold load, then a reload within the TTL. Times from \`customElements.define\` (the elements are already in the page) to the first \`sco-load\` whose shadow root holds a row or headline, and to the twentieth \`sco-load\`.`,
    '',
    table(
      ['load', 'upstream requests', 'define → first table row ms', 'define → first headline ms', 'define → all 20 loaded ms'],
      [row('cold (empty storage)', 'cold'), row('reload within TTL (persisted)', 'warm')],
    ),
    '',
    `- Cold: **${fixed(coldRequests, 0)}** upstream requests for 20 widgets on 2 sources (target 2 — **${coldRequests === 2 ? 'met' : 'missed'}**).`,
    `- Reload within the TTL: **${warmRequests}** requests in the worst run (target 0 — **${warmRequests === 0 ? 'met' : 'missed'}**); first row after ${fixed(warmMs, 1)} ms instead of ${fixed(coldMs, 1)} ms (${fixed(warmMs / coldMs, 2)}× the cold time).`,
  ];
  if (failures.length) lines.push(`- ${failures.length} of ${reps} runs did not finish and are left out: ${failures.map((f) => `\`${f}\``).join('; ')}`);
  if (errors.size) lines.push(`- Errors reported by widgets: ${[...errors].map((e) => `\`${e}\``).join('; ')}`);
  return {
    title: 'Network',
    markdown: lines.join('\n'),
    targets: [
      { name: 'Network: upstream requests, 20 widgets on 2 sources', target: '2', value: fixed(coldRequests, 0), met: coldRequests === 2 },
      { name: 'Network: requests on reload within TTL (persist)', target: '0', value: String(warmRequests), met: warmRequests === 0 },
      { name: 'Network: define → first row, warm vs cold', target: 'report', value: `${fixed(warmMs, 1)} vs ${fixed(coldMs, 1)} ms` },
    ],
  };
}
