import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import type { RateSheet } from '../../src/data/types.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import type { ScoCurrencyConverter } from '../../src/elements/currency-converter/sco-currency-converter.js';
import { parseLocaleNumber } from '../../src/elements/currency-converter/locale-number.js';
import { requestsFor, resetRequestCounts, until } from '../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
// On that sheet: 1 CNY = 11.2726 RUB; 100 KZT = 15.3320 RUB.
const CNY = 11.2726;
const KZT = 15.332 / 100;

const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`)!;
const result = (el: Element) => part(el, 'result').textContent!.trim();
const settled = async (el: ScoCurrencyConverter) => {
  await until(() => el.state !== 'loading', 8000, 'the converter to settle');
  await el.updateComplete;
  return el;
};
const converter = async (template: ReturnType<typeof html>) => settled(await fixture<ScoCurrencyConverter>(template));
/** Types into the amount field as a person would: the field's text replaced, an input event per edit. */
const type = async (el: ScoCurrencyConverter, text: string) => {
  const input = part<HTMLInputElement>(el, 'amount');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
/** The element focused inside the converter's shadow root. */
const focused = (el: Element) => shadow(el).activeElement;

describe('<sco-currency-converter>', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 5000 });
    await resetRequestCounts();
  });

  it('100 CNY → RUB on the Bank of Russia sheet of 13.12.2025 reads "100 CNY = 1,127.26 RUB" (defaults: CNY, the base, 100)', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(part<HTMLInputElement>(el, 'amount').value).to.equal('100');
    expect(part<HTMLSelectElement>(el, 'from').value).to.equal('CNY');
    expect(part<HTMLSelectElement>(el, 'to').value).to.equal('RUB');
    expect(result(el)).to.equal('100 CNY = 1,127.26 RUB');
    expect(el.result).to.be.closeTo(100 * CNY, 1e-9);
    expect(part(el, 'result').tagName).to.equal('OUTPUT');
    expect(part(el, 'result').getAttribute('aria-live')).to.equal('polite');
  });

  it('lang="ru" writes the result with the locale’s group space and decimal comma', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="ru"></sco-currency-converter>`);
    const group = new Intl.NumberFormat('ru').formatToParts(1000).find((p) => p.type === 'group')!.value;
    expect(result(el)).to.equal(`100 CNY = 1${group}127,26 RUB`);
    expect(result(el).replace(/\s/g, ' ')).to.equal('100 CNY = 1 127,26 RUB');
  });

  it('every control has a real <label>, and the options name the currency and its code', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    for (const name of ['amount', 'from', 'to']) {
      const control = part(el, name);
      const label = shadow(el).querySelector(`label[for="${control.id}"]`);
      expect(label, name).to.exist;
    }
    expect(shadow(el).querySelector('label[for="amount"]')!.textContent).to.equal('Amount');
    const from = part<HTMLSelectElement>(el, 'from');
    expect(from.options[0].value).to.equal('RUB');
    expect([...from.options].find((o) => o.value === 'CNY')!.textContent).to.equal('CNY — Chinese Yuan');
    expect([...from.options].map((o) => o.value)).to.include.members(['KZT', 'USD', 'EUR', 'INR']);
  });

  it('cross rates go through the sheet’s base: CNY → KZT = 11.2726 / 0.15332 per unit', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} from="CNY" to="KZT" lang="en"></sco-currency-converter>`);
    const expected = (100 * CNY) / KZT;
    expect(el.result).to.be.closeTo(expected, 1e-9);
    expect(result(el)).to.equal(`100 CNY = ${expected.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} KZT`);
    expect(result(el)).to.equal('100 CNY = 7,352.33 KZT');
  });

  it('the base is a choice on both sides: RUB → CNY', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} from="RUB" to="CNY" amount="1127.26" lang="en"></sco-currency-converter>`);
    expect(result(el)).to.equal('1,127.26 RUB = 100.00 CNY');
  });

  it('small results keep significant digits instead of rounding to 0.00', async () => {
    const data: RateSheet = {
      source: 'custom',
      base: 'RUB',
      date: '2025-12-13',
      rates: [{ code: 'IRR', name: 'Rial', nominal: 10000, value: 18.5, perUnit: 0.00185 }],
    };
    const el = await converter(html`<sco-currency-converter .data=${data} from="IRR" amount="1" lang="en"></sco-currency-converter>`);
    expect(result(el)).to.equal('1 IRR = 0.00185 RUB');
  });

  it('updates the result as you type', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    await type(el, '2');
    expect(result(el)).to.equal('2 CNY = 22.55 RUB');
    await type(el, '25');
    expect(result(el)).to.equal('25 CNY = 281.82 RUB');
    expect(el.amount).to.equal(25);
  });

  const russianInputs: Array<[string, string]> = [
    ['a plain space', '1 234,5'],
    ['a no-break space', '1\u00a0234,5'],
    ['a narrow no-break space', '1\u202f234,5'],
    ['no grouping', '1234,5'],
    ['a dot for the decimal comma', '1234.5'],
  ];
  for (const [what, text] of russianInputs) {
    it(`a Russian amount typed with ${what} (${JSON.stringify(text)}) reads as 1234.5`, async () => {
      const el = await converter(html`<sco-currency-converter src=${ENG} lang="ru"></sco-currency-converter>`);
      await type(el, text);
      expect(el.amount).to.equal(1234.5);
      expect(el.result).to.be.closeTo(1234.5 * CNY, 1e-9);
      expect(result(el).replace(/\s/g, ' ')).to.equal('1 234,5 CNY = 13 916,02 RUB');
    });
  }

  it('Persian digits and separators are read in fa (and ASCII digits too)', async () => {
    expect(parseLocaleNumber('۱٬۲۳۴٫۵', 'fa')).to.equal(1234.5);
    expect(parseLocaleNumber('1234.5', 'en')).to.equal(1234.5);
    expect(parseLocaleNumber('١٢٣', 'fa')).to.equal(123);
    const el = await converter(html`<sco-currency-converter src=${ENG} locale="fa"></sco-currency-converter>`);
    expect(part<HTMLInputElement>(el, 'amount').value).to.equal('۱۰۰');
    await type(el, '۱۲۳۴٫۵');
    expect(el.amount).to.equal(1234.5);
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
  });

  const notNumbers = ['12abc', '1,2,3', '1 234,5,6', '--5', '1 ,5', 'сто'];
  for (const text of notNumbers) {
    it(`${JSON.stringify(text)} is not a number: a translated message, aria-invalid, no result`, async () => {
      const el = await converter(html`<sco-currency-converter src=${ENG} lang="ru"></sco-currency-converter>`);
      await type(el, text);
      expect(part(el, 'result').getAttribute('part')).to.equal('result invalid');
      expect(result(el)).to.match(/^Введите сумму числом, например 1\s234,5\.$/);
      expect(part(el, 'amount').getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'amount').getAttribute('aria-describedby')).to.equal('result');
      expect(el.result).to.be.undefined;
    });
  }

  it('an empty field shows no result and no error', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    await type(el, '');
    expect(result(el)).to.equal('');
    expect(part(el, 'amount').getAttribute('aria-invalid')).to.equal('false');
  });

  it('from="PKR" on the Bank of Russia sheet says the currency is not quoted and keeps it visible in the select', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} from="PKR" lang="en"></sco-currency-converter>`);
    expect(result(el)).to.equal('PKR is not quoted by this source. Choose another currency.');
    expect(part(el, 'result').getAttribute('part')).to.equal('result invalid');
    const from = part<HTMLSelectElement>(el, 'from');
    expect(from.value).to.equal('PKR');
    expect(from.selectedOptions[0].textContent).to.equal('PKR — not quoted');
    expect(el.state).to.equal('ready');
  });

  it('the swap button exchanges the currencies', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} to="KZT" lang="en"></sco-currency-converter>`);
    part(el, 'swap-button').click();
    await el.updateComplete;
    expect([el.from, el.to]).to.deep.equal(['KZT', 'CNY']);
    expect(part<HTMLSelectElement>(el, 'from').value).to.equal('KZT');
    expect(part<HTMLSelectElement>(el, 'to').value).to.equal('CNY');
    expect(result(el)).to.equal(`100 KZT = ${((100 * KZT) / CNY).toFixed(2)} CNY`);
    // Swapping with the default `to` swaps the base in.
    part(el, 'swap-button').click();
    await el.updateComplete;
    expect(result(el)).to.equal('100 CNY = 7,352.33 KZT');
  });

  it('works from the keyboard alone: Tab to the amount, type, Tab to the selects, ArrowDown, Tab to swap, Enter and Space', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'amount'));
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '250' });
    await el.updateComplete;
    expect(result(el)).to.equal('250 CNY = 2,818.15 RUB');

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'from'));
    const fromBefore = el.from;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.from).not.to.equal(fromBefore);
    expect(el.from).to.equal(part<HTMLSelectElement>(el, 'from').value);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'swap-button'));
    const [from, to] = [el.from, part<HTMLSelectElement>(el, 'to').value];
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([el.from, el.to]).to.deep.equal([to, from]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect([el.from, el.to]).to.deep.equal([from, to]);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'to'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.to).to.equal(part<HTMLSelectElement>(el, 'to').value);
    expect(el.to).not.to.equal(to);
    expect(result(el)).to.match(new RegExp(`^250 ${el.from} = [\\d,.]+ ${el.to}$`));
    before.remove();
  });

  it('typing, choosing and swapping fire an input event on the host, with the new values already set', async () => {
    const el = await converter(html`<sco-currency-converter src=${ENG} lang="en"></sco-currency-converter>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`${el.amount} ${el.from}→${el.to ?? 'base'} ${el.result?.toFixed(2)}`));
    await type(el, '7');
    const from = part<HTMLSelectElement>(el, 'from');
    from.value = 'KZT';
    from.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    part(el, 'swap-button').click();
    expect(seen).to.deep.equal(['7 CNY→base 78.91', '7 KZT→base 1.07', `7 RUB→KZT ${(7 / KZT).toFixed(2)}`]);
  });

  it('a table and a converter on one src make one request', async () => {
    // A path of its own (an escaped dot, same file), so other test files counting ENG side by side do not interfere.
    const own = ENG.replace(/\.xml$/, '%2Exml');
    // Both connected in the same task, as on a page (a <div> fixture would wait for a frame, which a background tab never gets).
    const table = document.createElement('sco-currency-table');
    const convert = document.createElement('sco-currency-converter');
    table.src = own;
    convert.src = own;
    document.body.append(table, convert);
    try {
      await until(() => [table, convert].every((c) => c.getAttribute('state') === 'ready'), 8000, 'both widgets');
      expect(await requestsFor(own)).to.equal(1);
    } finally {
      table.remove();
      convert.remove();
    }
  });

  it('.data converts a sheet given directly and names no source', async () => {
    const data: RateSheet = {
      source: 'custom',
      base: 'EUR',
      date: '2026-01-05',
      rates: [{ code: 'CNY', name: 'Yuan', nominal: 10, value: 1.2, perUnit: 0.12 }],
    };
    const el = await converter(html`<sco-currency-converter .data=${data} lang="en"></sco-currency-converter>`);
    expect(result(el)).to.equal('100 CNY = 12.00 EUR');
    expect(part(el, 'note').textContent).to.equal('Official rates for 05.01.2026');
  });

  it('a failed load shows the translated status, state="error" and no usable form (only the invisible stand-in that keeps its space)', async () => {
    const el = await converter(html`<sco-currency-converter src=${`${ENG}?status=500`} lang="en"></sco-currency-converter>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(part(el, 'status').textContent).to.contain('could not be loaded');
    const amount = shadow(el).querySelector('[part~="amount"]')!;
    expect(amount.closest('.placeholder')?.hasAttribute('inert')).to.equal(true);
    expect(amount.closest('.placeholder')?.getAttribute('aria-hidden')).to.equal('true');
  });

  for (const [name, attrs] of [
    ['light', { theme: 'light', lang: 'en' }],
    ['dark', { theme: 'dark', lang: 'en' }],
    ['rtl (fa)', { theme: 'light', lang: 'fa' }],
  ] as const) {
    it(`passes axe: ${name}`, async () => {
      const el = await converter(html`<sco-currency-converter src=${ENG} theme=${attrs.theme} lang=${attrs.lang}></sco-currency-converter>`);
      await expect(el).to.be.accessible();
      await type(el, 'x');
      await expect(el).to.be.accessible();
    });
  }
});
