import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import type { RateSheet } from '../../../src/data/types.js';
import '../../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../../src/elements/currency-table/sco-currency-table.js';
import { requestLanguage } from '../../../src/i18n/index.js';
import { until } from '../../helpers/timers.js';

/** The Bank of Russia's own sheet has no earlier rates; the mirror's carries them. */
const BANK_SHEET = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const MIRROR = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';

const shadow = (el: Element) => el.shadowRoot!;
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent);
const changes = (el: Element) => shadow(el).querySelectorAll('[part~="change"]');
const caption = (el: Element) => shadow(el).querySelector('[part~="caption"]')!.textContent!;
const times = (text: string, words: string) => text.split(words).length - 1;

async function table(lang: string, src: string, showChange = true) {
  await requestLanguage(lang);
  const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${src} lang=${lang} ?show-change=${showChange}></sco-currency-table>`);
  await until(() => el.state === 'ready' && !el.matches(':state(translating)'), 8000, 'the table');
  await el.updateComplete;
  return el;
}

describe('<sco-currency-table show-change> and the earlier rates', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0 });
  });

  const notes: Array<[lang: string, note: string]> = [
    ['en', 'Official rates of the Bank of Russia for 13.12.2025; no earlier rates to compare with'],
    ['ru', '; предыдущих курсов для сравнения нет'],
    ['zh', '；无先前汇率可供比较'],
    ['ar', '؛ لا توجد أسعار سابقة للمقارنة'],
  ];
  for (const [lang, note] of notes) {
    it(`lang="${lang}": a sheet without earlier rates gets no change column, and the caption says why, once`, async () => {
      const el = await table(lang, BANK_SHEET);
      expect(headers(el)).to.have.length(5);
      expect(changes(el)).to.have.length(0);
      expect(caption(el).endsWith(note), caption(el)).to.be.true;
      expect(times(shadow(el).textContent!, note)).to.equal(1);
      // The rows of the currencies the sheet does not quote span the one column left.
      expect(shadow(el).querySelector('[part~="missing"] [part~="rate"]')!.getAttribute('colspan')).to.equal('1');
    });
  }

  it('without show-change the caption has no note', async () => {
    const el = await table('en', BANK_SHEET, false);
    expect(caption(el)).to.equal('Official rates of the Bank of Russia for 13.12.2025');
  });

  it('a sheet with earlier rates has the change column, a cell in each quoted row, and no note', async () => {
    const el = await table('en', MIRROR);
    expect(headers(el)).to.deep.equal(['Country', 'Code', 'Currency', 'Den.', 'Rate', 'Change']);
    expect(changes(el).length).to.equal(shadow(el).querySelectorAll('[part~="row"]:not([part~="missing"])').length);
    expect(caption(el)).not.to.contain('earlier');
  });

  it('a row whose own earlier rate is missing, among rows that have one, keeps its single dash', async () => {
    const rate = (code: string, value: number) => ({ code, name: code, nominal: 1, value, perUnit: value });
    const data: RateSheet = { source: 'cbr', base: 'RUB', date: '2025-12-13', rates: [rate('CNY', 11.27), rate('USD', 78.23)], previous: [rate('CNY', 11.2)] };
    const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table .data=${data} currencies="CNY,USD" show-change lang="en"></sco-currency-table>`);
    await el.updateComplete;
    expect(headers(el).at(-1)).to.equal('Change');
    expect(shadow(el).querySelector('[data-code="USD"] [part~="change"]')!.textContent).to.equal('–no earlier rate');
    expect(caption(el)).not.to.contain('earlier');
  });
});
