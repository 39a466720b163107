// A CDN page at its leanest: the autoloader and one currency table on a JSON rates document, served
// from 127.0.0.1. The table must render, and the page must download only what that table needs:
// no XML parser, no ticker, no clocks.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { languageSections } from '../../scripts/language-sections.mjs';
import { SOURCE_CONDITION } from '../../scripts/source-condition.mjs';
import { terse } from '../../scripts/terse.mjs';
import { fixtureAnswer, launchChromium, servePages, shownTickerDates } from './browser.js';

const page = (lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Autoloader</title>
<script type="module" src="/cdn/autoloader.js"></script></head>
<body><sco-currency-table src="/fx/cbr-xml-daily/daily_json_2022-02-03.json"></sco-currency-table></body></html>`;

/** A page with one ticker in `list` mode, its dates in `format` (none: the default) and UTC. */
const tickerPage = (format: string | null) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticker</title>
<script type="module" src="/cdn/autoloader.js"></script></head>
<body><sco-headline-ticker src="/fx/portal/headlines.rss" mode="list" limit="2" time-zone="UTC"${format === null ? '' : ` date-format="${format}"`}></sco-headline-ticker></body></html>`;

/**
 * Modules that have no business on this page: the XML parser, the other widgets, feeds, a whole
 * language file, the words of any section but the table's own, its caption's and its status line's
 * (the built-in languages' files cut into sections by scripts/language-sections.mjs).
 */
const UNWANTED = [
  /node_modules\/fast-xml-parser\//,
  /src\/elements\/(headline-ticker|clock|member-states|rate-chart|currency-converter)\//,
  /src\/data\/feeds\//,
  /node_modules\/luxon\//,
  /^src\/i18n\/languages\//,
  /^language-section:.*#(?!(?:table|sources|dataStatus)$)/,
];

let server: Awaited<ReturnType<typeof servePages>>;
let origin: string;
let browser: Browser;
let cdn: string;
let metafile: Metafile;
/** Whether the server answers 404 for the files that carry luxon (a network that loses them). */
let refuseLuxon = false;

before(async () => {
  cdn = await mkdtemp(join(tmpdir(), 'sco-cdn-'));
  // As scripts/build.mjs builds dist/cdn: ES modules with every dependency inside, split per widget.
  const result = await build({
    entryPoints: ['src/autoloader.ts'],
    conditions: [SOURCE_CONDITION],
    outdir: cdn,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    plugins: [languageSections],
  });
  metafile = result.metafile;
  // …and each file gets the terser pass the build gives it.
  for (const file of Object.keys(metafile.outputs)) await writeFile(file, (await terse(await readFile(file, 'utf8'))).code);
  const html = { 'content-type': 'text/html; charset=utf-8' };
  server = await servePages(async (url) => {
    if (url.pathname === '/') return { body: page(url.searchParams.get('lang') ?? undefined), headers: html };
    if (url.pathname === '/ticker') return { body: tickerPage(url.searchParams.get('format')), headers: html };
    if (url.pathname.startsWith('/cdn/') && !url.pathname.includes('..')) {
      if (refuseLuxon && carriesLuxon(url.pathname.slice(5))) return undefined;
      return readFile(join(cdn, url.pathname.slice(5))).then(
        (body) => ({ body, headers: { 'content-type': 'text/javascript' } }),
        () => undefined,
      );
    }
    return fixtureAnswer(url.pathname, { 'content-type': url.pathname.endsWith('.rss') ? 'application/rss+xml' : 'application/json' });
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (cdn) await rm(cdn, { recursive: true, force: true });
});

const carriesLuxon = (script: string) => inputsOf(join(cdn, script)).some((input) => /node_modules\/luxon\//.test(input));

/** The source modules inside a built file, from the metafile (keys are paths relative to the cwd). */
function inputsOf(file: string): string[] {
  const key = Object.keys(metafile.outputs).find((o) => join(process.cwd(), o) === file);
  assert.ok(key, `${file} is an output of the build`);
  return Object.keys(metafile.outputs[key].inputs);
}

describe('the CDN autoloader', () => {
  it('renders one table on a JSON source and downloads neither the XML parser nor other widgets', async (t) => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/cdn/') && path.endsWith('.js')) scripts.push(path.slice(5));
    });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => document.querySelector('sco-currency-table')?.getAttribute('state') === 'ready', null, { timeout: 15000 });
    const rows = await tab.evaluate(() =>
      [...document.querySelector('sco-currency-table')!.shadowRoot!.querySelectorAll('tr[part~="row"]')].map((r) => r.getAttribute('data-code')),
    );
    assert.ok(rows.includes('CNY') && rows.includes('INR'), `rows: ${rows.join(', ')}`);
    // Let anything still on its way arrive before counting.
    await tab.waitForLoadState('networkidle');
    await tab.close();

    assert.deepEqual(errors, []);
    assert.ok(scripts.includes('autoloader.js'));
    for (const script of scripts) {
      const unwanted = inputsOf(join(cdn, script)).filter((input) => UNWANTED.some((re) => re.test(input)));
      assert.deepEqual(unwanted, [], `${script} carries modules this page does not need`);
    }
    const gz = async (script: string) => gzipSync(await readFile(join(cdn, script)), { level: 9 }).length;
    const autoloader = await gz('autoloader.js');
    let total = 0;
    for (const script of new Set(scripts)) total += await gz(script);
    t.diagnostic(`autoloader.js ${autoloader} B gzip; the page's ${new Set(scripts).size} scripts ${total} B gzip`);
  });

  it('in Armenian, downloads the Armenian file and no other language', async () => {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    tab.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/cdn/') && path.endsWith('.js')) scripts.push(path.slice(5));
    });
    await tab.goto(`${origin}/?lang=hy`);
    await tab.waitForFunction(
      () => {
        const table = document.querySelector('sco-currency-table');
        return table?.getAttribute('state') === 'ready' && getComputedStyle(table).visibility === 'visible';
      },
      null,
      { timeout: 15000 },
    );
    const header = await tab.evaluate(() => document.querySelector('sco-currency-table')!.shadowRoot!.querySelector('th')!.textContent!.trim());
    await tab.close();
    assert.match(header, /^\p{Script=Armenian}+$/u);
    const languages = scripts.flatMap((script) => inputsOf(join(cdn, script)).filter((input) => input.startsWith('src/i18n/languages/')));
    assert.deepEqual(languages, ['src/i18n/languages/hy.ts']);
  });

  it("reads a feed's HTML named references with the browser's parser: no entity table in any file", () => {
    const inputs = Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    assert.ok(inputs.includes('src/data/feeds/html-entities.browser.ts'));
    assert.deepEqual(
      inputs.filter((input) => /node_modules\/entities\/|src\/data\/feeds\/html-entities\.ts/.test(input)),
      [],
    );
  });
});

