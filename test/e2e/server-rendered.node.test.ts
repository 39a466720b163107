// A page built on a server (sco-widgets/ssr): every widget's content is there with scripts off, at
// the height the browser-drawn widget has; with the script-tag bundle the widgets are taken over
// (state ready, no console error, no layout shift, the server's text, no second request for the
// seeded data, clocks ticking on); under a strict CSP with a nonce nothing is refused. So too for
// readers who prefer less motion, and on a page in a language loaded on demand, whose widgets stay
// in sight while its file is on its way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { renderPage } from '../../src/ssr/index.js';
import { fixtureAnswer, launchChromium, scriptTagBundle, servePages } from './browser.js';
import { SOURCE_CONDITION } from '../../scripts/source-condition.mjs';
import { terse } from '../../scripts/terse.mjs';

const widgets = (origin: string) => `
<sco-currency-table src="${origin}/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml" show-change flags currencies="CNY,KZT,PKR"></sco-currency-table>
<sco-currency-converter src="${origin}/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml"></sco-currency-converter>
<sco-rate-chart src="${origin}/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml" code="CNY"></sco-rate-chart>
<sco-headline-ticker src="${origin}/fx/written/escaped-markup.rss" mode="list"></sco-headline-ticker>
<sco-headline-ticker src="${origin}/fx/written/escaped-markup.rss" mode="rotate"></sco-headline-ticker>
<sco-headline-ticker src="${origin}/fx/written/escaped-markup.rss" mode="scroll"></sco-headline-ticker>
<sco-clock zone="Asia/Phnom_Penh" label="Phnom Penh" seconds></sco-clock>
<sco-clock zone="Asia/Tokyo" face="analog" seconds></sco-clock>
<sco-capital-clocks show-offset show-date show-daynight></sco-capital-clocks>
<sco-member-states as-of="2020-01-13"></sco-member-states>`;

const COUNT = 10;
const TAGS = ['sco-currency-table', 'sco-currency-converter', 'sco-rate-chart', 'sco-headline-ticker', 'sco-clock', 'sco-capital-clocks', 'sco-member-states'];

