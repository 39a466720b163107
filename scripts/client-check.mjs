// node scripts/client-check.mjs (after npm run build): the widgets in their users' apps, run in
// Chromium. The packed tarball is installed offline into a scratch app beside React 19; the app in
// test/clients/react is built for production by esbuild and by Vite, and a plain page loads the
// per-widget entries through an import map with no bundler at all. Each page must define every
// element it imports (bundlers honour package.json `sideEffects`), hand React's `data` to the
// element as a property and `onsco-load` to React's handler, re-render on an attribute change from
// React, and raise no error; a bare import of the main entry defines all seven; a page importing only
// `sco-widgets/data` and a widget's type defines none.
import assert from 'node:assert/strict';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as vite } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { installedVersion, scratchProject, stepper } from './scratch-project.mjs';

const repo = process.cwd();
const step = stepper('client-check');
const TAGS = ['sco-currency-table', 'sco-currency-converter', 'sco-rate-chart', 'sco-headline-ticker', 'sco-clock', 'sco-capital-clocks', 'sco-member-states'];
const IMPORTED = ['sco-currency-table', 'sco-headline-ticker', 'sco-clock', 'sco-capital-clocks', 'sco-member-states'];

let scratch;
let browser;
const servers = [];
try {
  const react = await installedVersion('react');
  const made = await scratchProject('sco-clients-', [`react@${react}`, `react-dom@${react}`], repo);
  ({ scratch } = made);
  const { project } = made;
  step(`installed ${made.tarball} beside react ${react} (${made.mode})`);
  await cp(join(repo, 'test/clients/react'), project, { recursive: true });

  // esbuild, as a developer's build script calls it.
  const { warnings, metafile } = await esbuild({
    entryPoints: ['main.jsx', 'data-only.ts', 'main-entry.ts'],
    absWorkingDir: project,
    outdir: 'out-esbuild',
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  // esbuild says so when it drops an import for `sideEffects` ("… was marked as having no side effects").
  assert.deepEqual(
    warnings.map((w) => w.text),
    [],
    'esbuild builds the app without a warning',
  );
  const pages = [
    ['index.html', './main.jsx', './main.js'],
    ['data-only.html', './data-only.ts', './data-only.js'],
    ['main-entry.html', './main-entry.ts', './main-entry.js'],
  ];
  for (const [page, from, to] of pages) {
    await writeFile(join(project, 'out-esbuild', page), (await readFile(join(project, page), 'utf8')).replace(from, to));
  }
  assertBrowserEntities(Object.keys(metafile.inputs), 'esbuild');
  step('esbuild built the app for production');

  // Vite, as `vite build` does with the app's two pages (no plugin: Vite transforms JSX itself).
  const built = await vite({
    root: project,
    configFile: false,
    logLevel: 'error',
    build: { outDir: 'out-vite', rollupOptions: { input: pages.map(([page]) => join(project, page)) } },
  });
  assertBrowserEntities(
    [built].flat().flatMap((result) => result.output.flatMap((file) => file.moduleIds ?? [])),
    'Vite',
  );
  step('Vite built the app for production');

  // The plain page: per-widget entries and their dependencies straight from node_modules.
  const map = await importMap(join(project, 'node_modules'));
  const mapped = (await readFile(join(repo, 'test/clients/import-map/index.html'), 'utf8')).replace('IMPORT_MAP', JSON.stringify(map, null, 2));
  await writeFile(join(project, 'import-map.html'), mapped);

  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  for (const bundler of ['esbuild', 'vite']) {
    const origin = await serve(join(project, `out-${bundler}`));
    await checkReactApp(`${origin}/index.html`, bundler);
    await checkDataOnly(`${origin}/data-only.html`, bundler);
    await checkMainEntry(`${origin}/main-entry.html`, bundler);
    step(`${bundler}: the React app has its widgets, the main entry all, the data-only page none`);
  }
  const origin = await serve(project, {
    '/rates.json': join(repo, 'test/fixtures/cbr-xml-daily/daily_json_2022-02-03.json'),
    '/feed.xml': join(repo, 'test/fixtures/portal/headlines.rss'),
  });
  await checkImportMapPage(`${origin}/import-map.html`);
  step('import map: the plain page has its widgets with no bundler');
  console.log(`client-check: ok in ${step.seconds()} s`);
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}

/**
 * The feed reader's `#html-entities` resolved for a browser: the module that asks the browser's own
 * HTML parser, and not the `entities` table (Node's).
 */
function assertBrowserEntities(modules, bundler) {
  const paths = modules.map((path) => path.replaceAll('\\', '/'));
  assert.ok(
    paths.some((path) => path.endsWith('node_modules/sco-widgets/dist/data/feeds/html-entities.browser.js')),
    `${bundler}: #html-entities resolves to the browser's module`,
  );
  assert.deepEqual(
    paths.filter((path) => /node_modules\/(?:entities|sco-widgets\/dist\/data\/feeds\/html-entities\.js)/.test(path)),
    [],
    `${bundler}: no entity table in the app`,
  );
}

/** Opens a page and collects what went wrong on it: page errors and console errors. */
async function open(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  await page.goto(url);
  return { page, problems };
}

function shadowRows(page) {
  return page.evaluate(() => [...document.querySelector('sco-currency-table').shadowRoot.querySelectorAll('tr[part~="row"]')].map((row) => row.dataset.code));
}

async function checkReactApp(url, bundler) {
  const { page, problems } = await open(url);
  const where = `${bundler} React app`;
  // The imports ran before React rendered, so the elements are defined by the time the tags exist.
  await page.waitForSelector('sco-currency-table', { state: 'attached', timeout: 10000 });
  const defined = await page.evaluate((tags) => tags.filter((tag) => window.customElements.get(tag)), TAGS);
  assert.deepEqual(defined, IMPORTED, `${where}: exactly the imported elements are defined`);
  await page.waitForFunction(() => document.querySelector('sco-currency-table').getAttribute('state') === 'ready', null, { timeout: 15000 });
  const table = await page.evaluate(() => {
    const element = document.querySelector('sco-currency-table');
    return { attribute: element.getAttribute('data'), date: element.data?.date, showChange: element.showChange };
  });
  assert.deepEqual(table, { attribute: null, date: '2022-02-03', showChange: true }, `${where}: data is a property, show-change an attribute`);
  assert.deepEqual(await shadowRows(page), ['CNY', 'KZT'], `${where}: the table shows the rows React asked for`);
  await page.waitForFunction(() => document.querySelector('#loaded').textContent === '2022-02-03', null, { timeout: 5000 });
  await page.click('#more');
  await page.waitForFunction(() => document.querySelector('sco-currency-table').shadowRoot.querySelectorAll('tr[part~="row"]').length === 3, null, {
    timeout: 5000,
  });
  assert.deepEqual(await shadowRows(page), ['CNY', 'KZT', 'INR'], `${where}: React's new currencies re-render the table`);
  await page.waitForFunction(
    () =>
      document.querySelector('sco-clock').shadowRoot.querySelector('time[part~="time"]') &&
      document.querySelector('sco-headline-ticker').getAttribute('state') === 'ready' &&
      document.querySelector('sco-member-states').shadowRoot.querySelectorAll('[part~="state"]').length === 10,
    null,
    { timeout: 10000 },
  );
  assert.deepEqual(problems, [], `${where}: no error on the page`);
  await page.close();
}

async function checkDataOnly(url, bundler) {
  const { page, problems } = await open(url);
  await page.waitForFunction(() => document.querySelector('#parsed').textContent !== '', null, { timeout: 10000 });
  assert.equal(await page.textContent('#parsed'), '2022-02-03: 1 rate, 0 tables');
  const defined = await page.evaluate((tags) => tags.filter((tag) => window.customElements.get(tag)), TAGS);
  assert.deepEqual(defined, [], `${bundler}: sco-widgets/data and a type-only import define no element`);
  assert.deepEqual(problems, []);
  await page.close();
}

async function checkMainEntry(url, bundler) {
  const { page, problems } = await open(url);
  await page.waitForFunction(() => document.querySelector('sco-currency-converter').getAttribute('state') === 'ready', null, { timeout: 10000 });
  const defined = await page.evaluate((tags) => tags.filter((tag) => window.customElements.get(tag)), TAGS);
  assert.deepEqual(defined, TAGS, `${bundler}: a bare import of sco-widgets defines every element`);
  assert.deepEqual(problems, []);
  await page.close();
}

async function checkImportMapPage(url) {
  const { page, problems } = await open(url);
  await page.waitForFunction(
    () => ['sco-currency-table', 'sco-headline-ticker'].every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'),
    null,
    { timeout: 15000 },
  );
  const defined = await page.evaluate((tags) => tags.filter((tag) => window.customElements.get(tag)), TAGS);
  assert.deepEqual(defined, IMPORTED, 'import map: exactly the imported elements are defined');
  assert.deepEqual(await shadowRows(page), ['CNY', 'KZT']);
  assert.deepEqual(problems, [], 'import map: no error on the page');
  await page.close();
}

/**
 * An import map for every package installed in `modules`: each package's entries as its `exports`
 * name them for a browser (or its `module`/`main`), and its folder for deeper paths; a package's
 * own `#` imports (package.json `imports`, as a browser resolves them) in a scope of its folder.
 */
async function importMap(modules) {
  const imports = {};
  const scopes = {};
  const names = [];
  for (const entry of await readdir(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const scoped of await readdir(join(modules, entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  for (const name of names) {
    const manifest = JSON.parse(await readFile(join(modules, name, 'package.json'), 'utf8').catch(() => '{}'));
    const base = `/node_modules/${name}/`;
    imports[`${name}/`] = base;
    for (const [key, target] of Object.entries(manifest.imports ?? {})) {
      const file = forBrowser(target);
      if (file) (scopes[base] ??= {})[key] = base + file.replace(/^\.\//, '');
    }
    const exports = typeof manifest.exports === 'object' && !('.' in manifest.exports) ? { '.': manifest.exports } : manifest.exports;
    if (exports && typeof exports === 'object') {
      for (const [key, target] of Object.entries(exports)) {
        const file = forBrowser(target);
        if (file && !key.includes('*')) imports[name + key.slice(1)] = base + file.replace(/^\.\//, '');
      }
    } else if (typeof exports === 'string') {
      imports[name] = base + exports.replace(/^\.\//, '');
    } else if (manifest.module || manifest.main) {
      imports[name] = base + (manifest.module || manifest.main).replace(/^\.\//, '');
    }
  }
  return { imports, scopes };
}

/** The file an `exports` target names for a browser's `import`, in production. */
function forBrowser(target) {
  if (typeof target === 'string' || target === null) return target;
  for (const condition of ['browser', 'import', 'default']) if (condition in target) return forBrowser(target[condition]);
  return undefined;
}

/** Serves `root` (and a few fixed files) on 127.0.0.1; returns the origin. */
async function serve(root, files = {}) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.css': 'text/css',
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = files[path] ?? resolve(root, `.${path}`);
    if (!files[path] && !file.startsWith(root)) return res.writeHead(404).end();
    const body = await readFile(file).catch(() => undefined);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  servers.push(server);
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return `http://127.0.0.1:${server.address().port}`;
}
