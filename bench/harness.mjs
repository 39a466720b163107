// What every browser measurement shares: Debian's Chromium through playwright-core, a loopback
// server for esbuild bundles of the page code and the test fixtures, CDP metrics, a profile
// summary, and median/IQR helpers. Everything listens on and talks to 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { SOURCE_CONDITION } from '../scripts/source-condition.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
const FIXTURES = join(ROOT, 'test/fixtures');

// --- statistics -----------------------------------------------------------------------------

const sorted = (values) => values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);

/** The q-quantile by linear interpolation (q = 0.5: the median). */
export function quantile(values, q) {
  const s = sorted(values);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Median, quartiles and extremes of a list of samples. */
export function summary(values) {
  const s = sorted(values);
  return { n: s.length, median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s[s.length - 1] };
}

/** `median (IQR q1–q3, n)` with `digits` decimals. */
export function formatSpread(values, digits = 2) {
  const { n, median: m, q1, q3 } = summary(values);
  if (!n) return 'n/a';
  return `${m.toFixed(digits)} (IQR ${q1.toFixed(digits)}–${q3.toFixed(digits)}, n=${n})`;
}

export const ratio = (a, b) => (b > 0 ? a / b : NaN);
export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** A markdown table from a header row and rows of cells. */
export function table(header, rows, align) {
  const aligns = align ?? header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`| ${header.join(' | ')} |`, `| ${aligns.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

// --- page code ------------------------------------------------------------------------------

/**
 * Bundles page modules with esbuild (in memory, ES modules, shared chunks) and returns the files
 * keyed by the path the server answers on: `/bundles/<name>/<file>`; with `stdin`, that module
 * (resolved from bench/pages) is the entry, served as `<name>.js`. Not minified, so profiles
 * name functions; each module of a chunk is introduced by a `// path` comment that
 * `sourceOfLine` uses to tell where a function comes from.
 */
export async function bundle(name, entryPoints, { stdin } = {}) {
  const outdir = join(ROOT, '.bench-out', name);
  const result = await build({
    ...(stdin ? { stdin: { contents: stdin, resolveDir: join(ROOT, 'bench/pages'), sourcefile: `${name}.mjs`, loader: 'js' } } : { entryPoints }),
    bundle: true,
    format: 'esm',
    splitting: true,
    write: false,
    outdir,
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: [SOURCE_CONDITION],
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    const path = relative(outdir, file.path);
    files.set(`/bundles/${name}/${stdin && path === 'stdin.js' ? `${name}.js` : path}`, file.text);
  }
  return files;
}

/** The source module (as the bundle's `// path` comments name it) that line `line` (0-based) of `text` belongs to. */
export function sourceOfLine(text, line) {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const m = /^\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(lines[i]);
    if (m) return m[1].replace(/^node_modules\//, '');
  }
  return undefined;
}

// --- the loopback server --------------------------------------------------------------------

const TYPES = { '.js': 'text/javascript', '.xml': 'application/xml', '.rss': 'application/rss+xml', '.json': 'application/json', '.html': 'text/html' };

/**
 * A static server on 127.0.0.1 (port chosen by the system): `/page/<name>` is an empty page that
 * loads `/bundles/<name>/<name>.js`, `/bundles/…` the bundled code, `/fixtures/…` the test
 * fixtures, `/generated/…` documents made by the bench. `routes` adds handlers by path prefix
 * (counters, slow answers). Pages are cross-origin isolated (COOP/COEP), so `performance.now()`
 * has its fine resolution; nothing is cacheable, so every request reaches the server.
 */
export async function startServer() {
  const files = new Map();
  const routes = new Map();
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push(url.pathname);
    const headers = {
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    const send = (status, type, body) => res.writeHead(status, { ...headers, 'content-type': type }).end(body);
    try {
      for (const [prefix, handler] of routes) {
        if (url.pathname.startsWith(prefix)) return await handler(req, res, url, headers);
      }
      if (url.pathname.startsWith('/page/')) {
        const name = url.pathname.slice('/page/'.length);
        return send(
          200,
          'text/html; charset=utf-8',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="/bundles/${name}/${name}.js"></script></body></html>`,
        );
      }
      if (files.has(url.pathname)) {
        const body = files.get(url.pathname);
        return send(200, TYPES[extname(url.pathname)] ?? 'application/octet-stream', body);
      }
      if (url.pathname.startsWith('/fixtures/')) {
        const path = resolve(FIXTURES, decodeURIComponent(url.pathname.slice('/fixtures/'.length)));
        if (!path.startsWith(FIXTURES + '/')) return send(403, 'text/plain', 'forbidden');
        return send(200, TYPES[extname(path)] ?? 'application/xml', await readFile(path));
      }
      send(404, 'text/plain', 'not found');
    } catch (error) {
      if (!res.headersSent) send(500, 'text/plain', String(error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    log,
    /** Adds files (path → text or bytes), e.g. from `bundle()`. */
    add(entries) {
      for (const [path, body] of entries) files.set(path, body);
    },
    route(prefix, handler) {
      routes.set(prefix, handler);
    },
    unroute(prefix) {
      routes.delete(prefix);
    },
    file(path) {
      return files.get(path);
    },
    close: () => new Promise((done) => server.close(done)),
  };
}

// --- the browser ----------------------------------------------------------------------------

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/**
 * Runs in every page before its own scripts: wraps the timer functions and `fetch` so the bench
 * can count timer callbacks run, timers still pending, and requests started, settled and aborted.
 * The originals stay reachable as `__bench.native` for the bench's own waiting.
 */
export function instrumentPage() {
  const b = {
    timeoutFires: 0,
    intervalFires: 0,
    pendingTimeouts: new Set(),
    intervals: new Set(),
    fetchStarted: 0,
    fetchSettled: 0,
    fetchAborted: 0,
    listeners: new Map(),
    native: {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      requestAnimationFrame: window.requestAnimationFrame.bind(window),
    },
  };
  window.__bench = b;
  const { setTimeout: nativeSetTimeout, setInterval: nativeSetInterval, clearTimeout: nativeClearTimeout, clearInterval: nativeClearInterval } = window;
  window.setTimeout = function (callback, delay, ...args) {
    const id = nativeSetTimeout.call(
      window,
      function () {
        b.pendingTimeouts.delete(id);
        b.timeoutFires++;
        if (typeof callback === 'function') callback.apply(this, args);
      },
      delay,
    );
    b.pendingTimeouts.add(id);
    return id;
  };
  window.setInterval = function (callback, delay, ...args) {
    const id = nativeSetInterval.call(
      window,
      function () {
        b.intervalFires++;
        if (typeof callback === 'function') callback.apply(this, args);
      },
      delay,
    );
    b.intervals.add(id);
    return id;
  };
  // Timeouts and intervals share one pool of ids: either function clears either kind.
  const clear = (id) => {
    b.pendingTimeouts.delete(id);
    b.intervals.delete(id);
  };
  window.clearTimeout = function (id) {
    clear(id);
    return nativeClearTimeout.call(window, id);
  };
  window.clearInterval = function (id) {
    clear(id);
    return nativeClearInterval.call(window, id);
  };
  const nativeFetch = window.fetch;
  window.fetch = function (...args) {
    b.fetchStarted++;
    const request = nativeFetch.apply(this, args);
    request.then(
      () => b.fetchSettled++,
      (error) => {
        b.fetchSettled++;
        if (error?.name === 'AbortError') b.fetchAborted++;
      },
    );
    return request;
  };
  // Listeners on page-wide targets (window, document, media queries): a widget that leaves one
  // behind keeps itself alive.
  const proto = window.EventTarget.prototype;
  const nativeAdd = proto.addEventListener;
  const nativeRemove = proto.removeEventListener;
  const pageWide = (target) => target === window || target === window.document || target instanceof window.MediaQueryList;
  const keyOf = (type, options) => `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  proto.addEventListener = function (type, listener, options) {
    if (listener && pageWide(this)) {
      let byListener = b.listeners.get(this);
      if (!byListener) b.listeners.set(this, (byListener = new Map()));
      let keys = byListener.get(listener);
      if (!keys) byListener.set(listener, (keys = new Set()));
      keys.add(keyOf(type, options));
    }
    return nativeAdd.call(this, type, listener, options);
  };
  proto.removeEventListener = function (type, listener, options) {
    // Forget emptied entries: holding on to a removed listener would keep its widget alive.
    const byListener = b.listeners.get(this);
    const keys = byListener?.get(listener);
    if (keys?.delete(keyOf(type, options)) && !keys.size) {
      byListener.delete(listener);
      if (!byListener.size) b.listeners.delete(this);
    }
    return nativeRemove.call(this, type, listener, options);
  };
  b.listenerCount = () => {
    let n = 0;
    for (const byListener of b.listeners.values()) for (const keys of byListener.values()) n += keys.size;
    return n;
  };
}

/** A fresh browser context (its own storage) whose pages all carry the instrumentation. */
export async function newContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrumentPage);
  return context;
}

/**
 * A page (in `context`, else in a fresh context of its own) with its CDP session and the
 * Performance domain on; with `url`, loaded and waited for until its module sets `benchReady`.
 */
export async function openPage(browser, url, context) {
  const own = !context;
  const ctx = context ?? (await newContext(browser));
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  if (url) await load(page, url);
  return { context: ctx, page, cdp, close: () => (own ? ctx.close() : page.close()) };
}

/** Navigates and waits for the page module to set `benchReady`. */
export async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
}

/** `Performance.getMetrics` as an object (ScriptDuration, TaskDuration in seconds; LayoutCount, …). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The used JS heap after two forced collections, in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Samples the page's main thread with the CDP profiler while `during()` runs and returns the
 * functions with the most self time: name, source module, share of the busy (non-idle) samples.
 */
export async function profile(cdp, server, during, top = 12) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await during();
  const { profile: p } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = p.timeDeltas[i] ?? 0;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') return;
    busy += dt;
    const path = new URL(node.callFrame.url || 'about:blank').pathname;
    const text = server.file(path);
    const where = text ? sourceOfLine(text, node.callFrame.lineNumber) : node.callFrame.url ? basename(path) : '';
    const key = `${name}\t${where ?? basename(path)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return {
    busyMs: busy / 1000,
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => {
        const [name, where] = key.split('\t');
        return { name, where, ms: us / 1000, share: busy ? us / busy : 0 };
      }),
  };
}

/** A profile summary as a markdown table. */
export function profileTable(result) {
  return table(
    ['function (self time)', 'module', 'ms', '% of busy'],
    result.top.map((f) => [`\`${f.name}\``, f.where || '(native/V8)', f.ms.toFixed(1), (f.share * 100).toFixed(1)]),
  );
}