const page = (body: string, head = '', lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Server-rendered</title>${head}
<style nonce="n0nce">body { width: 640px; margin: 8px; font: 16px sans-serif }</style></head><body><main>${body}</main></body></html>`;

// Layout shifts and console messages, heard from the first moment (a file: the strict page allows no inline script).
const probe = `window.shifts = []; window.violations = [];
const named = (node) => (node?.getRootNode().host?.localName ?? '') + ' ' + (node?.nodeName ?? '?') + ' ' + (node?.getAttribute?.('part') ?? node?.className ?? '');
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ at: e.startTime, value: e.value, moved: e.sources.map((s) => named(s.node) + ' ' + s.previousRect.y + '→' + s.currentRect.y + ' h' + s.previousRect.height + '→' + s.currentRect.height + ' x' + s.previousRect.x + '→' + s.currentRect.x) }); }).observe({ type: 'layout-shift', buffered: true });
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.unseen = []; const look = () => { for (const w of document.querySelectorAll('main > [state]')) if (!w.checkVisibility({ visibilityProperty: true })) unseen.push(w.localName); requestAnimationFrame(look); }; requestAnimationFrame(look);`;

/** What the bundle loads from beside itself (the code that takes over a server-rendered widget, a language), as scripts/build.mjs builds it. */
async function besideTheScript(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    conditions: [SOURCE_CONDITION],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'warning',
  });
  return (await terse(result.outputFiles[0]!.text)).code;
}

let server: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;
const bodies: Record<string, string> = {};
const hits = new Map<string, number>();
/** The Kazakh words are held back until the test lets them go. */
let releaseLanguage = () => {};
const languageHeld = new Promise<void>((resolve) => (releaseLanguage = resolve));
/** The widgets as the page shows them with scripts off. */
let withoutScript: Awaited<ReturnType<typeof measure>>;

before(async () => {
  bodies['/probe.js'] = probe;
  // The browser asks for one after the page has loaded; a 404 would be a console error.
  bodies['/favicon.ico'] = '';
  bodies['/sco-widgets.min.js'] = await scriptTagBundle();
  bodies['/hydration.js'] = await besideTheScript('src/elements/shared/hydration.ts');
  bodies['/i18n/kk.js'] = await besideTheScript('src/i18n/languages/kk.ts');
  server = await servePages(
    async (url) => {
      hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
      if (url.pathname.startsWith('/i18n/')) await languageHeld;
      const body = bodies[url.pathname];
      if (body === undefined) return fixtureAnswer(url.pathname, { 'access-control-allow-origin': '*' });
      return { body, headers: { 'content-type': url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' } };
    },
    { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-n0nce'" },
  );
  const rendered = await renderPage(widgets(server.origin), { lang: 'en', nonce: 'n0nce' });
  bodies['/server.html'] = page(rendered, '<script src="/probe.js"></script>');
  bodies['/hydrated.html'] = page(rendered, '<script src="/probe.js"></script><script src="/sco-widgets.min.js" defer></script>');
  // The bundle alone in its folder: no hydration.js beside it.
  bodies['/alone/sco-widgets.min.js'] = bodies['/sco-widgets.min.js'];
  bodies['/alone.html'] = page(rendered, '<script src="/probe.js"></script><script src="/alone/sco-widgets.min.js" defer></script>');
  bodies['/client.html'] = page(widgets(server.origin), '<script src="/sco-widgets.min.js"></script>');
  // No probe: its frame loop would be counted among the timers the widgets leave behind.
  bodies['/removed.html'] = page(rendered, '<script src="/sco-widgets.min.js" defer></script>');
  const kazakh = await renderPage(widgets(server.origin), { lang: 'kk', nonce: 'n0nce' });
  bodies['/kk.html'] = page(kazakh, '<script src="/probe.js"></script><script src="/sco-widgets.min.js" defer></script>', 'kk');
  browser = await launchChromium();
});

after(async () => {
  releaseLanguage();
  await browser?.close();
  server?.close();
});

/** Each widget's height, text and hidden table rows, in document order. */
const measure = (tab: Page) =>
  tab.evaluate((tags) => {
    return [...document.querySelectorAll(tags.join(','))].map((el) => ({
      tag: el.localName,
      height: Math.round(el.getBoundingClientRect().height),
      // What it shows, not its style sheet (a server's, in a <style>) nor Lit's marks.
      text: [...(el.shadowRoot?.childNodes ?? [])]
        .filter((node) => node.nodeName !== 'STYLE' && node.nodeName !== '#comment')
        .map((node) => node.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      rows: el.shadowRoot?.querySelectorAll('tr').length,
      from: el.shadowRoot?.querySelector<HTMLSelectElement>('[part~="from"]')?.value,
    }));
  }, TAGS);

/** Until every widget has had its first update in the browser. */
const takenOver = (tab: Page) =>
  tab.waitForFunction((tags) => [...document.querySelectorAll<HTMLElement & { hasUpdated: boolean }>(tags.join(','))].every((el) => el.hasUpdated), TAGS, {
    timeout: 15000,
  });

/** What the probe heard on the page: the layout shift once the page is parsed, the CSP refusals, the widgets found unseen in a frame. */
const heard = (tab: Page) =>
  tab.evaluate(() => {
    type Shift = { at: number; value: number; moved: string[] };
    const { shifts: all, violations, unseen } = window as unknown as { shifts: Shift[]; violations: string[]; unseen: string[] };
    // From the end of parsing on, when the deferred bundle runs and takes the widgets over. Before
    // it, a browser may paint a table half parsed and widen its columns as the rest comes: the
    // server's HTML arriving, the same with scripts off, not what taking it over does.
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
    const after = all.filter((shift) => shift.at >= parsed);
    const during = all.length - after.length;
    const moved = after.flatMap((shift) => shift.moved).concat(during ? [`(and ${during} shift(s) while the page was parsed)`] : []);
    return { shifts: after.reduce((sum, shift) => sum + shift.value, 0), violations, unseen, moved };
  });

/**
 * Runs before the page's scripts (an init script: the strict page allows no inline one): counts the
 * timer and frame callbacks run and the fetches started once `window.counted` is set, each named by
 * the start of its function, and keeps the timers set and neither run nor cleared in `window.pending`.
 * A string, as `probe` is: the test's compiler would add helpers to a function.
 */
const countCallbacks = `const counted = (what, callback) => window.counted?.push(what + ': ' + String(callback).slice(0, 80));
const pending = (window.pending = new Map());
for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame']) {
  const native = window[name];
  window[name] = function (callback, ...rest) {
    const id = native.call(window, function (...args) {
      if (name === 'setTimeout') pending.delete(id);
      counted(name, callback);
      if (typeof callback === 'function') return callback.apply(this, args);
    }, ...rest);
    if (name !== 'requestAnimationFrame') pending.set(id, name + ': ' + String(callback).slice(0, 80));
    return id;
  };
}
for (const name of ['clearTimeout', 'clearInterval']) {
  const native = window[name];
  window[name] = function (id) { pending.delete(id); return native.call(window, id); };
}
const nativeFetch = window.fetch;
window.fetch = function (...args) { counted('fetch', args[0]); return nativeFetch.apply(this, args); };`;

/** Collects the console's errors and warnings and the page's uncaught errors. */
function listen(tab: Page): string[] {
  const messages: string[] = [];
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && messages.push(m.text()));
  tab.on('pageerror', (e) => messages.push(e.message));
  return messages;
}

describe('server-rendered widgets', () => {
  it('show their content with scripts off, at the height the browser-drawn widgets have', async () => {
    const client = await browser.newPage();
    await client.goto(`${server.origin}/client.html`);
    await client.waitForFunction((n) => document.querySelectorAll('[state="ready"]').length === n, COUNT, { timeout: 15000 });
    const drawn = await measure(client);
    await client.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/server.html`);
    const served = (withoutScript = await measure(tab));
    // The chart's line, which the server drew in a sketch that CSS stretches to the box it has no size for.
    const plot = await tab.evaluate(() => {
      const svg = document.querySelector('sco-rate-chart')!.shadowRoot!.querySelector('[part~="chart"]')!;
      const [chart, line, area] = [svg, svg.querySelector('[part~="line"]'), svg.querySelector('[part~="area"]')].map((node) => {
        const { width, height } = node?.getBoundingClientRect() ?? { width: 0, height: 0 };
        return { width, height };
      });
      return { svg: chart!, line: line!, area: area!, vertices: svg.querySelector('[part~="line"]')?.getAttribute('d')?.match(/[ML]/g)?.length };
    });
    await context.close();
    assert.equal(plot.vertices, 4, 'the chart’s line: a vertex a record');
    assert.ok(plot.svg.width > 600 && plot.svg.height > 90, `the chart's svg fills its box: ${JSON.stringify(plot.svg)}`);
    assert.ok(plot.line.width > plot.svg.width * 0.8 && plot.line.height > 10, `the line spans the chart: ${JSON.stringify(plot.line)}`);
    assert.ok(plot.area.height > plot.line.height, `the area is under the line: ${JSON.stringify(plot.area)}`);
    assert.equal(served.length, COUNT);
    for (const [i, widget] of served.entries()) {
      assert.ok(widget.text.length > 10, `${widget.tag} shows its content: ${widget.text}`);
      assert.ok(!/Loading/.test(widget.text), `${widget.tag} is not loading`);
      assert.equal(widget.height, drawn[i]!.height, `${widget.tag} ${i} is as tall as the browser draws it`);
    }
    assert.match(served[0]!.text, /Chinese Yuan/);
    assert.equal(served[1]!.from, 'CNY', 'the converter shows the currency it converts from');
    assert.equal(served[2]!.rows, 5, 'the chart’s hidden table: its head and a row a record');
  });

  it('are taken over by the script-tag bundle: ready, the same text, no shift, no second request, no console error, no CSP refusal', async () => {
    const tab = await browser.newPage();
    const messages = listen(tab);
    const before = Object.fromEntries([...hits].filter(([path]) => path.startsWith('/fx/')));
    await tab.goto(`${server.origin}/hydrated.html`);
    await tab.waitForFunction((n) => document.querySelectorAll('[state="ready"]').length === n && !!document.querySelector('sco-clock')?.hasUpdated, COUNT, {
      timeout: 15000,
    });
    await takenOver(tab);
    const loaded = await tab.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(true), 300)));
    assert.ok(loaded);
    const hydrated = await measure(tab);
    assert.deepEqual(messages, [], 'no console error or warning');
    assert.equal(hydrated[0]!.text, withoutScript[0]!.text, 'the table reads as the server wrote it');
    assert.deepEqual(
      hydrated.map((w) => [w.tag, w.height, w.rows, w.from]),
      withoutScript.map((w) => [w.tag, w.height, w.rows, w.from]),
      'as tall as the server drew them, with the same rows',
    );
    const drawn = await tab.evaluate(() => !!document.querySelector('sco-rate-chart')!.shadowRoot!.querySelector('[part~="line"]'));
    assert.ok(drawn, 'the chart draws its line in the box the server left');
    const { shifts, violations, unseen, moved } = await heard(tab);
    assert.equal(shifts, 0, `no layout shift: ${moved.join('; ')}`);
    assert.deepEqual(violations, [], 'nothing refused by the CSP');
    assert.deepEqual(unseen, [], 'every widget in sight at every frame');
    assert.deepEqual(Object.fromEntries([...hits].filter(([path]) => path.startsWith('/fx/'))), before, 'no request for seeded data');
    assert.equal(hits.get('/hydration.js'), 1, 'the hydration code came from beside the bundle');
    // A clock with seconds ticks on within 2 s.
    const time = () => tab.evaluate(() => document.querySelector('sco-clock')!.shadowRoot!.querySelector('[part~="time"]')!.textContent);
    const first = await time();
    await tab.waitForFunction((t) => document.querySelector('sco-clock')!.shadowRoot!.querySelector('[part~="time"]')!.textContent !== t, first, {
      timeout: 2000,
    });
    await tab.close();
  });

  it('are taken over as the server drew them for readers who prefer less motion: no console error, no shift', async () => {
    const still = { reducedMotion: 'reduce' } as const;
    const off = await browser.newContext({ ...still, javaScriptEnabled: false });
    const plain = await off.newPage();
    await plain.goto(`${server.origin}/server.html`);
    const served = await measure(plain);
    await off.close();
    const context = await browser.newContext(still);
    const tab = await context.newPage();
    const messages = listen(tab);
    await tab.goto(`${server.origin}/hydrated.html`);
    await takenOver(tab);
    const hydrated = await measure(tab);
    assert.deepEqual(messages, [], 'no console error or warning');
    assert.deepEqual(
      hydrated.map((w) => [w.tag, w.height]),
      served.map((w) => [w.tag, w.height]),
    );
    const { shifts, unseen, moved } = await heard(tab);
    assert.equal(shifts, 0, `no layout shift: ${moved.join('; ')}`);
    assert.deepEqual(unseen, []);
    await context.close();
  });

  it('stay in sight, in the page’s language, while the file of that language is on its way, and are taken over once it is here', async () => {
    const tab = await browser.newPage();
    const messages = listen(tab);
    const asked = tab.waitForRequest((request) => request.url().endsWith('/i18n/kk.js'));
    await tab.goto(`${server.origin}/kk.html`, { waitUntil: 'domcontentloaded' });
    await asked;
    const waiting = await tab.evaluate((tags) => {
      const widgets = [...document.querySelectorAll<HTMLElement & { hasUpdated: boolean }>(tags.join(','))];
      return widgets
        .filter((el) => el.hasUpdated || !el.checkVisibility({ visibilityProperty: true }) || el.matches(':state(translating)'))
        .map((el) => el.localName);
    }, TAGS);
    assert.deepEqual(waiting, [], 'shown as the server drew them, none taken over yet');
    const served = await measure(tab);
    assert.match(served[0]!.text, /Қытай юані/);
    releaseLanguage();
    await takenOver(tab);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const hydrated = await measure(tab);
    assert.deepEqual(messages, [], 'no console error or warning');
    assert.equal(hydrated[0]!.text, served[0]!.text, 'the table reads as the server wrote it');
    const { shifts, unseen, moved } = await heard(tab);
    assert.equal(shifts, 0, `no layout shift: ${moved.join('; ')}`);
    assert.deepEqual(unseen, [], 'every widget in sight at every frame');
    await tab.close();
  });

  it('leave no timer, frame callback or request running once removed, and tick again when put back', async () => {
    const tab = await browser.newPage();
    await tab.addInitScript({ content: countCallbacks });
    const messages = listen(tab);
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(request.url()));
    const loaded = hits.get('/hydration.js') ?? 0;
    await tab.goto(`${server.origin}/removed.html`);
    await tab.waitForFunction((n) => document.querySelectorAll('[state="ready"]').length === n, COUNT, { timeout: 15000 });
    await takenOver(tab);
    // The clocks tick: the first one's seconds move on.
    const time = () => tab.evaluate(() => document.querySelector('sco-clock')!.shadowRoot!.querySelector('[part~="time"]')!.textContent);
    const ticking = (t: string | null) =>
      tab.waitForFunction((t) => document.querySelector('sco-clock')!.shadowRoot!.querySelector('[part~="time"]')!.textContent !== t, t, { timeout: 2000 });
    await ticking(await time());
    assert.equal(hits.get('/hydration.js'), loaded + 1, 'taken over by the hydration code, with its own lit-html');
    requested.length = 0;
    const removed = await tab.evaluate((tags) => {
      const all = [...document.querySelectorAll(tags.join(','))];
      (window as unknown as { kept: Element[] }).kept = all;
      for (const el of all) el.remove();
      (window as unknown as { counted: string[] }).counted = [];
      return all.length;
    }, TAGS);
    assert.equal(removed, COUNT);
    // Waited for here, not in the page: the page's own timers would be counted.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const { counted, pending } = await tab.evaluate(() => {
      const { counted, pending } = window as unknown as { counted: string[]; pending: Map<number, string> };
      return { counted: counted.splice(0), pending: [...pending.values()] };
    });
    assert.deepEqual(counted, [], 'no timer or frame callback run, no fetch started, in the 3 s after removal');
    assert.deepEqual(pending, [], 'no timer left waiting (one due later than the 3 s)');
    assert.deepEqual(requested, [], 'no request after removal');
    assert.deepEqual(messages, [], 'no console error or warning');
    // A removed clock put back ticks again.
    await tab.evaluate(() => document.body.append((window as unknown as { kept: Element[] }).kept.find((el) => el.localName === 'sco-clock')!));
    await ticking(await time());
    assert.deepEqual(messages, [], 'no console error or warning once put back');
    await tab.close();
  });

  it('are drawn anew, as tall, when the code that takes them over is not beside the bundle', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${server.origin}/alone.html`);
    await takenOver(tab);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const drawn = await measure(tab);
    assert.deepEqual(errors, []);
    assert.equal(hits.get('/alone/hydration.js'), 1, 'asked for, not found');
    assert.deepEqual(
      drawn.map((w) => [w.tag, w.height, w.rows]),
      withoutScript.map((w) => [w.tag, w.height, w.rows]),
    );
    assert.equal(drawn[0]!.text, withoutScript[0]!.text);
    await tab.close();
  });

  it('are styled under style-src with the nonce, before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/server.html`);
    const weight = await tab.evaluate(() => getComputedStyle(document.querySelector('sco-clock')!.shadowRoot!.querySelector('[part~="time"]')!).fontWeight);
    assert.equal(weight, '600', 'the shadow root style applies');
    await context.close();
  });
});
