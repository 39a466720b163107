// Layout shift: how far the page moves while widgets wait for data that arrives 400 ms late, at
// 1280×800, each widget in a column with a block of text below it — cold (nothing stored) and on a
// revisit (the same browser profile, persisted data). The Bank of Russia's rates come from the
// cbr-xml-daily.ru mirror as a page with no proxy reads them (the mirror routed to the fixtures
// with `Access-Control-Allow-Origin: *`, the Bank refusing); then the whole demo page, on the
// package's offline proxy answering 400 ms late. The figure is the Cumulative Layout Shift the
// page's PerformanceObserver sees (`layout-shift` entries without recent input), worst of the runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { besideTheScript } from '../scripts/beside-the-script.mjs';
import { languageSections } from '../scripts/language-sections.mjs';
import { SOURCE_CONDITION } from '../scripts/source-condition.mjs';
import { createProxy } from '../src/proxy/index.ts';
import { toNodeListener } from '../src/proxy/node.ts';
import { ROOT, bundle, fixed, newContext, sleep, table } from './harness.mjs';
import { WIDGETS } from './pages/layout-shift-widgets.mjs';
import { observeLayoutShift } from './pages/observe-layout-shift.mjs';

const LATE_MS = 400;
/** A language loaded on demand arrives later still: after the data. */
const LANGUAGE_LATE_MS = 1500;
const LANGUAGE = 'kk';
const TARGET = 0.001;
const MIRROR_FILE = join(ROOT, 'test/fixtures/cbr-xml-daily/daily_json_2022-02-03.json');
const WIDTHS = [360, 720];

/** The two hosts as a page with no proxy meets them: the mirror answers (late), the Bank refuses. */
async function routeUpstreams(context) {
  const sheet = await readFile(MIRROR_FILE);
  await context.route('https://www.cbr-xml-daily.ru/**', async (route) => {
    await sleep(LATE_MS);
    await route.fulfill({ status: 200, body: sheet, headers: { 'content-type': 'application/javascript; charset=utf-8', 'access-control-allow-origin': '*' } });
  });
  await context.route('https://www.cbr.ru/**', (route) => route.abort('failed'));
}

/** Opens `url` in `page` (or reloads it) and waits for the page to say it is done; its CLS and the widget's state. */
async function measure(page, url) {
  if (url) await page.goto(url);
  else await page.reload();
  await page.waitForFunction(() => window.bench?.done === true, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({ shift: window.bench.shift, state: window.bench.state, shifts: window.bench.shifts }));
  if (process.env.BENCH_DEBUG && result.shift > 0) console.error(url ?? 'revisit', JSON.stringify(result.shifts));
  return result;
}

/**
 * The demo page, on the offline proxy answering 400 ms late, embedded as a site owner embeds the
 * widgets: the script-tag bundle in `<head>` (configured by its `data-` attributes), so the
 * elements are defined before the body is parsed. Returns its address.
 */
async function serveDemo(server) {
  const options = { conditions: [SOURCE_CONDITION], bundle: true, minify: true, write: false, target: 'es2022', logLevel: 'silent' };
  const scriptTag = await build({ ...options, entryPoints: [join(ROOT, 'src/bundle.ts')], format: 'iife', plugins: [languageSections, besideTheScript] });
  const language = await build({ ...options, entryPoints: [join(ROOT, `src/i18n/languages/${LANGUAGE}.ts`)], format: 'esm' });
  const page = (await readFile(join(ROOT, 'demo/index.html'), 'utf8')).replace('./demo.css', '/demo/demo.css');
  const html = page.replace(
    '<script type="module" src="./main.ts"></script>',
    '<script src="/demo/sco-widgets.min.js" data-proxy="/proxy?url={url}" data-persist></script>',
  );
  const css = await readFile(join(ROOT, 'demo/demo.css'));
  const proxy = toNodeListener(createProxy({ offline: true }), { mount: '/proxy' });
  server.route('/demo/', (_req, res, url, headers) => {
    if (url.pathname === '/demo/demo.css') return res.writeHead(200, { ...headers, 'content-type': 'text/css' }).end(css);
    if (url.pathname === '/demo/sco-widgets.min.js')
      return res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(scriptTag.outputFiles[0].text);
    if (url.pathname === `/demo/i18n/${LANGUAGE}.js`)
      return void sleep(LANGUAGE_LATE_MS).then(() => res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(language.outputFiles[0].text));
    const lang = url.searchParams.get('lang');
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(lang ? html.replace('<html lang="en"', `<html lang="${lang}"`) : html);
  });
  server.route('/proxy', async (req, res) => {
    await sleep(LATE_MS);
    proxy(req, res);
  });
  return `${server.origin}/demo/`;
}

/** The data widgets' states on the demo page, for an init script after `observeLayoutShift`: done once all have settled. */
function watchDemoWidgets() {
  const bench = window.bench;
  const data = 'sco-currency-table, sco-currency-converter, sco-headline-ticker, sco-rate-chart';
  const poll = () => {
    const widgets = [...document.querySelectorAll(data)];
    // Settled: data shown (or failed) and the language's words there.
    if (widgets.length && widgets.every((w) => ['ready', 'error'].includes(w.getAttribute('state')) && !w.matches(':state(translating)'))) {
      bench.state = widgets.map((w) => w.getAttribute('state')).join(' ');
      window.requestAnimationFrame(() => window.requestAnimationFrame(() => setTimeout(() => (bench.done = true), 500)));
    } else setTimeout(poll, 20);
  };
  window.addEventListener('DOMContentLoaded', poll);
}

