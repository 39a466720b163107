import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/rate-chart/define.js';
import { requestsFor, resetRequestCounts, until } from '../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const AUG = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
const PORTAL = '/fx/portal/headlines.rss';

type Widget = HTMLElement & { state: string; loading?: string; updateComplete: Promise<boolean>; refresh(): Promise<void> };

/** Every widget that loads data, lazy, with the document it asks for. */
const LAZY: Array<[string, string, (src: string) => TemplateResult]> = [
  ['table', ENG, (src) => html`<sco-currency-table loading="lazy" src=${src} show-change flags lang="en"></sco-currency-table>`],
  ['converter', ENG, (src) => html`<sco-currency-converter loading="lazy" src=${src} lang="en"></sco-currency-converter>`],
  ['chart', AUG, (src) => html`<sco-rate-chart loading="lazy" code="CNY" src=${src} lang="en"></sco-rate-chart>`],
  ['ticker', PORTAL, (src) => html`<sco-headline-ticker loading="lazy" src=${src} mode="list" limit="5" lang="en"></sco-headline-ticker>`],
];

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Resolves once an IntersectionObserver made now has had its first report on `el`: by then the
 * widget's own observer, made earlier, has had its report too (both are told in the same frame).
 */
async function observed(el: Element) {
  await new Promise<void>((resolve) => {
    const io = new IntersectionObserver(() => {
      io.disconnect();
      resolve();
    });
    io.observe(el);
  });
  await frame();
}

/** Places `widgets` below a `before` px spacer, in a 720 px column, and a marker after them. */
async function page(widgets: TemplateResult, before = 4000) {
  const box = await fixture<HTMLElement>(html`<div style="width: 720px; font: 16px/1.4 sans-serif">
    <div style="height: ${before}px"></div>
    ${widgets}
    <p class="after">after</p>
  </div>`);
  const all = [...box.querySelectorAll<Widget>('sco-currency-table, sco-currency-converter, sco-rate-chart, sco-headline-ticker')];
  await Promise.all(all.map((el) => el.updateComplete));
  await observed(all.at(-1)!);
  return { box, all, el: all[0], after: box.querySelector('.after')! };
}

/** Scrolls so that the top of `el` is `below` px under the bottom edge of the viewport. */
async function scrollUntilBelow(el: Element, below: number) {
  window.scrollBy(0, el.getBoundingClientRect().top - innerHeight - below);
  await observed(el);
}

