// `npm run build:demo` and nothing else: demo-dist/ served by a plain static file server on
// loopback, below a sub-path as a project page would be, with no dev server and no proxy. Both
// pages must work there on the data they carry, and no request may leave for another host.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, servePages } from './browser.js';

const DIST = fileURLToPath(new URL('../../demo-dist/', import.meta.url));
const BASE = '/some/project/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

let server: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;

before(async () => {
  execFileSync('npm', ['run', '--silent', 'build:demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Files as they are, by path: what any static host does.
  server = await servePages(async (url) => {
    if (!url.pathname.startsWith(BASE) || url.pathname.includes('..')) return undefined;
    const path = url.pathname.slice(BASE.length) || 'index.html';
    return readFile(DIST + path).then(
      (body) => ({ body, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } }),
      () => undefined,
    );
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A page of the static demo; `foreign` collects every request to anything but this server. */
async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin)) foreign.push(r.url());
  });
  await page.goto(`${server.origin}${BASE}${path}`);
  return { page, errors, foreign };
}

const widgetStates = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('sco-')).map((el) => `${el.localName}:${el.getAttribute('state')}`),
  );

describe('the static demo (npm run build:demo)', () => {
  it('carries the script-tag bundle beside the pages, and a note on pointing them at a live proxy', async () => {
    const bundle = await readFile(`${DIST}sco-widgets.min.js`, 'utf8');
    assert.ok(bundle.includes('sco-currency-table'));
    assert.match(await readFile(`${DIST}README.md`, 'utf8'), /builder\.html\?proxy=/);
  });

  it('runs the builder with no dev server: a preview on the carried data, controls and snippets', async () => {
    const { page, errors, foreign } = await open('builder.html');
    const ready = () =>
      page.waitForFunction(() => document.querySelector('[data-preview] > *')?.getAttribute('state') === 'ready', undefined, { timeout: 15000 });
    await ready();
    await page.check('[name=show-change]');
    await page.fill('[name=currencies]', 'CNY,KZT');
    await ready();
    const rows = await page.locator('[data-preview] sco-currency-table').evaluate((el) => el.shadowRoot!.querySelectorAll('tr[part~=row]').length);
    assert.equal(rows, 2);
    assert.match(await page.locator('[data-snippet=html]').innerText(), /<sco-currency-table currencies="CNY,KZT" show-change><\/sco-currency-table>/);
    const tags = await page.locator('select[name=widget] option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    for (const tag of tags) {
      await page.selectOption('select[name=widget]', tag);
      await page.waitForFunction(
        (tag) => {
          const el = document.querySelector('[data-preview] > *');
          return el?.localName === tag && el.getAttribute('state') === 'ready';
        },
        tag,
        { timeout: 15000 },
      );
    }
    await page.click('a[href="./index.html"]');
    await page.waitForURL(`${server.origin}${BASE}index.html`);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });

  it('runs the sidebar page, every widget ready, and links to the builder', async () => {
    const { page, errors, foreign } = await open('');
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('sco-')).every((el) => el.getAttribute('state') === 'ready'),
        undefined,
        { timeout: 20000 },
      )
      .catch(async () => assert.fail(`not every widget is ready: ${(await widgetStates(page)).join(', ')}`));
    assert.equal(await page.locator('a[href="./builder.html"]').count(), 1);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  });
});