/** Waits `ms` of wall time in Node. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// --- main-thread traces ---------------------------------------------------------------------

/**
 * Trace events that count as script: callbacks, microtask checkpoints (where Lit renders, and
 * which `Performance.getMetrics` ScriptDuration leaves out), module evaluation, compilation, and
 * the collections they cause.
 */
export const SCRIPT_EVENTS = [
  'FunctionCall',
  'EvaluateScript',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'MinorGC',
  'MajorGC',
];

/**
 * Records a Chromium trace while `during()` runs and returns the complete events of the page's
 * renderer main thread (`CrRendererMain`; the busiest one, should there be several) as
 * `{ name, start, end, cpu, elements }`: milliseconds since the trace began, the thread's CPU
 * milliseconds in the event (wall time less the time the thread was not running, so a loaded
 * machine inflates it far less), and the element count style recalculations report.
 */
export async function traceMainThread(browser, page, during) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
  await during();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mains = new Set();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const busy = new Map();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const events = traceEvents.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const origin = Math.min(...events.map((e) => e.ts));
  return events.map((e) => ({
    name: e.name,
    start: (e.ts - origin) / 1000,
    end: (e.ts - origin + (e.dur ?? 0)) / 1000,
    cpu: (e.tdur ?? 0) / 1000,
    elements: e.args?.elementCount,
  }));
}

/** Milliseconds covered by the union of the events named in `names`, clipped to [from, to). */
export function coveredMs(events, names, from = 0, to = Infinity) {
  const wanted = new Set(names);
  const spans = events
    .filter((e) => wanted.has(e.name))
    .map((e) => [Math.max(e.start, from), Math.min(e.end, to)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [curA, curB] = [NaN, NaN];
  for (const [a, b] of spans) {
    if (!(a <= curB)) {
      if (curB > curA) total += curB - curA;
      [curA, curB] = [a, b];
    } else curB = Math.max(curB, b);
  }
  if (curB > curA) total += curB - curA;
  return total;
}

/** How many of the events named `name` start within [from, to). */
export const countEvents = (events, name, from = 0, to = Infinity) => events.filter((e) => e.name === name && e.start >= from && e.start < to).length;
