import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/core/config.js';
import type { DataError } from '../../src/data/errors.js';
import { store } from '../../src/data/store.js';
import type { RateSheet } from '../../src/data/types.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/rate-chart/define.js';
import type { ScoCurrencyConverter } from '../../src/elements/currency-converter/sco-currency-converter.js';
import { until } from '../helpers/timers.js';
import { requestLanguage } from '../../src/i18n/index.js';

/** 100,000 empty comments: with the old sniff, 36 of them froze Chromium for over 300 s. */
const COMMENTS = '/fx/hostile/empty-comment.txt?ct=text/html&repeat=100000';
const ONE_BAD_VALUTE = '/fx/hostile/XML_daily_eng_2025-12-13.one-bad-valute.xml';
/** The wall-clock guard: a page that ends in its error state later than this counts as frozen. */
const GUARD_MS = 3000;

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

/** Mounts a widget and waits, under the guard, for its error state; gives the error it fired. */
async function failsInTime(template: ReturnType<typeof html>): Promise<{ el: HTMLElement; error: DataError; ms: number }> {
  const errored = new Promise<DataError>((resolve) => document.addEventListener('sco-error', (e) => resolve((e as CustomEvent).detail.error), { once: true }));
  const start = performance.now();
  const el = await fixture<HTMLElement>(template);
  await until(() => el.getAttribute('state') === 'error', GUARD_MS, 'the error state within the guard');
  const ms = performance.now() - start;
  return { el, error: await errored, ms };
}

