import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/headline-ticker/define.js';
import '../../src/elements/rate-chart/define.js';
import { emulatedInternet, type Internet } from '../helpers/internet.js';
import { until } from '../helpers/timers.js';

const PORTAL = '/fx/portal/headlines.rss';
const AUG = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
/** The Bank of Russia's own sheet: no earlier rates in it, so show-change shows no change column. */
const BANK_SHEET = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

/**
 * Every widget in each of its modes, as a page would place it. In a narrow sidebar (320 px) the table
 * cannot know its height before the data: the table's rows wrap by the widths of numbers it has
 * not seen (and by which currencies turn out "not quoted").
 */
const WIDGETS: Array<[string, TemplateResult, widths?: number[]]> = [
  ['table (defaults: cbr through the mirror)', html`<sco-currency-table></sco-currency-table>`, [720]],
  ['table show-change flags', html`<sco-currency-table show-change flags></sco-currency-table>`, [720]],
  ['table currencies="CNY,KZT,USD" base="CNY"', html`<sco-currency-table currencies="CNY,KZT,USD" base="CNY" show-change></sco-currency-table>`],
  ['table lang="ru"', html`<sco-currency-table show-change lang="ru"></sco-currency-table>`, [720]],
  ['table show-change on a sheet without earlier rates', html`<sco-currency-table src=${BANK_SHEET} show-change flags lang="en"></sco-currency-table>`, [720]],
  ['converter', html`<sco-currency-converter></sco-currency-converter>`],
  ['converter from="KZT" to="CNY"', html`<sco-currency-converter from="KZT" to="CNY"></sco-currency-converter>`],
  ['ticker mode="scroll"', html`<sco-headline-ticker src=${PORTAL}></sco-headline-ticker>`],
  ['ticker mode="rotate"', html`<sco-headline-ticker src=${PORTAL} mode="rotate"></sco-headline-ticker>`],
  ['ticker mode="list" limit="5"', html`<sco-headline-ticker src=${PORTAL} mode="list" limit="5"></sco-headline-ticker>`],
  ['chart', html`<sco-rate-chart code="CNY" src=${AUG}></sco-rate-chart>`],
];

const height = (el: Element) => el.getBoundingClientRect().height;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function place(widget: TemplateResult, width: number) {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; font: 16px/1.4 sans-serif">${widget}</div>`);
  const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  await frame();
  return el;
}

describe('the space a widget keeps while its data loads', () => {
  let internet: Internet;
  beforeEach(() => {
    store.clear();
    resetConfig();
    internet = emulatedInternet();
    configure({ fetch: internet.fetch, retries: 0 });
  });
  afterEach(() => internet.release());

  for (const width of [720, 320]) {
    for (const [what, widget] of WIDGETS.filter(([, , widths]) => !widths || widths.includes(width))) {
      it(`${what} at ${width}px: as tall loading as with its data (±1 px), and a failure fits the same box`, async () => {
        internet.hold();
        const el = await place(widget, width);
        expect(el.getAttribute('state')).to.equal('loading');
        const loading = height(el);
        expect(loading).to.be.greaterThan(20);
        internet.release();
        await until(() => el.getAttribute('state') === 'ready', 8000, 'the data');
        await el.updateComplete;
        await frame();
        expect(height(el), 'with data').to.be.closeTo(loading, 1);

        store.clear();
        internet.failWith(500);
        const failed = await place(widget, width);
        await until(() => failed.getAttribute('state') === 'error', 8000, 'the failure');
        await failed.updateComplete;
        await frame();
        expect(height(failed), 'failed').to.be.closeTo(loading, 1);
        const status = failed.shadowRoot!.querySelector('[part~="status"]')!;
        expect(status.getBoundingClientRect().bottom, 'the message inside the box').to.be.at.most(failed.getBoundingClientRect().bottom + 1);
        internet.failWith(undefined);
      });
    }
  }

  it('while loading, screen readers hear one status line, not a table of blanks', async () => {
    internet.hold();
    const el = await place(html`<sco-currency-table show-change lang="en"></sco-currency-table>`, 720);
    const status = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Loading…');
    const standIn = el.shadowRoot!.querySelector('.placeholder')!;
    expect(standIn.getAttribute('aria-hidden')).to.equal('true');
    expect(standIn.hasAttribute('inert')).to.be.true;
    expect(standIn.querySelector('table')).to.exist;
    await expect(el).to.be.accessible();
  });
});
