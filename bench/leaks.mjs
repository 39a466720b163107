// Leaks: 1,000 insert/remove cycles of each widget, then what is left: pending timers, requests
// started but never settled, listeners on window/document/media queries, live instances of the
// widget class, and JS heap growth after garbage collection.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, bundle, fixed, heapAfterGc, openPage, table } from './harness.mjs';

const WIDGETS = ['clock', 'capital-clocks', 'member-states', 'currency-table', 'headline-ticker', 'currency-converter', 'rate-chart'];
const DEFINES = { 'capital-clocks': 'clock' };
const BATCH = 10;

/** Live objects whose prototype chain includes the class registered as `tag`, after a collection. */
async function liveInstances(cdp, tag) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  return result.value;
}

export async function run({ browser, server, quick }) {
  const cycles = quick ? 100 : 1000;
  const rounds = cycles / BATCH;
  const fixtures = {
    'daily.xml': await readFile(join(ROOT, 'test/fixtures/cbr/XML_daily_eng_2025-12-13.extracted.xml')),
    'feed.rss': await readFile(join(ROOT, 'test/fixtures/portal/headlines.rss')),
    'dynamic.xml': await readFile(join(ROOT, 'test/fixtures/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml')),
  };
  // Answers after 3 s, so every widget is removed while its request is in flight.
  server.route('/slow/', (req, res, url, headers) => {
    const body = fixtures[url.pathname.slice('/slow/'.length)];
    const timer = setTimeout(() => res.writeHead(body ? 200 : 404, { ...headers, 'content-type': 'application/xml' }).end(body), 3000);
    req.socket.once('close', () => clearTimeout(timer));
  });
  const rows = [];
  const failures = [];
  let worst = { timers: 0, open: 0, perCycle: 0, slope: -Infinity, instances: 0 };
  try {
    for (const widget of WIDGETS) {
      const define = join(ROOT, 'src/elements', DEFINES[widget] ?? widget, 'define.ts');
      if (!existsSync(define)) {
        rows.push([`\`${widget}\``, 'no define.ts', '', '', '', '', '']);
        continue;
      }
      const name = `leaks-${widget}`;
      try {
        server.add(
          await bundle(name, undefined, {
            stdin: `import ${JSON.stringify(define)};\nimport { ready } from './leaks.mjs';\nready(${JSON.stringify(widget)});\n`,
          }),
        );
      } catch (error) {
        failures.push(`\`${widget}\` did not build: ${String(error.message).split('\n')[0]}`);
        continue;
      }
      const { page, cdp, close } = await openPage(browser, `${server.origin}/page/${name}`);
      const labels = await page.evaluate(() => window.bench.specs);
      for (let i = 0; i < labels.length; i++) {
        // Warm-up: templates, styles, Intl objects, lazy chunks and the store's page-wide
        // listeners are made once per page.
        await page.evaluate((i) => window.bench.cycle(i, 3, 10), i);
        await page.evaluate(() => window.bench.settle(5000));
        const before = await page.evaluate(() => window.bench.counts());
        const heapBefore = await heapAfterGc(cdp);
        await page.evaluate(({ i, rounds, batch }) => window.bench.cycle(i, rounds, batch), { i, rounds: rounds / 2, batch: BATCH });
        await page.evaluate(() => window.bench.settle(5000));
        const heapHalf = await heapAfterGc(cdp);
        await page.evaluate(({ i, rounds, batch }) => window.bench.cycle(i, rounds, batch), { i, rounds: rounds / 2, batch: BATCH });
        await page.evaluate(() => window.bench.settle(5000));
        const heapAfter = await heapAfterGc(cdp);
        const after = await page.evaluate(() => window.bench.counts());
        const instances = await liveInstances(cdp, await page.evaluate((i) => window.bench.tag(i), i));
        const timers = after.timers - before.timers;
        const started = after.fetchStarted - before.fetchStarted;
        const open = after.fetchStarted - after.fetchSettled - (before.fetchStarted - before.fetchSettled);
        const aborted = after.fetchAborted - before.fetchAborted;
        const growth = heapAfter - heapBefore;
        const perCycle = growth / cycles;
        // The second half's slope: one-off costs (compiled code, caches) land in the first.
        const slope = (heapAfter - heapHalf) / (cycles / 2);
        worst = {
          timers: Math.max(worst.timers, timers),
          open: Math.max(worst.open, open),
          perCycle: Math.max(worst.perCycle, perCycle),
          slope: Math.max(worst.slope, slope),
          instances: Math.max(worst.instances, instances),
        };
        rows.push([
          labels[i],
          String(timers),
          `${open} (${started} started, ${aborted} aborted)`,
          String(after.listeners - before.listeners),
          String(instances),
          `${fixed(growth / 1024, 1)} KB`,
          `${fixed(perCycle, 1)} B`,
          `${fixed(slope, 1)} B`,
        ]);
      }
      await close();
    }
  } finally {
    server.unroute('/slow/');
  }
  // Heap measurements wobble by some KB (compiled code, feedback, allocation sites); a leaked
  // widget costs kilobytes per cycle, so a second half growing under 100 bytes per cycle reads as flat.
  const flat = worst.slope < 100 && worst.instances === 0;
  const lines = [
    `${cycles} insert/remove cycles per row, in rounds of ${BATCH} widgets: append, wait for \`updateComplete\`, one animation frame and one task (layout, ResizeObservers, fetches under way), remove. After 30 warm-up cycles, after half of the measured ones, and at the end (after waiting for requests to settle), two forced collections (CDP \`HeapProfiler.collectGarbage\`) and \`Runtime.getHeapUsage\`. Timers, requests and listeners are counted by wrapping \`setTimeout\`/\`setInterval\`, \`fetch\` and \`addEventListener\` in an init script; live instances by CDP \`Runtime.queryObjects\` on the element class's prototype. \`src\` rows use a server route that answers after 3 s, so each round's request is aborted.`,
    '',
    table(
      [
        'widget',
        'pending timers left',
        'open requests left',
        'page-wide listeners left',
        'live instances after GC',
        'heap growth',
        'per cycle',
        'per cycle, second half',
      ],
      rows,
    ),
    '',
    `- Worst row: ${worst.timers} pending timer(s), ${worst.open} open request(s), ${worst.instances} live instance(s), ${fixed(worst.perCycle, 1)} B heap growth per cycle overall and ${fixed(worst.slope, 1)} B over the second half; target 0, 0, flat — **${worst.timers === 0 && worst.open === 0 && flat ? 'met' : 'missed'}**.`,
  ];
  if (failures.length) lines.push('', ...failures.map((f) => `- ${f}`));
  return {
    title: 'Leaks',
    markdown: lines.join('\n'),
    targets: [
      { name: 'Leaks: pending timers after 1,000 cycles (worst widget)', target: '0', value: String(worst.timers), met: worst.timers === 0 },
      { name: 'Leaks: open requests after 1,000 cycles (worst widget)', target: '0', value: String(worst.open), met: worst.open === 0 },
      {
        name: 'Leaks: heap growth after GC (worst widget)',
        target: 'flat',
        value: `${fixed(worst.perCycle, 1)} B/cycle overall, ${fixed(worst.slope, 1)} B/cycle second half, ${worst.instances} live instances`,
        met: flat,
      },
    ],
  };
}
