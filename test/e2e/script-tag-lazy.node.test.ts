// The script-tag bundle with data-loading="lazy": a page of widgets far down asks for nothing until
// the reader scrolls near them, then once per document (issue 27, item 2).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { fixtureAnswer, launchChromium, scriptTagBundle, servePages } from './browser.js';

const SHEET = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

/** A page with the bundle, `loading` on its script tag (or none), a table at the top and a table and a converter 4,000 px down. */
const page = (loading: string | null) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lazy</title>
<script src="/sco-widgets.min.js"${loading === null ? '' : ` data-loading="${loading}"`}></script></head>
<body><sco-currency-table id="top" src="/fx/top.xml" currencies="CNY"></sco-currency-table>
<div style="height: 4000px"></div>
<sco-currency-table id="far" src="${SHEET}" currencies="CNY,KZT"></sco-currency-table>
<sco-currency-converter id="converter" src="${SHEET}"></sco-currency-converter></body></html>`;

let server: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;

before(async () => {
  const bundle = await scriptTagBundle();
  server = await servePages((url) => {
    if (url.pathname === '/') return { body: page(url.searchParams.get('loading')), headers: { 'content-type': 'text/html; charset=utf-8' } };
    if (url.pathname === '/sco-widgets.min.js') return { body: bundle, headers: { 'content-type': 'text/javascript' } };
    // The table at the top reads the same sheet under another name: its request is told apart.
    return fixtureAnswer(url.pathname === '/fx/top.xml' ? SHEET : url.pathname, { 'content-type': 'application/xml' });
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const stateOf = (tab: Page, id: string) => tab.locator(`#${id}`).getAttribute('state');

async function open(loading: string | null) {
  const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const requested: string[] = [];
  tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await tab.goto(`${server.origin}/${loading === null ? '' : `?loading=${loading}`}`);
  await tab.waitForFunction(() => document.querySelector('#top')?.getAttribute('state') === 'ready');
  // Two frames after the table at the top is drawn: every observer has had its first report.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { tab, sheetRequests: () => requested.filter((path) => path === SHEET).length };
}

describe('<script data-loading="lazy">', () => {
  it('widgets far down ask for nothing until the reader scrolls near them, then make one request for their shared document', async () => {
    const { tab, sheetRequests } = await open('lazy');
    assert.equal(sheetRequests(), 0);
    assert.equal(await stateOf(tab, 'far'), 'loading');
    await tab.locator('#far').scrollIntoViewIfNeeded();
    await tab.waitForFunction(() => ['far', 'converter'].every((id) => document.getElementById(id)?.getAttribute('state') === 'ready'));
    assert.equal(sheetRequests(), 1);
    assert.equal(
      await tab.evaluate(() => document.getElementById('far')!.shadowRoot!.querySelector('[data-code="CNY"] [part~="rate"]')?.textContent),
      '11.2726',
    );
    await tab.close();
  });

  it('without it (or with data-loading="eager") every widget loads at once', async () => {
    for (const loading of [null, 'eager']) {
      const { tab, sheetRequests } = await open(loading);
      await tab.waitForFunction(() => document.getElementById('far')?.getAttribute('state') === 'ready');
      assert.equal(sheetRequests(), 1, String(loading));
      await tab.close();
    }
  });
});