describe('loading="lazy" (issue 27, item 2)', () => {
  before(() => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0 });
    window.scrollTo(0, 0);
    await resetRequestCounts();
  });
  afterEach(() => window.scrollTo(0, 0));

  for (const [name, src, widget] of LAZY) {
    it(`a lazy ${name} 4,000 px down makes no request until it comes within about a viewport, then exactly one`, async () => {
      const { el } = await page(widget(src));
      expect(await requestsFor(src)).to.equal(0);
      expect(el.state).to.equal('loading');
      // Two viewports under the visible area: still nothing.
      await scrollUntilBelow(el, 2 * innerHeight);
      expect(await requestsFor(src), 'two viewports away').to.equal(0);
      // Half a viewport under it, not yet visible: loaded by the time it is scrolled to.
      await scrollUntilBelow(el, innerHeight / 2);
      await until(() => el.state === 'ready', 8000, 'the data');
      expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
      expect(await requestsFor(src)).to.equal(1);
      // Scrolled into view and back: nothing more.
      el.scrollIntoView();
      await observed(el);
      window.scrollTo(0, 0);
      await observed(el);
      expect(await requestsFor(src), 'after scrolling past').to.equal(1);
    });
  }

  it('a lazy table keeps its space while it waits: nothing after it moves when its data arrives', async () => {
    const { el, after } = await page(LAZY[0][2](ENG));
    const waiting = { height: el.getBoundingClientRect().height, after: after.getBoundingClientRect().top + scrollY };
    expect(waiting.height).to.be.greaterThan(100);
    el.scrollIntoView();
    await until(() => el.state === 'ready', 8000, 'the data');
    await el.updateComplete;
    await frame();
    expect(el.getBoundingClientRect().height, 'with data').to.be.closeTo(waiting.height, 1);
    expect(after.getBoundingClientRect().top + scrollY, 'what follows').to.be.closeTo(waiting.after, 1);
  });

  it('a lazy table sharing its source with a visible one shows the data at once, from the one request', async () => {
    const { all } = await page(html`<sco-currency-table src=${ENG} lang="en"></sco-currency-table>${LAZY[0][2](ENG)}`, 0);
    // The eager one at the top, the lazy one under it: move the lazy one far down.
    const [eager, lazy] = all;
    lazy.before(Object.assign(document.createElement('div'), { style: 'height: 4000px' }));
    await until(() => eager.state === 'ready' && lazy.state === 'ready', 8000, 'both tables');
    await lazy.updateComplete;
    expect(lazy.shadowRoot!.querySelector('[data-code="CNY"] [part~="rate"]')!.textContent).to.equal('11.2726');
    expect(lazy.getBoundingClientRect().top).to.be.greaterThan(2 * innerHeight);
    expect(await requestsFor(ENG)).to.equal(1);
  });

  it('a lazy table far down that waits, and an eager one added later on the same source: both show it, one request', async () => {
    const { box, el: lazy } = await page(LAZY[0][2](ENG));
    expect(await requestsFor(ENG)).to.equal(0);
    const eager = document.createElement('sco-currency-table') as Widget;
    eager.setAttribute('src', ENG);
    eager.lang = 'en';
    box.prepend(eager);
    await until(() => eager.state === 'ready' && lazy.state === 'ready', 8000, 'both tables');
    expect(lazy.getBoundingClientRect().top).to.be.greaterThan(2 * innerHeight);
    expect(await requestsFor(ENG)).to.equal(1);
  });

  it('refresh() on a lazy widget far down loads: the page asked', async () => {
    const { el } = await page(LAZY[2][2](AUG));
    await el.refresh();
    expect(el.state).to.equal('ready');
    expect(await requestsFor(AUG)).to.equal(1);
    await scrollUntilBelow(el, 0);
    expect(await requestsFor(AUG), 'and coming into view then asks for nothing more').to.equal(1);
  });

  it('refresh() on an eager widget while its first request is on its way waits for that one', async () => {
    const el = await fixture<Widget>(html`<sco-currency-table src=${`${ENG}?delay=300`} lang="en"></sco-currency-table>`);
    while ((await requestsFor(ENG)) === 0) await frame();
    await el.refresh();
    expect(el.state).to.equal('ready');
    expect(await requestsFor(ENG)).to.equal(1);
  });

  it('loading="lazy" turned to "eager" loads at once', async () => {
    const { el } = await page(LAZY[0][2](ENG));
    expect(await requestsFor(ENG)).to.equal(0);
    el.setAttribute('loading', 'eager');
    await until(() => el.state === 'ready', 8000, 'the data');
    expect(await requestsFor(ENG)).to.equal(1);
  });

  it('configure({ loading: "lazy" }) (the script tag’s data-loading) makes every widget lazy; loading="eager" keeps one eager', async () => {
    configure({ loading: 'lazy' });
    const { all } = await page(html`<sco-currency-table src=${ENG} lang="en"></sco-currency-table>
      <sco-rate-chart loading="eager" code="CNY" src=${AUG} lang="en"></sco-rate-chart>`);
    const [table, chart] = all;
    await until(() => chart.state === 'ready', 8000, 'the eager chart');
    expect(await requestsFor(AUG)).to.equal(1);
    expect(await requestsFor(ENG)).to.equal(0);
    expect(table.state).to.equal('loading');
  });

  it('removing a lazy widget stops its watch for the viewport; putting it back far away starts it again, and still asks for nothing', async () => {
    const Real = window.IntersectionObserver;
    let watching = 0;
    window.IntersectionObserver = class extends Real {
      #on = false;
      override observe(target: Element) {
        if (!this.#on) watching++;
        this.#on = true;
        super.observe(target);
      }
      override disconnect() {
        if (this.#on) watching--;
        this.#on = false;
        super.disconnect();
      }
    };
    try {
      const { el, box } = await page(LAZY[0][2](ENG));
      expect(watching, 'waiting far down').to.equal(1);
      el.remove();
      expect(watching, 'removed').to.equal(0);
      box.append(el);
      await el.updateComplete;
      expect(watching, 'back, far down').to.equal(1);
      await observed(el);
      expect(await requestsFor(ENG)).to.equal(0);
      el.scrollIntoView();
      await until(() => el.state === 'ready', 8000, 'the data');
      expect(watching, 'loaded: no watch any more').to.equal(0);
    } finally {
      window.IntersectionObserver = Real;
    }
  });
});
