// The saved-file test: a page a site owner saved to disk and opened from file://, holding only the
// script tag (the single-file bundle, built as `npm run build` builds it) and a currency table. With
// no proxy and no server of its own it must show real rates: the browser meets the two hosts as on
// the internet — the Bank of Russia refuses (a failed request, as a CORS refusal is), the
// cbr-xml-daily.ru mirror answers with `Access-Control-Allow-Origin: *` — the mirror's documents
// served from a loopback server. Nothing else may leave the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { fixtureAnswer, launchChromium, scriptTagBundle, servePages } from './browser.js';

const MIRROR_FILES: Record<string, string> = {
  '/daily_json.js': '/fx/cbr-xml-daily/daily_json_2022-02-03.json',
  '/archive/2022/02/03/daily_json.js': '/fx/cbr-xml-daily/daily_json_2022-02-03.json',
};

const savedPage = (table: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>My page</title><script src="sco-widgets.min.js"></script></head>
<body><h1>My page</h1>${table}<p>Below the table.</p></body>
</html>`;

let folder: string;
let mirror: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sco-saved-'));
  await writeFile(join(folder, 'sco-widgets.min.js'), await scriptTagBundle());
  await writeFile(join(folder, 'rates.html'), savedPage('<sco-currency-table show-change></sco-currency-table>'));
  await writeFile(join(folder, 'dated.html'), savedPage('<sco-currency-table date="2022-02-03"></sco-currency-table>'));
  await writeFile(join(folder, 'chart.html'), savedPage('<sco-rate-chart code="CNY"></sco-rate-chart>'));
  mirror = await servePages((url) =>
    MIRROR_FILES[url.pathname] ? fixtureAnswer(MIRROR_FILES[url.pathname], { 'content-type': 'application/javascript; charset=utf-8' }) : undefined,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  mirror?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Opens a saved page with the internet emulated; what it asked for. */
async function open(file: string) {
  const context = await browser.newContext();
  const asked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:') return route.continue();
    asked.push(url.href);
    if (url.hostname === 'www.cbr-xml-daily.ru') {
      const answer = await route.fetch({ url: `${mirror.origin}${url.pathname}` });
      return route.fulfill({ response: answer, headers: { ...answer.headers(), 'access-control-allow-origin': '*' } });
    }
    // The Bank of Russia (and anything else): the request fails, as a CORS refusal looks to a page.
    return route.abort('failed');
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(folder, file)).href);
  return { page, asked, close: () => context.close() };
}

describe('a saved page opened from file://, only the script tag and the widget', () => {
  it('<sco-currency-table show-change> shows the Bank of Russia’s rates from the mirror, with the change column', async () => {
    const { page, asked, close } = await open('rates.html');
    try {
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('sco-currency-table')?.getAttribute('state') ?? ''), null, {
        timeout: 15_000,
      });
      // What a reader sees: the parts outside the invisible stand-in that kept the table's space.
      const table = await page.evaluate(() => {
        const root = document.querySelector('sco-currency-table')!.shadowRoot!;
        const [caption, rows, quoted, changes] = ['[part~="caption"]', '[part~="row"]', '[part~="row"]:not([part~="missing"])', '[part~="change"]'].map(
          (selector) => [...root.querySelectorAll(selector)].filter((el) => !el.closest('.placeholder')),
        );
        return {
          state: document.querySelector('sco-currency-table')!.getAttribute('state'),
          caption: caption[0]?.textContent,
          rows: rows.length,
          quoted: quoted.length,
          changes: changes.length,
          cny: root.querySelector('[data-code="CNY"] [part~="rate"]')?.textContent,
        };
      });
      assert.equal(table.state, 'ready');
      assert.equal(table.caption, 'Official rates of the Bank of Russia for 03.02.2022 (via cbr-xml-daily.ru)');
      assert.ok(table.rows > 5, `${table.rows} rows`);
      // A change for every quoted currency (a currency the sheet lacks is one "not quoted" cell).
      assert.equal(table.changes, table.quoted);
      assert.ok(table.quoted > 5, `${table.quoted} quoted`);
      assert.equal(table.cny, '12.0240');
      assert.deepEqual(asked, ['https://www.cbr-xml-daily.ru/daily_json.js']);
    } finally {
      await close();
    }
  });

  it('date="2022-02-03" reads the mirror’s archive for that day', async () => {
    const { page, asked, close } = await open('dated.html');
    try {
      await page.waitForFunction(() => document.querySelector('sco-currency-table')?.getAttribute('state') === 'ready', null, { timeout: 15_000 });
      assert.deepEqual(asked, ['https://www.cbr-xml-daily.ru/archive/2022/02/03/daily_json.js']);
    } finally {
      await close();
    }
  });

  it('<sco-rate-chart> says it needs a proxy (data-proxy), and asks nothing of the Bank', async () => {
    const { page, asked, close } = await open('chart.html');
    try {
      await page.waitForFunction(() => document.querySelector('sco-rate-chart')?.getAttribute('state') === 'error', null, { timeout: 15_000 });
      const message = await page.evaluate(() => document.querySelector('sco-rate-chart')!.shadowRoot!.querySelector('[part~="status"]')!.textContent);
      assert.match(message ?? '', /needs a proxy.*data-proxy/);
      assert.deepEqual(asked, []);
    } finally {
      await close();
    }
  });
});
