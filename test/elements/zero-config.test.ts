import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import '../../src/elements/currency-converter/define.js';
import type { ScoCurrencyConverter } from '../../src/elements/currency-converter/sco-currency-converter.js';
import '../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../src/elements/currency-table/sco-currency-table.js';
import '../../src/elements/rate-chart/define.js';
import type { ScoRateChart } from '../../src/elements/rate-chart/sco-rate-chart.js';
import { emulatedInternet, type Internet } from '../helpers/internet.js';
import { until } from '../helpers/timers.js';

const MIRROR_LATEST = 'https://www.cbr-xml-daily.ru/daily_json.js';
const archive = (day: string) => `https://www.cbr-xml-daily.ru/archive/${day}/daily_json.js`;

const shadow = (el: Element) => el.shadowRoot!;
const shown = (el: Element, name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)].filter((part) => !part.closest('.placeholder'));
const text = (el: Element, name: string) => shown(el, name)[0]?.textContent?.trim();
const settled = async <T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, ms = 8000) => {
  await until(() => el.getAttribute('state') !== 'loading', ms, 'the widget to settle');
  await el.updateComplete;
  return el;
};

describe('no proxy: the Bank of Russia’s rates from the cbr-xml-daily.ru mirror', () => {
  let internet: Internet;
  beforeEach(() => {
    store.clear();
    resetConfig();
    internet = emulatedInternet();
    configure({ fetch: internet.fetch, retries: 0 });
  });

  it('<sco-currency-table show-change> with no configuration ends ready, with rows, a change column and the mirror credited', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table show-change lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el, 'caption')).to.equal('Official rates of the Bank of Russia for 03.02.2022 (via cbr-xml-daily.ru)');
    expect(shown(el, 'row').length).to.be.greaterThan(5);
    expect(shadow(el).querySelector('[data-code="CNY"] [part~="rate"]')!.textContent).to.equal('12.0240');
    expect(shadow(el).querySelector('[data-code="CNY"] [part~="change"]')!.getAttribute('part')).to.equal('change down'); // 12.1255 → 12.024
    // The mirror's `Previous` feeds the change column, for every quoted currency (PKR and IRR are
    // not quoted on that day: one "not quoted" cell each), with no second request for the day before.
    const quoted = shown(el, 'row').filter((row) => !row.matches('[part~="missing"]'));
    expect(quoted.length).to.be.greaterThan(5);
    expect(shown(el, 'change').length).to.equal(quoted.length);
    expect(shown(el, 'up').length + shown(el, 'down').length).to.be.greaterThan(0);
    expect(internet.asked).to.deep.equal([MIRROR_LATEST]);
  });

  it('the caption credits the mirror in Russian and Chinese too', async () => {
    const ru = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table lang="ru"></sco-currency-table>`));
    expect(text(ru, 'caption')).to.equal('Официальные курсы Банка России на 03.02.2022 (через cbr-xml-daily.ru)');
    const zh = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table lang="zh"></sco-currency-table>`));
    expect(text(zh, 'caption')).to.contain('（经由 cbr-xml-daily.ru）');
  });

  it('date="2022-02-03" asks the mirror’s archive for that day', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table date="2022-02-03" lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(internet.asked).to.deep.equal([archive('2022/02/03')]);
    expect(text(el, 'caption')).to.contain('03.02.2022');
  });

  it('date="2022-01-02" (the New Year holidays: no sheet of its own) shows the sheet in effect, that of 31.12.2021', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table date="2022-01-02" lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(internet.asked).to.deep.equal([archive('2022/01/02'), archive('2022/01/01'), archive('2021/12/31')]);
    expect(text(el, 'caption')).to.contain('31.12.2021');
  });

  it('a date with no sheet in the 14 days before it is a clear "no data" error, not an endless search', async () => {
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table date="2021-06-01" lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('error');
    expect(internet.asked).to.have.length(14);
    expect(text(el, 'status')).to.equal('The data source has no data for this request.');
  });

  it('a table and a converter share the mirror’s one request', async () => {
    const page = await fixture(html`<div><sco-currency-table show-change></sco-currency-table><sco-currency-converter></sco-currency-converter></div>`);
    const [table, converter] = [
      page.querySelector<ScoCurrencyTable>('sco-currency-table')!,
      page.querySelector<ScoCurrencyConverter>('sco-currency-converter')!,
    ];
    await settled(table);
    await settled(converter);
    expect(converter.getAttribute('state')).to.equal('ready');
    expect(text(converter, 'note')).to.contain('(via cbr-xml-daily.ru)');
    expect(internet.asked).to.deep.equal([MIRROR_LATEST]);
  });

  it('<sco-rate-chart> (the Bank’s XML_dynamic, no CORS) ends in a translated error that says a proxy is needed, without a request', async () => {
    let error: { code: string; setting?: string } | undefined;
    const el = await settled(
      await fixture<ScoRateChart>(html`<sco-rate-chart code="CNY" lang="en" @sco-error=${(e: CustomEvent) => (error = e.detail.error)}></sco-rate-chart>`),
    );
    expect(el.getAttribute('state')).to.equal('error');
    expect(text(el, 'status')).to.contain('needs a proxy').and.to.contain('data-proxy');
    expect(error).to.include({ code: 'config', setting: 'data-proxy' });
    expect(internet.asked).to.deep.equal([]);
    const ru = await settled(await fixture<ScoRateChart>(html`<sco-rate-chart code="CNY" lang="ru"></sco-rate-chart>`));
    expect(text(ru, 'status')).to.contain('нужен прокси').and.to.contain('data-proxy');
  });

  it('a bank without CORS (source="ecb") says the same, and the mirror’s own source="cbr-json" just works', async () => {
    const ecb = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table source="ecb" lang="en"></sco-currency-table>`));
    expect(ecb.getAttribute('state')).to.equal('error');
    expect(text(ecb, 'status')).to.contain('data-proxy');
    const mirror = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table source="cbr-json" lang="en"></sco-currency-table>`));
    expect(mirror.getAttribute('state')).to.equal('ready');
  });
});

