// A site owner's page at its strictest: only the script tag and the elements, served from
// 127.0.0.1 with a Content-Security-Policy that forbids inline scripts and styles and enforces
// Trusted Types. Every widget must render, and the browser must report no violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { fixtureAnswer, launchChromium, scriptTagBundle, servePages } from './browser.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const WIDGETS = {
  'sco-currency-table':
    '<sco-currency-table src="/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml" show-change flags currencies="CNY,KZT,PKR"></sco-currency-table>',
  'sco-currency-converter': '<sco-currency-converter src="/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml"></sco-currency-converter>',
  'sco-rate-chart': '<sco-rate-chart src="/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml" code="CNY"></sco-rate-chart>',
  // HTML named references (`&rarr; &hearts;`) are read by the browser's own parser, under Trusted Types.
  'sco-headline-ticker': '<sco-headline-ticker src="/fx/written/escaped-markup.rss" mode="list"></sco-headline-ticker>',
  'sco-clock': '<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh" face="analog" seconds></sco-clock>',
  'sco-capital-clocks': '<sco-capital-clocks group="all" show-offset show-date show-daynight></sco-capital-clocks>',
  'sco-member-states': '<sco-member-states as-of="2020-01-13"></sco-member-states>',
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict page</title>
<script src="/probe.js"></script>
<script src="/sco-widgets.min.js"></script></head>
<body><main><h1>Strict page</h1>
${Object.values(WIDGETS).join('\n')}
</main></body></html>`;

// Listens for violations before anything else runs; a file, since inline script is forbidden here.
const probe = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '')));`;

let server: Awaited<ReturnType<typeof servePages>>;
let origin: string;
let browser: Browser;

before(async () => {
  const script = await scriptTagBundle();
  const types = { '/': 'text/html; charset=utf-8', '/probe.js': 'text/javascript', '/sco-widgets.min.js': 'text/javascript' };
  const bodies: Record<string, string> = { '/': page, '/probe.js': probe, '/sco-widgets.min.js': script };
  server = await servePages(
    (url) =>
      url.pathname in bodies
        ? { body: bodies[url.pathname], headers: { 'content-type': types[url.pathname as keyof typeof types] } }
        : fixtureAnswer(url.pathname),
    { 'Content-Security-Policy': CSP },
  );
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('a strict-CSP page with Trusted Types enforced', () => {
  it('renders every widget with no violation and no uncaught error', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && /Content Security Policy|Trusted Type/i.test(m.text()) && errors.push(m.text()));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot && !['loading', null].includes(document.querySelector(t)!.getAttribute('state'))),
      Object.keys(WIDGETS),
      { timeout: 15000 },
    );
    const report = await tab.evaluate((tags) => {
      return tags.map((t) => {
        const el = document.querySelector(t)!;
        return { tag: t, defined: !!customElements.get(t), state: el.getAttribute('state'), parts: el.shadowRoot!.querySelectorAll('[part]').length };
      });
    }, Object.keys(WIDGETS));
    for (const widget of report) {
      assert.ok(widget.defined, `${widget.tag} is defined`);
      assert.equal(widget.state, 'ready', `${widget.tag} state`);
      assert.ok(widget.parts > 1, `${widget.tag} rendered its parts`);
    }
    const headlines = await tab.evaluate(() => document.querySelector('sco-headline-ticker')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(headlines, /Next → ♥ λ ∀/);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
