// The embed builder as `npm start` serves it (/builder.html), driven in Chromium through the names
// and data attributes a site owner's tools would use: a control named after every attribute of every
// widget in the manifest, the preview and the snippets following the controls, the HTML snippet
// rebuilding the same element on a blank page, the copy buttons, the keyboard, axe, Russian.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { analyzedManifest } from '../../demo/builder/manifest-plugin.js';
import { widgetsOf, type Widget } from '../../demo/builder/manifest.js';
import { createProxy } from '../../src/proxy/index.js';
import { toNodeListener } from '../../src/proxy/node.js';
import type { AddressInfo } from 'node:net';
import { scriptTagBundle, servePages, startDemo } from './browser.js';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let origin: string;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let widgets: Widget[];

before(async () => {
  ({ origin, browser, stop } = await startDemo());
  // What `npm run analyze` writes, made independently of the page.
  widgets = widgetsOf(await analyzedManifest());
});

after(() => stop?.());

/** The builder in a fresh context, its first preview past loading; `errors` collects page errors. */
async function openBuilder(options: { colorScheme?: 'light' | 'dark'; context?: BrowserContext } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = options.context
    ? await options.context.newPage()
    : await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: options.colorScheme ?? 'light', locale: 'en-GB' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/builder.html`);
  await settled(page);
  return { page, errors };
}

/** The preview's widget is defined, rendered and no longer loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const widget = document.querySelector('[data-preview] > *');
      return !!widget?.shadowRoot && !!widget.getAttribute('state') && widget.getAttribute('state') !== 'loading';
    },
    undefined,
    { timeout: 15000 },
  );
}

/** The preview element's attributes, as name → value. */
const previewAttributes = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelector('[data-preview] > *')!.attributes].map((a) => [a.name, a.value])));

const snippet = (page: Page, kind: string): Promise<string> => page.locator(`[data-snippet="${kind}"]`).innerText();

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: { target: unknown[]; failureSummary: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary.replace(/\s+/g, ' ')}`));
  });
}