describe('with data-proxy: the Bank’s own documents, through the proxy only', () => {
  it('every request goes to the proxy and none to the mirror; the caption names no mirror', async () => {
    store.clear();
    resetConfig();
    const internet = emulatedInternet();
    configure({ fetch: internet.fetch, retries: 0, proxy: `${location.origin}/proxy?url={url}` });
    const page = await fixture(
      html`<div><sco-currency-table show-change lang="en"></sco-currency-table><sco-currency-converter lang="en"></sco-currency-converter></div>`,
    );
    const table = await settled(page.querySelector<ScoCurrencyTable>('sco-currency-table')!);
    await settled(page.querySelector<ScoCurrencyConverter>('sco-currency-converter')!);
    expect(table.getAttribute('state')).to.equal('ready');
    // The emulated Bank answers every day with the sheet of 13.12.2025: nothing earlier to compare with.
    expect(text(table, 'caption')).to.equal('Official rates of the Bank of Russia for 13.12.2025; no earlier rates to compare with');
    expect(internet.asked.length).to.be.greaterThan(0);
    for (const url of internet.asked) {
      expect(url.startsWith(`${location.origin}/proxy?url=`), url).to.be.true;
      expect(decodeURIComponent(url)).not.to.contain('cbr-xml-daily.ru');
      expect(new URL(new URL(url).searchParams.get('url')!).hostname).to.equal('www.cbr.ru');
    }
  });
});

describe('a proxy configured after the widgets started', () => {
  it('a module that imports the elements and then calls configure({ proxy }) gets its ECB table through the proxy', async () => {
    store.clear();
    resetConfig();
    const internet = emulatedInternet();
    configure({ fetch: internet.fetch, retries: 0 });
    const el = document.createElement('sco-currency-table') as ScoCurrencyTable;
    el.setAttribute('source', 'ecb');
    document.body.append(el); // connected and loading, with no proxy yet (a "needs a proxy" error)…
    configure({ proxy: `${location.origin}/proxy?url={url}` }); // …then the page's own script runs
    try {
      await until(() => ['ready', 'error'].includes(el.getAttribute('state') ?? ''), 8000, 'the table to settle');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(internet.asked).to.deep.equal([
        `${location.origin}/proxy?url=${encodeURIComponent('https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml')}`,
      ]);
    } finally {
      el.remove();
    }
  });
});

describe('a hung upstream, with the default timeout and retries', () => {
  it('is on screen as an error that says it is still trying within 10 s (the default timeout), and turns ready when the upstream recovers', async function () {
    this.timeout(40_000);
    store.clear();
    resetConfig();
    const internet = emulatedInternet();
    configure({ fetch: internet.fetch }); // the default timeout (10 s) and retries
    internet.hang(true);
    const started = performance.now();
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table lang="en"></sco-currency-table>`);
    await until(() => el.getAttribute('state') === 'error', 12_000, 'the first timeout to show');
    const shownAfter = performance.now() - started;
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('The data source is not answering. Still trying…');
    expect(shownAfter).to.be.within(9_500, 12_000);
    internet.hang(false);
    // The next attempt follows with a backoff of 0.5–1.5 s, without a reload.
    await until(() => el.getAttribute('state') === 'ready', 5_000, 'the retry to succeed');
    await el.updateComplete;
    expect(shown(el, 'row').length).to.be.greaterThan(5);
    expect(shown(el, 'status')).to.have.length(0);
    expect(internet.asked.length).to.equal(2);
  });

  it('over data already shown, a timed-out refresh says "stale" and still trying, and recovers', async function () {
    this.timeout(20_000);
    store.clear();
    resetConfig();
    const internet = emulatedInternet();
    configure({ fetch: internet.fetch, timeout: 1_000, retryDelay: 200 });
    const el = await settled(await fixture<ScoCurrencyTable>(html`<sco-currency-table lang="en"></sco-currency-table>`));
    expect(el.getAttribute('state')).to.equal('ready');
    internet.hang(true);
    const refreshed = el.refresh();
    await until(() => el.getAttribute('state') === 'stale', 3_000, 'the timeout to show over the data');
    await el.updateComplete;
    expect(text(el, 'status')).to.match(/^As of .+: the latest update failed\. Still trying…$/);
    expect(shown(el, 'row').length).to.be.greaterThan(5);
    internet.hang(false);
    await refreshed;
    expect(el.getAttribute('state')).to.equal('ready');
  });
});
