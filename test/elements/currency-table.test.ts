import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/core/config.js';
import { registerSource } from '../../src/data/sources/index.js';
import { store } from '../../src/data/store.js';
import type { RateSheet } from '../../src/data/types.js';
import '../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../src/elements/currency-table/sco-currency-table.js';
import { requestsFor, resetRequestCounts, trackTimers, until } from '../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const RU_1251 = '/fx/cbr/XML_daily_2023-11-02.raw-win1251.vunitrate.xml';
const JSON_MIRROR = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';

const shadow = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
/** The parts the reader sees: not those of the invisible stand-in that keeps the table's space while it loads. */
const shown = (el: Element, name: string) => parts(el, name).filter((part) => !part.closest('.placeholder'));
const cell = (el: Element, code: string, part: string) => shadow(el).querySelector(`[data-code="${code}"] [part~="${part}"]`)?.textContent?.trim();
const settled = async (el: ScoCurrencyTable) => {
  await until(() => el.state !== 'loading', 8000, 'the table to settle');
  await el.updateComplete;
  return el;
};

describe('<sco-currency-table>', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 1500 });
    await resetRequestCounts();
  });

  it('<sco-currency-table src="XML_daily_eng 13.12.2025"> shows the SCO members’ currencies with the portal’s structure', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(parts(el, 'caption')[0].textContent).to.equal('Official rates of the Bank of Russia for 13.12.2025');
    expect(shadow(el).querySelector('table > caption')).to.exist;
    const headers = [...shadow(el).querySelectorAll('thead th')];
    expect(headers.map((th) => th.textContent)).to.deep.equal(['Country', 'Code', 'Currency', 'Den.', 'Rate']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    const codes = parts(el, 'row').map((r) => r.getAttribute('data-code'));
    expect(codes).to.include.members(['CNY', 'KZT', 'KGS', 'TJS', 'UZS', 'INR', 'PKR', 'IRR', 'BYN']);
    expect(codes).not.to.include('RUB');
    expect(cell(el, 'CNY', 'rate')).to.equal('11.2726');
    expect(cell(el, 'CNY', 'nominal')).to.equal('1');
    expect(cell(el, 'CNY', 'country')).to.equal('China');
    expect(cell(el, 'CNY', 'currency')).to.equal('Chinese Yuan');
    expect(cell(el, 'KZT', 'nominal')).to.equal('100');
    expect(cell(el, 'KZT', 'rate')).to.equal('15.3320');
    expect(shadow(el).querySelector('[data-code="KZT"] [part~="rate"]')!.getAttribute('title')).to.equal('1 KZT = 0.15332 RUB');
  });

  it('keeps a currency the source does not quote as a "not quoted" row (PKR at the Bank of Russia)', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} currencies="CNY,PKR" lang="en"></sco-currency-table>`));
    const pkr = shadow(el).querySelector('[data-code="PKR"]')!;
    expect(pkr.getAttribute('part')).to.equal('row missing even');
    expect(cell(el, 'PKR', 'rate')).to.equal('not quoted');
    expect(parts(el, 'row').map((r) => r.getAttribute('data-code'))).to.deep.equal(['CNY', 'PKR']);
  });

  it('each row is also odd or even in its part list, for ::part() (which takes no :nth-child())', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} currencies="CNY,PKR,KZT,INR"></sco-currency-table>`));
    expect(parts(el, 'row').map((r) => r.getAttribute('part'))).to.deep.equal(['row odd', 'row missing even', 'row odd', 'row even']);
    expect(parts(el, 'odd').map((r) => r.getAttribute('data-code'))).to.deep.equal(['CNY', 'KZT']);
    expect(parts(el, 'even').map((r) => r.getAttribute('data-code'))).to.deep.equal(['PKR', 'INR']);
  });

  it('currencies="*" lists every currency of the document in its order', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} currencies="*"></sco-currency-table>`));
    const codes = parts(el, 'row').map((r) => r.getAttribute('data-code'));
    expect(codes).to.have.length(55);
    expect(codes[0]).to.equal('AUD');
    expect(codes.at(-1)).to.equal('MMK');
  });

  it('lang="ru" formats numbers with comma decimals and translates the words; windows-1251 over HTTP', async () => {
    const el = await settled(
      await fixture<ScoCurrencyTable>(
        html`<div lang="ru"><sco-currency-table src=${`${RU_1251}?ct=text/xml;%20charset=windows-1251`} currencies="CNY,KZT"></sco-currency-table></div>`,
      ).then((d) => d.firstElementChild as ScoCurrencyTable),
    );
    expect(parts(el, 'caption')[0].textContent).to.equal('Официальные курсы Банка России на 02.11.2023');
    expect(cell(el, 'CNY', 'country')).to.equal('Китай');
    expect(cell(el, 'CNY', 'rate')).to.match(/^\d+,\d{4}$/);
    expect([...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Страна', 'Код', 'Валюта', 'Ед.', 'Курс']);
  });

  it('zh and fa speak their own words and digits', async () => {
    const zh = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} locale="zh" currencies="CNY"></sco-currency-table>`));
    expect(cell(zh, 'CNY', 'country')).to.equal('中国');
    expect(shadow(zh).querySelector('thead th')!.textContent).to.equal('国家');
    const fa = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} locale="fa" currencies="KZT"></sco-currency-table>`));
    expect(cell(fa, 'KZT', 'nominal')).to.equal('۱۰۰');
    expect(shadow(fa).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('base="CNY" shows cross rates through the ruble, with the ruble as a row', async () => {
    const el = await settled(
      await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} base="CNY" currencies="RUB,KZT,CNY" lang="en"></sco-currency-table>`),
    );
    expect(parts(el, 'caption')[0].textContent).to.contain('cross rates in CNY');
    // 1 RUB = 1/11.2726 CNY = 0.0887…; shown for 10 RUB.
    expect(cell(el, 'RUB', 'nominal')).to.equal('10');
    expect(cell(el, 'RUB', 'rate')).to.equal('0.8871');
    // 100 KZT = 15.3320 RUB = 15.3320 / 11.2726 CNY
    expect(cell(el, 'KZT', 'rate')).to.equal((15.332 / 11.2726).toFixed(4));
    // The base itself gets no row: every rate is already against it.
    expect(parts(el, 'row').map((r) => r.getAttribute('data-code'))).to.deep.equal(['RUB', 'KZT']);
  });

  it('show-change marks each change with a word and an arrow, not colour alone (JSON mirror with Previous)', async () => {
    const el = await settled(
      await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${JSON_MIRROR} show-change currencies="CNY,USD" lang="en"></sco-currency-table>`),
    );
    const changes = parts(el, 'change');
    expect(changes).to.have.length(2);
    for (const c of changes) {
      const dir = c.getAttribute('part')!.split(' ')[1];
      expect(['up', 'down']).to.include(dir);
      expect(c.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(dir);
    }
  });

  it('a table wider than its box scrolls, and only then is its scroller a focusable region named by the caption', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><sco-currency-table src=${ENG} show-change lang="ru"></sco-currency-table></div>`);
    const el = await settled(wrapper.querySelector('sco-currency-table')!);
    const base = parts(el, 'base')[0] as HTMLElement;
    const scrolls = () => until(() => base.hasAttribute('tabindex'), 2000, 'the scroller to take focus');
    wrapper.style.width = '12rem';
    await scrolls();
    expect(base.getAttribute('role')).to.equal('region');
    expect(shadow(el).getElementById(base.getAttribute('aria-labelledby')!)).to.equal(parts(el, 'caption')[0]);
    wrapper.style.width = '80rem';
    await until(() => !base.hasAttribute('tabindex') && !base.hasAttribute('role'), 2000, 'the scroller to leave the tab order');
  });

  it('.data shows a sheet given directly without fetching', async () => {
    const data: RateSheet = {
      source: 'custom',
      base: 'EUR',
      date: '2026-01-05',
      rates: [{ code: 'CNY', name: 'Yuan', nominal: 10, value: 1.2, perUnit: 0.12 }],
    };
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table .data=${data} currencies="CNY" lang="en"></sco-currency-table>`);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(cell(el, 'CNY', 'rate')).to.equal('1.2000');
    expect(parts(el, 'caption')[0].textContent).to.equal('Official rates for 05.01.2026');
  });

  it('fires sco-load with the sheet after it is shown', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('sco-load', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG}></sco-currency-table>`);
    const event = await loaded;
    expect(event.target).to.equal(el);
    expect((event.detail as RateSheet).date).to.equal('2025-12-13');
    expect(parts(el, 'row').length).to.be.greaterThan(0);
  });

  it('three tables on one source make one request', async () => {
    const wrap = await fixture(html`<div>
      <sco-currency-table src=${ENG}></sco-currency-table>
      <sco-currency-table src=${ENG} currencies="*"></sco-currency-table>
      <sco-currency-table src=${ENG} show-change></sco-currency-table>
    </div>`);
    for (const el of wrap.querySelectorAll('sco-currency-table')) await settled(el as ScoCurrencyTable);
    expect(await requestsFor(ENG)).to.equal(1);
  });

  const failures: Array<[string, string, string]> = [
    ['an HTTP 500', `${ENG}?status=500`, 'The data could not be loaded'],
    ['no answer before the timeout', `${ENG}?delay=4000`, 'is not answering. Still trying'],
    ['a truncated body', `${ENG}?truncate=900`, 'unsupported format'],
    ['an HTML page instead of XML', '/fx/rss-parser/input/unrecognized.rss?ct=text/html', 'unsupported format'],
    ['the Bank of Russia error document', '/fx/cbr/XML_daily_error_in_parameters.xml', 'reported an error'],
    ['a missing document (404)', '/fx/cbr/none.xml', 'could not be loaded'],
  ];
  for (const [what, src, message] of failures) {
    it(`${what} ends in state="error" with a visible message and sco-error`, async () => {
      let detail: { error: Error; stale: boolean } | undefined;
      const el = await fixture<ScoCurrencyTable>(
        html`<sco-currency-table src=${src} @sco-error=${(e: CustomEvent) => (detail = e.detail)}></sco-currency-table>`,
      );
      await settled(el);
      expect(el.getAttribute('state')).to.equal('error');
      const status = parts(el, 'status')[0];
      expect(status.textContent).to.contain(message);
      expect(status.getAttribute('role')).to.equal('alert');
      expect(detail?.stale).to.equal(false);
      expect(detail?.error.message).to.be.a('string').and.not.empty;
      expect(shown(el, 'row')).to.have.length(0);
    });
  }

  it('a failed refresh after a success keeps the rows and says state="stale"', async () => {
    let calls = 0;
    registerSource('flaky', {
      name: 'flaky',
      load: async (_q: unknown, { fetchText }) => {
        const { parseRates } = await import('../../src/data/parsers/detect.js');
        return parseRates(await fetchText(calls++ === 0 ? ENG : `${ENG}?status=503`));
      },
    });
    const errors: Array<{ stale: boolean }> = [];
    const el = await settled(
      await fixture<ScoCurrencyTable>(
        html`<sco-currency-table source="flaky" lang="en" @sco-error=${(e: CustomEvent) => errors.push(e.detail)}></sco-currency-table>`,
      ),
    );
    expect(el.state).to.equal('ready');
    await el.refresh();
    expect(el.getAttribute('state')).to.equal('stale');
    expect(cell(el, 'CNY', 'rate')).to.equal('11.2726');
    expect(parts(el, 'status')[0].textContent).to.match(/^As of .+: the latest update failed\.$/);
    expect(errors).to.deep.equal([{ ...errors[0], stale: true }]);
  });

  it('.source takes a source object as well as a name', async () => {
    const source = {
      name: 'inline-object',
      load: async (_q: unknown, { fetchText }: { fetchText(url: string): Promise<string> }) =>
        (await import('../../src/data/parsers/detect.js')).parseRates(await fetchText(ENG)),
    };
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table .source=${source} currencies="CNY" lang="en"></sco-currency-table>`);
    await settled(el);
    expect(cell(el, 'CNY', 'rate')).to.equal('11.2726');
  });

  it('an unknown source name is a clear error', async () => {
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table source="nope"></sco-currency-table>`);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(parts(el, 'status')[0].textContent).to.equal('No source named "nope" is registered: check the source attribute.');
  });

  it('removing the table aborts its request and leaves no timer running', async () => {
    const signals: AbortSignal[] = [];
    configure({ fetch: (input, init) => (signals.push(init!.signal!), fetch(input, init)) });
    const timers = trackTimers();
    try {
      const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${`${ENG}?delay=3000`}></sco-currency-table>`);
      await until(() => signals.length === 1, 2000, 'the request');
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(signals[0].aborted).to.be.true;
      expect(timers.pending).to.equal(0);
    } finally {
      timers.restore();
    }
  });

  it('a loaded table schedules one refresh timer and drops it when removed', async () => {
    const timers = trackTimers();
    try {
      const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG}></sco-currency-table>`));
      expect(timers.pending).to.equal(1);
      el.remove();
      expect(timers.pending).to.equal(0);
    } finally {
      timers.restore();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`passes axe in ${theme}, ${dir}`, async () => {
        const wrap = await fixture(
          html`<div dir=${dir} lang=${dir === 'rtl' ? 'fa' : 'en'}><sco-currency-table src=${ENG} theme=${theme} show-change flags currencies="CNY,KZT,PKR"></sco-currency-table></div>`,
        );
        const el = await settled(wrap.firstElementChild as ScoCurrencyTable);
        expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
      });
    }
  }
});