describe('hostile rate documents in the widgets', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 5000 });
  });

  describe('a src of 100,000 comments ends in a clear error without freezing the page', () => {
    const cases: [what: string, template: () => ReturnType<typeof html>][] = [
      ['<sco-currency-table src>', () => html`<sco-currency-table src=${COMMENTS} lang="en"></sco-currency-table>`],
      ['<sco-currency-converter src>', () => html`<sco-currency-converter src=${COMMENTS} lang="en"></sco-currency-converter>`],
      ['<sco-rate-chart src> (a history)', () => html`<sco-rate-chart code="CNY" src=${COMMENTS} lang="en"></sco-rate-chart>`],
    ];
    for (const [what, template] of cases) {
      it(what, async () => {
        // A timer due in 50 ms fires late by however long the main thread was blocked (on an idle
        // thread it may fire at its due time to the clock's precision: late by 0, or a hair under).
        let lateBy: number | undefined;
        const due = performance.now() + 50;
        setTimeout(() => (lateBy = performance.now() - due), 50);
        const { el, error, ms } = await failsInTime(template());
        expect(error.code).to.equal('format');
        expect(error.message).to.match(/Not a supported rate/);
        expect(part(el, 'status')!.textContent).to.equal('The data source sent a document in an unsupported format.');
        expect(ms).to.be.below(GUARD_MS);
        await until(() => lateBy !== undefined, GUARD_MS, 'the 50 ms timer');
        expect(lateBy).to.be.below(1000);
      });
    }
  });

  describe('one bad <Valute> costs only its row', () => {
    it('the table shows the valid rows, notes quietly that the sheet is partial, and says so in sco-load', async () => {
      const loaded = new Promise<RateSheet>((resolve) => document.addEventListener('sco-load', (e) => resolve((e as CustomEvent).detail), { once: true }));
      const el = await fixture<HTMLElement>(html`<sco-currency-table src=${ONE_BAD_VALUTE} currencies="*" lang="en"></sco-currency-table>`);
      const sheet = await loaded;
      await until(() => el.getAttribute('state') === 'ready');
      expect(sheet.partial).to.deep.equal({ skipped: 1, reasons: ['Not a currency code: "A0000"'] });
      expect(shadow(el).querySelectorAll('tr[part~="row"]').length).to.equal(54);
      expect(shadow(el).querySelector('[data-code="CNY"] [part="rate"]')!.textContent).to.equal('11.2726');
      expect(part(el, 'caption')!.textContent).to.equal('Official rates of the Bank of Russia for 13.12.2025 (some rates could not be read)');
    });
    const notes: [lang: string, note: string][] = [
      ['ru', '(часть курсов не удалось прочитать)'],
      ['zh', '（部分汇率无法读取）'],
      ['fa', '(برخی نرخ‌ها خوانده نشد)'],
    ];
    for (const [lang, note] of notes) {
      it(`lang="${lang}": the table's caption and the converter's note carry the note translated`, async () => {
        // Persian loads on demand: its words are there once its file is (the widget's data may come first).
        await requestLanguage(lang);
        const table = await fixture<HTMLElement>(html`<sco-currency-table src=${ONE_BAD_VALUTE} lang=${lang}></sco-currency-table>`);
        await until(() => table.getAttribute('state') === 'ready');
        expect(part(table, 'caption')!.textContent!.endsWith(` ${note}`)).to.be.true;
        const converter = await fixture<HTMLElement>(html`<sco-currency-converter src=${ONE_BAD_VALUTE} lang=${lang}></sco-currency-converter>`);
        await until(() => converter.getAttribute('state') === 'ready');
        expect(part(converter, 'note')!.textContent!.endsWith(` ${note}`)).to.be.true;
      });
    }
    it('an intact sheet carries no note', async () => {
      const el = await fixture<HTMLElement>(html`<sco-currency-table src="/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml" lang="en"></sco-currency-table>`);
      await until(() => el.getAttribute('state') === 'ready');
      expect(part(el, 'caption')!.textContent).to.equal('Official rates of the Bank of Russia for 13.12.2025');
    });
  });

  describe('the converter never shows ∞ or NaN, nor a number of hundreds of digits', () => {
    const sheet: RateSheet = {
      source: 'cbr',
      base: 'RUB',
      date: '2025-12-13',
      rates: [
        { code: 'USD', name: 'USD', nominal: 1, value: 78.2284, perUnit: 78.2284 },
        { code: 'ZZZ', name: 'ZZZ', nominal: 1, value: 0, perUnit: 0 },
        { code: 'HUG', name: 'HUG', nominal: 1, value: 1e308, perUnit: 1e308 },
      ],
    };
    const convert = async (from: string, to: string, amount: string) => {
      const el = await fixture<ScoCurrencyConverter>(html`<sco-currency-converter .data=${sheet} from=${from} to=${to} lang="en"></sco-currency-converter>`);
      const input = part(el, 'amount') as HTMLInputElement;
      input.value = amount;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      return { el, shown: part(el, 'result')!.textContent!.trim() };
    };
    it('USD → USD is the amount itself', async () => {
      const { el, shown } = await convert('USD', 'USD', '100');
      expect(shown).to.equal('100 USD = 100.00 USD');
      expect(el.result).to.equal(100);
    });
    it('a rate of zero or of 1e308 in a hand-made sheet is "not quoted", never ∞ or NaN', async () => {
      for (const [from, to] of [
        ['ZZZ', 'USD'],
        ['USD', 'ZZZ'],
        ['ZZZ', 'ZZZ'],
        ['HUG', 'RUB'],
      ]) {
        const { el, shown } = await convert(from, to, '100');
        expect(shown).to.match(/is not quoted by this source/);
        expect(el.result).to.be.undefined;
      }
    });
    it('an amount of 300 nines reads in scientific notation; one that overflows says it is too large', async () => {
      const big = await convert('USD', 'RUB', '9'.repeat(300));
      expect(big.shown).to.equal('1E300 USD = 7.82284E301 RUB');
      const overflow = await convert('USD', 'RUB', '9'.repeat(308));
      expect(overflow.shown).to.equal('The amount is too large to convert. Enter a smaller one.');
      expect(overflow.el.result).to.be.undefined;
      const tiny = await convert('USD', 'RUB', `0.${'0'.repeat(300)}1`);
      expect(tiny.shown).to.equal('1E-301 USD = 7.82284E-300 RUB');
    });
  });

  it('the table shows a hand-made rate of 1e308 as not quoted, and a previous one as no change, never as 309 digits', async () => {
    const huge = { nominal: 1, value: 1e308, perUnit: 1e308 };
    const sheet: RateSheet = {
      source: 'cbr',
      base: 'RUB',
      date: '2025-12-13',
      rates: [
        { code: 'CNY', name: 'CNY', ...huge },
        { code: 'KZT', name: 'KZT', nominal: 100, value: 15.332, perUnit: 0.15332 },
      ],
      // A sane previous rate of CNY keeps the change column; KZT's absurd one counts as none.
      previous: [
        { code: 'CNY', name: 'CNY', nominal: 1, value: 11.2, perUnit: 11.2 },
        { code: 'KZT', name: 'KZT', ...huge },
      ],
    };
    const el = await fixture<HTMLElement>(html`<sco-currency-table .data=${sheet} currencies="CNY,KZT" show-change lang="en"></sco-currency-table>`);
    await until(() => el.getAttribute('state') === 'ready');
    expect(shadow(el).querySelector('[data-code="CNY"]')!.getAttribute('part')).to.equal('row missing odd');
    expect(shadow(el).querySelector('[data-code="KZT"] [part="change"]')!.textContent).to.contain('no earlier rate');
    expect(text(el)).not.to.match(/\d{20}/);
  });

  it('the chart refuses a hand-made series with a rate of 0 or 1e308 with a clear error, drawing nothing', async () => {
    for (const perUnit of [0, 1e308]) {
      const series = {
        source: 'test',
        base: 'RUB',
        code: 'CNY',
        points: [
          { date: '2025-12-12', nominal: 1, value: 11.2, perUnit: 11.2 },
          { date: '2025-12-13', nominal: 1, value: perUnit, perUnit },
        ],
      };
      const { el, error } = await failsInTime(html`<sco-rate-chart .data=${series} lang="en"></sco-rate-chart>`);
      expect(error.message).to.match(/out of range on 2025-12-13/);
      expect(part(el, 'chart')).to.equal(null);
    }
  });
});
