// node scripts/pack-check.mjs (after npm run build): the package as a user gets it. `npm pack`,
// install the tarball offline into a scratch project, then use it the ways the docs promise:
//   (a) the proxy module answers an offline snapshot request (and, with render: true, /render/<tag>), and under Node `sco-widgets/data`
//       reads HTML's named references from the `entities` table (`#html-entities`); (b) the proxy CLI runs;
//   (c) esbuild bundles a page importing one widget (exports resolve; the others stay out);
//   (d) tsc typechecks a consumer's TypeScript and React TSX against the shipped types;
//   (e) a browser page loads the script-tag bundle from node_modules and a table renders.
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { run, scratchProject, stepper } from './scratch-project.mjs';

const repo = process.cwd();
const step = stepper('pack-check');

let scratch;
let browser;
let server;
try {
  const made = await scratchProject('sco-pack-', ['@types/react@^19'], repo);
  ({ scratch } = made);
  const { project, installed } = made;
  step(`packed ${made.tarball} and installed it (${made.mode})`);

  // (a) The proxy, offline: answers from the snapshots shipped in the package.
  const proxyCheck = `
    import { createProxy, SAMPLE_HEADLINES_URL } from 'sco-widgets/proxy';
    const proxy = createProxy({ offline: true });
    const res = await proxy(new Request('http://proxy.test/?url=' + encodeURIComponent('https://www.cbr.ru/scripts/XML_daily.asp?date_req=13/12/2025')));
    const feed = await proxy(new Request('http://proxy.test/?url=' + encodeURIComponent(SAMPLE_HEADLINES_URL)));
    console.log(JSON.stringify({ status: res.status, type: res.headers.get('content-type'), body: await res.text(), feed: feed.status }));`;
  const answer = JSON.parse(run('node', ['--input-type=module', '-e', proxyCheck], project));
  assert.equal(answer.status, 200, 'offline proxy answers the Bank of Russia daily rates');
  assert.match(answer.type, /charset=utf-8/);
  assert.match(answer.body, /<CharCode>CNY<\/CharCode>/);
  assert.equal(answer.feed, 200, 'offline proxy answers the sample headlines');
  step('(a) sco-widgets/proxy answers offline');

  // With render: true it loads sco-widgets/ssr (dist/ssr/index.js) on the first /render/<tag>. The
  // rendering Worker is one file with everything inside (its own widgets too: a process of its own), so it answers under Node as well.
  const renderCheck = `
    import { createProxy } from 'sco-widgets/proxy';
    const proxy = createProxy({ offline: true, render: true });
    const res = await proxy(new Request('http://proxy.test/render/sco-currency-table?lang=ru'));
    console.log(JSON.stringify({ status: res.status, type: res.headers.get('content-type'), body: await res.text() }));`;
  const rendered = JSON.parse(run('node', ['--input-type=module', '-e', renderCheck], project));
  assert.equal(rendered.status, 200, `the rendering proxy answers /render/sco-currency-table: ${rendered.body}`);
  assert.equal(rendered.type, 'text/html; charset=utf-8');
  assert.match(rendered.body, /^<sco-currency-table\s+state="ready"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(rendered.body, /21\.08\.2021/);
  const workerCheck = `
    import worker from 'sco-widgets/proxy/worker-render';
    const res = await worker.fetch(new Request('http://proxy.test/render/sco-clock?zone=UTC'), { SCO_PROXY_OFFLINE: 'true', SCO_PROXY_RENDER: '1' });
    console.log((await res.text()).slice(0, 10));`;
  assert.equal(run('node', ['--input-type=module', '-e', workerCheck], project).trim(), '<sco-clock', 'the rendering Worker renders');
  step('(a) sco-widgets/proxy renders offline (render: true), and so does sco-widgets/proxy/worker-render');

  // Node has no DOM: `#html-entities` must resolve to the table, or `&eacute;` would stay as written.
  const feedCheck = `
    import { parseFeed } from 'sco-widgets/data';
    const feed = parseFeed('<rss version="2.0"><channel><title>Caf&eacute; &hearts; &notit;</title></channel></rss>');
    console.log(feed.title);`;
  assert.equal(run('node', ['--input-type=module', '-e', feedCheck], project).trim(), 'Café ♥ &notit;');
  step('(a) sco-widgets/data decodes HTML named references under Node');

  // (b) The CLI.
  assert.match(run('npx', ['--no-install', 'sco-widgets-proxy', '--help'], project), /Usage: sco-widgets-proxy/);
  step('(b) npx sco-widgets-proxy --help');

  // (c) A developer's page that imports one widget.
  await writeFile(
    join(project, 'page.js'),
    "import { ScoCurrencyTable } from 'sco-widgets/currency-table';\nconsole.log(customElements.get('sco-currency-table') === ScoCurrencyTable);\n",
  );
  const bundled = await build({
    entryPoints: ['page.js'],
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(bundled.metafile.inputs);
  assert.ok(
    inputs.some((i) => i.includes('node_modules/sco-widgets/dist/elements/currency-table/define.js')),
    'the widget entry resolves through exports',
  );
  assert.ok(
    inputs.some((i) => i.includes('node_modules/lit')),
    'lit comes from the installed dependency',
  );
  const others = inputs.filter((i) => /dist\/elements\/(?:clock|headline-ticker|member-states|rate-chart|currency-converter)\//.test(i));
  assert.deepEqual(others, [], 'importing one widget pulls in no other');
  step(`(c) esbuild bundled sco-widgets/currency-table (${inputs.length} modules)`);

  // (d) A consumer's TypeScript and React TSX, against the types as shipped (skipLibCheck off).
  await writeFile(
    join(project, 'consumer.ts'),
    `
import { ScoCurrencyTable, ScoHeadlineTicker, configure, type ScoErrorDetail } from 'sco-widgets';
import { parseCbrDaily, type Feed, type RateSheet } from 'sco-widgets/data';
import { createProxy } from 'sco-widgets/proxy';
import type { ScoClock } from 'sco-widgets/clock';

configure({ proxy: '/proxy?url={url}' });
const table: ScoCurrencyTable = document.createElement('sco-currency-table');
table.showChange = true;
table.addEventListener('sco-error', (event) => console.warn(event.detail.error.message));
const ticker = document.querySelector('sco-headline-ticker') as ScoHeadlineTicker | null;
if (ticker) ticker.mode = 'rotate';
// @ts-expect-error: not a ticker mode
if (ticker) ticker.mode = 'bounce';
const clock: ScoClock | null = document.querySelector('sco-clock');
export const checks: [RateSheet, Feed | undefined, ScoErrorDetail | undefined, unknown, unknown] = [parseCbrDaily('<ValCurs/>'), undefined, undefined, createProxy, clock];
`,
  );
  await writeFile(
    join(project, 'consumer.tsx'),
    `/// <reference types="sco-widgets/jsx-react" />
import type { RateSheet } from 'sco-widgets/data';
export const Rates = ({ sheet }: { sheet?: RateSheet }) => (
  <sco-currency-table data={sheet} currencies="CNY,INR" show-change onsco-load={(e) => console.log(e.detail.date)} />
);
// @ts-expect-error: not a clock face
export const Wrong = () => <sco-clock face="sundial" />;
`,
  );
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  for (const moduleResolution of ['bundler', 'nodenext']) {
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      jsx: 'react-jsx',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: [],
      target: 'es2022',
      module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext',
      moduleResolution,
    };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts', 'consumer.tsx'] }));
    try {
      run('node', [tsc, '-p', 'tsconfig.json'], project);
    } catch (error) {
      throw new Error(`tsc (moduleResolution ${moduleResolution}) failed on the shipped types:\n${error.stdout}${error.stderr}`, { cause: error });
    }
  }
  step('(d) tsc typechecked a consumer (bundler and nodenext resolution, React TSX)');

  // (e) A site owner's page: the script-tag bundle from node_modules, a table from a shipped snapshot.
  const html = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pack check</title>
<script src="/node_modules/sco-widgets/dist/sco-widgets.min.js" data-timeout="2000"></script></head>
<body><sco-currency-table src="/snapshots/XML_daily_eng_2025-12-13.extracted.xml" currencies="CNY,INR,KZT"></sco-currency-table></body></html>`;
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const lang = path.match(/^\/(\w*)$/)?.[1];
    if (lang !== undefined) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(lang || 'en'));
    const file = path.startsWith('/snapshots/') ? resolve(installed, `.${path}`) : resolve(project, `.${path}`);
    // A slow network: the Kyrgyz file takes longer than a request may (data-timeout).
    if (path.endsWith('/i18n/ky.js')) await new Promise((later) => setTimeout(later, 5000));
    if (!file.startsWith(project)) return res.writeHead(404).end();
    const body = await readFile(file).catch(() => undefined);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, file.endsWith('.js') ? { 'content-type': 'text/javascript' } : {}).end(body);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('sco-currency-table')?.getAttribute('state') === 'ready', null, { timeout: 15000 });
  const rows = await page.evaluate(() =>
    [...document.querySelector('sco-currency-table').shadowRoot.querySelectorAll('tr[part~="row"]')].map((r) => r.dataset.code),
  );
  assert.deepEqual(rows, ['CNY', 'INR', 'KZT']);
  assert.deepEqual(errors, []);
  step('(e) the script-tag bundle from node_modules rendered a table');

  // (f) Russian is in the bundle; Kazakh comes from i18n/kk.js beside it, found from the bundle's own URL.
  for (const [lang, header, file] of [
    ['ru', 'Страна', undefined],
    ['kk', 'Ел', '/node_modules/sco-widgets/dist/i18n/kk.js'],
  ]) {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.address().port}/${lang}`);
    await page.waitForFunction(() => document.querySelector('sco-currency-table')?.getAttribute('state') === 'ready', null, { timeout: 15000 });
    const shown = await page.evaluate(() => document.querySelector('sco-currency-table').shadowRoot.querySelector('th').textContent.trim());
    assert.equal(shown, header, `the ${lang} table's first header`);
    assert.deepEqual(
      requested.filter((path) => path.includes('/i18n/')),
      file ? [file] : [],
      `language files the ${lang} page asked for`,
    );
    page.removeAllListeners('request');
  }
  assert.deepEqual(errors, []);
  step('(f) the bundle spoke Russian on its own and Kazakh from dist/i18n/kk.js beside it');

  // (g) A language file slower than data-timeout: English in the meantime, never a hidden widget.
  await page.goto(`http://127.0.0.1:${server.address().port}/ky`);
  const header = () => page.evaluate(() => document.querySelector('sco-currency-table').shadowRoot.querySelector('th').textContent.trim());
  const visible = () => page.evaluate(() => window.getComputedStyle(document.querySelector('sco-currency-table')).visibility === 'visible');
  await page.waitForFunction(() => document.querySelector('sco-currency-table')?.shadowRoot?.querySelector('th'), null, { timeout: 15000 });
  assert.equal(await visible(), false, 'hidden while the Kyrgyz file is on its way');
  await page.waitForFunction(() => window.getComputedStyle(document.querySelector('sco-currency-table')).visibility === 'visible', null, { timeout: 4000 });
  assert.equal(await header(), 'Country', 'English once the file is late');
  await page.waitForFunction(() => document.querySelector('sco-currency-table').shadowRoot.querySelector('th').textContent.trim() !== 'Country', null, {
    timeout: 10000,
  });
  assert.equal(await header(), 'Өлкө', 'Kyrgyz once the file has come');
  assert.deepEqual(errors, []);
  step('(g) a late language file: English after data-timeout, the language once it came');
  console.log(`pack-check: ok in ${step.seconds()} s`);
} finally {
  await browser?.close();
  server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