describe('the ticker on a CDN page', () => {
  /** Opens the ticker page; resolves with the dates shown and the scripts the page downloaded. */
  async function tickerDates(format: string | null) {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    tab.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/cdn/') && path.endsWith('.js') && r.ok()) scripts.push(path.slice(5));
    });
    await tab.goto(`${origin}/ticker${format === null ? '' : `?format=${encodeURIComponent(format)}`}`);
    const shown = await shownTickerDates(tab, 2);
    await tab.waitForLoadState('networkidle');
    await tab.close();
    return { shown, luxonFiles: scripts.filter(carriesLuxon) };
  }

  it('writes the default format without downloading luxon', async () => {
    const { shown, luxonFiles } = await tickerDates(null);
    assert.deepEqual(shown, ['13.01.2020 11:10', '13.01.2020 10:58']);
    assert.deepEqual(luxonFiles, []);
  });

  it('downloads luxon for a format with its other tokens, and writes what luxon writes', async () => {
    const { shown, luxonFiles } = await tickerDates("DDD 'at' t");
    assert.deepEqual(shown, ['January 13, 2020 at 11:10 AM', 'January 13, 2020 at 10:58 AM']);
    assert.equal(luxonFiles.length, 1);
  });

  it('writes the default format, not the tokens, when luxon cannot be downloaded', async () => {
    refuseLuxon = true;
    try {
      const { shown, luxonFiles } = await tickerDates("DDD 'at' t");
      assert.deepEqual(shown, ['13.01.2020 11:10', '13.01.2020 10:58']);
      assert.deepEqual(luxonFiles, []);
    } finally {
      refuseLuxon = false;
    }
  });
});