export async function run({ browser, server, quick }) {
  server.add(await bundle('layout-shift', { 'layout-shift': 'bench/pages/layout-shift.mjs' }));
  server.route('/late/fixtures/', async (_req, res, url, headers) => {
    await sleep(LATE_MS);
    const body = await readFile(join(ROOT, 'test/fixtures', decodeURIComponent(url.pathname.slice('/late/fixtures/'.length))));
    res.writeHead(200, { ...headers, 'content-type': url.pathname.endsWith('.rss') ? 'application/rss+xml' : 'application/xml' }).end(body);
  });
  const demoUrl = await serveDemo(server);
  const reps = quick ? 1 : 3;
  const rows = [];
  const worst = { cold: 0, revisit: 0 };
  const visit = async (url, init = []) => {
    const found = { cold: [], revisit: [], states: new Set() };
    for (let rep = 0; rep < reps; rep++) {
      const context = await newContext(browser);
      try {
        await routeUpstreams(context);
        for (const script of init) await context.addInitScript(script);
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 800 });
        for (const kind of ['cold', 'revisit']) {
          const { shift, state } = await measure(page, kind === 'cold' ? url : undefined);
          found[kind].push(shift);
          found.states.add(state);
        }
      } finally {
        await context.close();
      }
    }
    return found;
  };
  for (const name of Object.keys(WIDGETS)) {
    for (const width of WIDTHS) {
      const found = await visit(`${server.origin}/page/layout-shift?widget=${encodeURIComponent(name)}&width=${width}`);
      const [cold, revisit] = [Math.max(...found.cold), Math.max(...found.revisit)];
      worst.cold = Math.max(worst.cold, cold);
      worst.revisit = Math.max(worst.revisit, revisit);
      rows.push([`\`${name}\``, `${width} px`, fixed(cold, 4), fixed(revisit, 4), [...found.states].join(', ')]);
    }
  }
  const demo = await visit(demoUrl, [observeLayoutShift, watchDemoWidgets]);
  const [demoCold, demoRevisit] = [Math.max(...demo.cold), Math.max(...demo.revisit)];
  rows.push(['the whole demo page (script-tag bundle in `<head>`)', '1280 px', fixed(demoCold, 4), fixed(demoRevisit, 4), [...demo.states].join(', ')]);
  const translated = await visit(`${demoUrl}?lang=${LANGUAGE}`, [observeLayoutShift, watchDemoWidgets]);
  const [translatedCold, translatedRevisit] = [Math.max(...translated.cold), Math.max(...translated.revisit)];
  rows.push([
    `the demo page in Kazakh, its language file ${LANGUAGE_LATE_MS} ms late`,
    '1280 px',
    fixed(translatedCold, 4),
    fixed(translatedRevisit, 4),
    [...translated.states].join(', '),
  ]);
  return {
    title: 'Layout shift',
    targets: [
      {
        name: 'CLS per widget, data 400 ms late (worst widget, width and run)',
        target: `≤ ${TARGET}`,
        value: `cold ${fixed(worst.cold, 4)}, revisit ${fixed(worst.revisit, 4)}`,
        met: worst.cold <= TARGET && worst.revisit <= TARGET,
      },
      {
        name: 'CLS of the whole demo page (script-tag bundle), data 400 ms late',
        target: `≤ ${TARGET}`,
        value: `cold ${fixed(demoCold, 4)}, revisit ${fixed(demoRevisit, 4)}`,
        met: demoCold <= TARGET && demoRevisit <= TARGET,
      },
      {
        name: `CLS of the demo page in Kazakh (loaded on demand), its file ${LANGUAGE_LATE_MS} ms late`,
        target: `≤ ${TARGET}`,
        value: `cold ${fixed(translatedCold, 4)}, revisit ${fixed(translatedRevisit, 4)}`,
        met: translatedCold <= TARGET && translatedRevisit <= TARGET,
      },
    ],
    markdown: [
      `Chromium at 1280×800; each widget alone in a column of the width shown with a block of text below it, its data ${LATE_MS} ms late; the figure is the page's Cumulative Layout Shift (the sum of \`layout-shift\` entries without recent input) from before the widget is put in until its data has been on screen 500 ms, the worst of ${reps} run(s). *Cold*: a fresh browser profile; *revisit*: a reload of the same profile, the data persisted (\`configure({ persist: true })\`). The rates come from the cbr-xml-daily.ru mirror as a page with no proxy reads them (the mirror answering with \`Access-Control-Allow-Origin: *\`, the Bank of Russia refusing). The demo page (\`demo/index.html\` and its CSS) runs on the package's offline proxy, answering ${LATE_MS} ms late, with the widgets embedded as the README says: the script-tag bundle in \`<head>\`, so the elements are defined before the first paint. The same page in Kazakh loads its words from \`i18n/${LANGUAGE}.js\` beside the bundle, served ${LANGUAGE_LATE_MS} ms late, after the data: meanwhile each widget keeps its space in English, hidden. (A script that runs after the first paint — a module script, as \`npm start\` serves the demo — adds each widget to a page already painted, a shift no widget can prevent before its code has run.)`,
      '',
      table(['widget', 'column', 'CLS cold', 'CLS revisit', 'final state'], rows, ['---', '---:', '---:', '---:', '---']),
    ].join('\n'),
  };
}
