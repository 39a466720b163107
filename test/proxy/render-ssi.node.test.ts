// Server-side includes of /render/<tag>: a page server that does what nginx's `ssi on;` does with
// `<!--#include virtual="/render/…"-->` (a subrequest to the proxy, its body in place of the
// directive), and Chromium, with JavaScript off, reading the widgets from the page it serves.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { createProxy } from '../../src/proxy/index.js';
import { toNodeListener } from '../../src/proxy/node.js';
import { launchChromium } from '../e2e/browser.js';

const PAGE = `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Курсы</title></head>
<body>
<aside>
<!--#include virtual="/render/sco-currency-table?lang=ru&currencies=CNY,INR,KZT" -->
<!--#include virtual="/render/sco-clock?zone=Asia/Almaty&label=Астана&lang=ru" -->
</aside>
</body>
</html>`;

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

let proxyServer: Server;
let pageServer: Server;
let page: string;
let browser: Browser;
const included: string[] = [];

before(async () => {
  proxyServer = createServer(toNodeListener(createProxy({ offline: true, render: true })));
  const proxy = await listen(proxyServer);
  // What nginx does for `location / { ssi on; }` with `location /render/ { proxy_pass <proxy>; }`.
  pageServer = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    void (async () => {
      let html = PAGE;
      for (const [directive, path] of PAGE.matchAll(/<!--#include virtual="([^"]+)"\s*-->/g)) {
        included.push(path!);
        const response = await fetch(proxy + path);
        html = html.replace(directive, response.ok ? await response.text() : '[an error occurred while processing the directive]');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(html);
    })();
  });
  page = await listen(pageServer);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([close(pageServer), close(proxyServer)]);
});

describe('<!--#include virtual="/render/…"--> on a page server', () => {
  it('puts the widgets in the page: with no script, the reader sees the rates and the time', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      const response = await tab.goto(`${page}/`);
      assert.equal(response?.status(), 200);
      assert.deepEqual(included, ['/render/sco-currency-table?lang=ru&currencies=CNY,INR,KZT', '/render/sco-clock?zone=Asia/Almaty&label=Астана&lang=ru']);
      const seen = await tab.evaluate(() => {
        const table = document.querySelector('sco-currency-table');
        const clock = document.querySelector('sco-clock');
        return {
          state: table?.getAttribute('state'),
          rows: [...(table?.shadowRoot?.querySelectorAll('tr[data-code]') ?? [])].map((row) => row.getAttribute('data-code')),
          caption: table?.shadowRoot?.querySelector('caption')?.textContent?.trim(),
          clock: clock?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
          seeds: document.querySelectorAll('script[data-sco-seed]').length,
          defined: typeof customElements.get('sco-currency-table'),
        };
      });
      assert.equal(seen.state, 'ready');
      assert.deepEqual(seen.rows, ['CNY', 'INR', 'KZT']);
      assert.match(seen.caption ?? '', /21\.08\.2021/);
      assert.match(seen.clock ?? '', /Астана/);
      assert.equal(seen.seeds, 1, 'the table’s data for the script that would take it over');
      assert.equal(seen.defined, 'undefined', 'no script ran: what the reader sees is the included HTML');
      const box = await tab.locator('sco-currency-table').boundingBox();
      assert.ok(box && box.height > 50, `the table takes its space (${box?.height} px)`);
    } finally {
      await context.close();
    }
  });
});