describe('the embed builder', () => {
  it('offers every widget of the manifest, and a labelled control named after each of its attributes and custom properties', async () => {
    const { page, errors } = await openBuilder();
    const offered = await page.locator('select[name=widget] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual([...offered].sort(), widgets.map((w) => w.tag).sort());
    assert.ok(widgets.length >= 7, `the manifest lists the widgets (${widgets.length})`);
    for (const widget of widgets) {
      await page.selectOption('select[name=widget]', widget.tag);
      await settled(page);
      const names = [...widget.attributes.map((a) => a.name), ...(widget.cssProperties ?? []).map((p) => p.name)];
      assert.ok(names.length > 3, `${widget.tag} has attributes in the manifest`);
      const missing = await page.evaluate((names) => {
        return names.filter((name) => {
          const controls = [...document.querySelectorAll<HTMLInputElement>('[name]')].filter((el) => el.getAttribute('name') === name);
          return controls.length !== 1 || !controls[0].labels?.length || !controls[0].labels[0].textContent?.trim();
        });
      }, names);
      assert.deepEqual(missing, [], `${widget.tag}: attributes without exactly one labelled control`);
      assert.equal(await page.locator('[data-preview] > *').evaluate((el) => el.localName), widget.tag);
    }
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('gives enumerations a select of their values, booleans a checkbox and ISO codes and zones pickers', async () => {
    const { page } = await openBuilder();
    const kind = (name: string) => page.locator(`[name="${name}"]`).evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.localName));
    const options = (name: string) => page.locator(`select[name="${name}"] option`).evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    assert.equal(await kind('show-change'), 'checkbox');
    assert.equal(await kind('base'), 'select');
    assert.ok((await options('base')).includes('KZT'));
    assert.deepEqual(await options('theme'), ['', 'light', 'dark']);
    assert.ok((await options('locale')).includes('ru'));
    await page.selectOption('select[name=widget]', 'sco-capital-clocks');
    // Type aliases in the manifest (`ClockFace`, `StateSelection`) are spelled out as their values.
    assert.deepEqual(await options('face'), ['digital', 'analog']);
    assert.deepEqual(await options('group'), ['members', 'partners', 'all']);
    await page.selectOption('select[name=widget]', 'sco-clock');
    assert.equal(await kind('zone'), 'select');
    assert.ok((await options('zone')).includes('Asia/Tashkent'));
    await page.close();
  });

  it('updates the preview element and the HTML snippet when a boolean, an enumeration and a text control change', async () => {
    const { page, errors } = await openBuilder();
    assert.equal(Object.hasOwn(await previewAttributes(page), 'show-change'), false);
    assert.match(await snippet(page, 'html'), /<sco-currency-table><\/sco-currency-table>/);

    await page.check('[name=show-change]');
    await page.selectOption('[name=theme]', 'dark');
    await page.fill('[name=currencies]', 'CNY,KZT,UZS');
    await settled(page);
    const attributes = await previewAttributes(page);
    assert.equal(attributes['show-change'], '');
    assert.equal(attributes.theme, 'dark');
    assert.equal(attributes.currencies, 'CNY,KZT,UZS');
    assert.match(await snippet(page, 'html'), /<sco-currency-table currencies="CNY,KZT,UZS" show-change theme="dark"><\/sco-currency-table>/);
    assert.match(await snippet(page, 'jsx'), /<sco-currency-table currencies="CNY,KZT,UZS" show-change theme="dark" \/>/);
    assert.match(await snippet(page, 'module'), /^import 'sco-widgets\/currency-table';/);
    const rows = await page
      .locator('[data-preview] sco-currency-table')
      .evaluate((el) => [...el.shadowRoot!.querySelectorAll('tr[part~=row]')].map((r) => r.getAttribute('data-code')));
    assert.deepEqual(rows, ['CNY', 'KZT', 'UZS']);

    // Back at their defaults, they leave the element.
    await page.uncheck('[name=show-change]');
    await page.selectOption('[name=theme]', '');
    await page.fill('[name=currencies]', '');
    assert.match(await snippet(page, 'html'), /<sco-currency-table><\/sco-currency-table>/);
    assert.equal(Object.hasOwn(await previewAttributes(page), 'show-change'), false);

    // A default typed out is no change either; an enumeration of an alias type (`TickerMode`).
    await page.selectOption('select[name=widget]', 'sco-headline-ticker');
    await page.fill('[name=limit]', '10');
    await page.selectOption('[name=mode]', 'list');
    await settled(page);
    assert.doesNotMatch(await snippet(page, 'html'), /limit=/);
    assert.match(await snippet(page, 'html'), / mode="list"/);
    assert.equal((await previewAttributes(page)).mode, 'list');
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('writes the chosen custom properties as CSS, and the preview wears them', async () => {
    const { page } = await openBuilder();
    await page.fill('[name="--sco-accent-color"]', '#8a1538');
    assert.equal(await snippet(page, 'css'), 'sco-currency-table {\n  --sco-accent-color: #8a1538;\n}');
    const accent = await page.locator('[data-preview] > *').evaluate((el) => getComputedStyle(el).getPropertyValue('--sco-accent-color').trim());
    assert.equal(accent, '#8a1538');
    await page.close();
  });

  it('rebuilds the preview’s element on a blank page from the HTML snippet and the bundle, live through a proxy', async () => {
    // A proxy on loopback (offline: the shipped snapshots), entered into the builder as a site owner would.
    const proxy: Server = createHttpServer(toNodeListener(createProxy({ offline: true })));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const template = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/?url={url}`;
    const bundle = await scriptTagBundle();
    let pasted = '';
    const blank = await servePages((url) => {
      if (url.pathname === '/')
        return {
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${pasted}</body></html>`,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        };
      if (url.pathname === '/sco-widgets.min.js') return { body: bundle, headers: { 'content-type': 'text/javascript' } };
      return undefined;
    });
    try {
      const { page, errors } = await openBuilder();
      await page.fill('[name=proxy]', template);
      await page.press('[name=proxy]', 'Tab');
      await page.fill('[name=currencies]', 'CNY,KZT,UZS');
      await page.check('[name=flags]');
      await page.selectOption('[name=base]', 'CNY');
      await page.selectOption('[name=locale]', 'ru');
      await page.selectOption('[name=dir]', 'rtl');
      await settled(page);
      const html = await snippet(page, 'html');
      assert.ok(html.includes(`data-proxy="${template}"`), html);
      const preview = await previewAttributes(page);
      assert.equal(preview.state, 'ready');

      /** The snippet pasted as it is, but for the CDN address (this machine reaches loopback only). */
      const paste = async (tag: string, html: string) => {
        const cdn = html.match(/<script src="([^"]+)"/)![1];
        assert.match(cdn, /^https:\/\/unpkg\.com\/sco-widgets@\d+\.\d+\.\d+\/dist\/sco-widgets\.min\.js$/);
        pasted = html.replace(cdn, '/sco-widgets.min.js');
        const other = await browser.newPage();
        const requests: string[] = [];
        other.on('request', (r) => requests.push(r.url()));
        await other.goto(blank.origin);
        await other.waitForFunction((tag) => ['ready', 'error'].includes(document.querySelector(tag)?.getAttribute('state') ?? ''), tag, { timeout: 15000 });
        const rebuilt = await other.evaluate((tag) => Object.fromEntries([...document.querySelector(tag)!.attributes].map((a) => [a.name, a.value])), tag);
        await other.close();
        return { rebuilt, requests };
      };
      const table = await paste('sco-currency-table', html);
      assert.deepEqual(table.rebuilt, preview);
      assert.ok(
        table.requests.some((url) => url.startsWith(template.split('?')[0])),
        'the pasted page reads through the proxy it names',
      );

      // Text that HTML must escape survives the trip.
      await page.selectOption('select[name=widget]', 'sco-clock');
      await page.selectOption('[name=zone]', 'Asia/Tashkent');
      await page.fill('[name=label]', 'Tom "&" <Jerry> &amp;');
      await page.check('[name=seconds]');
      await settled(page);
      const clock = await previewAttributes(page);
      assert.equal(clock.label, 'Tom "&" <Jerry> &amp;');
      assert.deepEqual((await paste('sco-clock', await snippet(page, 'html'))).rebuilt, clock);
      await page.close();
      assert.deepEqual(errors, []);
    } finally {
      blank.close();
      proxy.close();
    }
  });

  it('copies each snippet to the clipboard, with a visible and announced confirmation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page, errors } = await openBuilder({ context });
    await page.check('[name=show-change]');
    for (const kind of ['html', 'module', 'jsx', 'css']) {
      const button = page.locator(`button[data-copy="${kind}"]`);
      await button.click();
      const status = page.locator(`[data-snippet="${kind}"] ~ [role=status]`);
      await page.waitForFunction((kind) => !!document.querySelector(`[data-snippet="${kind}"] ~ [role=status]`)?.textContent?.trim(), kind);
      assert.match(await status.innerText(), /copied/i);
      assert.match(await button.innerText(), /Copied/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet(page, kind));
    }
    await context.close();
    assert.deepEqual(errors, []);
  });

  it('is used with the keyboard alone: choose a widget, set a boolean, copy', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page } = await openBuilder({ context });
    const focusTo = async (selector: string) => {
      for (let i = 0; i < 200; i++) {
        if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`Tab never reached ${selector}`);
    };
    await focusTo('select[name=widget]');
    const tags = await page.locator('select[name=widget] option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    const shown = (tag: string) => page.waitForFunction((tag) => document.querySelector('[data-preview] > *')?.localName === tag, tag);
    // A closed select takes the arrow keys: to the next widget and back to the table.
    const last = tags.indexOf('sco-currency-table') === tags.length - 1;
    await page.keyboard.press(last ? 'ArrowUp' : 'ArrowDown');
    await shown(tags[tags.indexOf('sco-currency-table') + (last ? -1 : 1)]);
    await page.keyboard.press(last ? 'ArrowDown' : 'ArrowUp');
    await shown('sco-currency-table');
    await focusTo('input[type=checkbox]');
    const name = await page.evaluate(() => document.activeElement!.getAttribute('name'));
    await page.keyboard.press('Space');
    assert.ok((await snippet(page, 'html')).includes(` ${name}`), `Space on ${name} sets it`);
    await focusTo('button[data-copy=html]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('[data-snippet=html] ~ [role=status]')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet(page, 'html'));
    await context.close();
  });

  for (const [ui, scheme] of [
    ['en', 'light'],
    ['ru', 'dark'],
  ] as const) {
    it(`has no axe violations (${ui}, ${scheme}) with each widget in the preview`, async () => {
      const { page, errors } = await openBuilder({ colorScheme: scheme });
      await page.selectOption('select[name=ui-language]', ui);
      assert.equal(await page.evaluate(() => document.documentElement.lang), ui);
      const report: string[] = [];
      for (const widget of ui === 'en' ? widgets : widgets.slice(0, 2)) {
        await page.selectOption('select[name=widget]', widget.tag);
        await settled(page);
        await page.waitForTimeout(200);
        report.push(...(await axeViolations(page)).map((line) => `${widget.tag}: ${line}`));
      }
      await page.close();
      assert.deepEqual(report, []);
      assert.deepEqual(errors, []);
    });
  }

  it('speaks Russian: its own words change, the manifest’s descriptions stay marked as English', async () => {
    const { page } = await openBuilder();
    const heading = () => page.locator('h1').innerText();
    const english = await heading();
    await page.selectOption('select[name=ui-language]', 'ru');
    assert.notEqual(await heading(), english);
    assert.match(await heading(), /Конструктор/);
    assert.match(await page.locator('button[data-copy=html]').innerText(), /Копировать/);
    assert.equal(await page.locator('label[for=control-show-change] [lang=en]').count(), 1);
    await page.close();
  });
});
