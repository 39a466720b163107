import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/currency-converter/define.js';
import type { ScoCurrencyConverter } from '../../../src/elements/currency-converter/sco-currency-converter.js';
import { backgroundOf, contrast, forcedColors, realColors } from '../../helpers/contrast.js';
import { until } from '../../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
// On that sheet: 1 CNY = 11.2726 RUB.
const CNY = 11.2726;

const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`)!;
const settled = async (el: ScoCurrencyConverter) => {
  await until(() => el.state !== 'loading' && !el.matches(':state(translating)'), 8000, 'the converter to settle');
  await el.updateComplete;
  return el;
};
/** Types into the amount field as a person would: the field's text replaced, an input event. */
const type = async (el: ScoCurrencyConverter, text: string) => {
  const input = part<HTMLInputElement>(el, 'amount');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const rtl = (lang: string) => (['ar', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr');
const converterIn = async (lang: string, attributes: { from?: string; to?: string } = {}) => {
  const wrap = await fixture(
    html`<div lang=${lang} dir=${rtl(lang)}><sco-currency-converter src=${ENG} from=${attributes.from ?? 'CNY'} to=${attributes.to ?? 'RUB'}></sco-currency-converter></div>`,
  );
  return settled(wrap.firstElementChild as ScoCurrencyConverter);
};

/** The range of the `nth` occurrence of `text` in `root`'s text (it may run across text nodes). */
function rangeOf(root: Node, text: string, nth = 0): Range {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const whole = nodes.map((n) => n.data).join('');
  let start = -1;
  for (let i = 0; i <= nth; i++) start = whole.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in "${whole}"`);
  const at = (offset: number): [Text, number] => {
    for (const node of nodes) {
      if (offset <= node.data.length) return [node, offset];
      offset -= node.data.length;
    }
    throw new Error('past the end');
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + text.length));
  return range;
}

/** Where that text is drawn. */
const boxOf = (root: Node, text: string, nth = 0) => rangeOf(root, text, nth).getBoundingClientRect();

describe('<sco-currency-converter> on every screen (issue 24)', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 5000 });
  });

  describe('right to left: every amount stays with its code', () => {
    for (const lang of ['ar', 'fa', 'ur', 'en']) {
      it(`${lang}: "100 CNY" and the result with "RUB" each read as one piece, on either side of "=" (${rtl(lang)})`, async () => {
        const el = await converterIn(lang);
        const output = part(el, 'result');
        const text = output.textContent!;
        // The text and the value are what they always were.
        expect(text).to.equal(
          `${new Intl.NumberFormat(lang).format(100)} CNY = ${new Intl.NumberFormat(lang, { minimumFractionDigits: 2 }).format(100 * CNY)} RUB`,
        );
        expect(el.result).to.be.closeTo(100 * CNY, 1e-9);
        const [left, right] = text.split(' = ');
        const [amount, from] = left.split(' ');
        const [value, to] = right.split(' ');
        const equals = boxOf(output, '=');
        const space = boxOf(output, ' ').width;
        for (const [number, code] of [
          [amount, from],
          [value, to],
        ]) {
          const n = boxOf(output, number);
          const c = boxOf(output, code);
          // The number immediately left of its code, with only the space between, on one line.
          expect(c.left - n.right, `${number} ${code}`).to.be.closeTo(space, 1);
          expect(c.top).to.be.closeTo(n.top, 1);
        }
        const first = boxOf(output, `${amount} ${from}`);
        const second = boxOf(output, `${value} ${to}`);
        if (rtl(lang) === 'rtl') {
          expect(first.left, 'the amount right of "="').to.be.at.least(equals.right);
          expect(second.right, 'the result left of "="').to.be.at.most(equals.left);
        } else {
          expect(first.right).to.be.at.most(equals.left);
          expect(second.left).to.be.at.least(equals.right);
        }
      });
    }

    it('ar: a code inside a message reads in its place, the word before it on its right, the full stop after it on its left', async () => {
      const el = await converterIn('ar', { from: 'PKR' });
      const output = part(el, 'result');
      const text = output.textContent!;
      expect(text).to.match(/ PKR\. /);
      const before = text.slice(0, text.indexOf(' PKR')).split(' ').at(-1)!;
      const code = boxOf(output, 'PKR');
      expect(boxOf(output, before).left).to.be.at.least(code.right);
      expect(boxOf(output, '.').right).to.be.at.most(code.left + 0.5);
      expect(part<HTMLSelectElement>(el, 'from').selectedOptions[0].textContent).to.match(/^PKR — /);
    });

    for (const lang of ['ar', 'fa']) {
      it(`${lang}: the example in the "not a number" message reads left to right in one piece`, async () => {
        const el = await converterIn(lang);
        await type(el, 'abc');
        const output = part(el, 'result');
        const example = new Intl.NumberFormat(lang).format(1234.5);
        expect(output.textContent).to.contain(example);
        expect(rangeOf(output, example).getClientRects()).to.have.length(1);
        const digits = [...example];
        expect(boxOf(output, digits[0]).left, `${digits[0]} first`).to.be.lessThan(boxOf(output, digits.at(-1)!).left);
      });
    }
  });

  it('each <label> is part="label", so a page can style the labels', async () => {
    const wrap = await fixture(html`<div>
      <style>
        .styled::part(label) {
          color: rgb(1, 2, 3);
        }
      </style>
      <sco-currency-converter class="styled" src=${ENG} lang="en"></sco-currency-converter>
    </div>`);
    const el = await settled(wrap.querySelector('sco-currency-converter')!);
    const labels = [...shadow(el).querySelectorAll('label')];
    expect(labels.map((l) => l.getAttribute('for'))).to.deep.equal(['amount', 'from', 'to']);
    for (const label of labels) {
      expect(label.getAttribute('part')).to.equal('label');
      expect(getComputedStyle(label).color).to.equal('rgb(1, 2, 3)');
    }
  });

  describe('phones and narrow sidebars', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const lang of ['en', 'zh', 'ar']) {
      for (const amount of ['1234.5', 'not a number']) {
        it(`${lang}, KZT → CNY, amount "${amount}": fits a 320 px box and a 360 px screen without sideways scroll`, async () => {
          await setViewport({ width: 360, height: 640 });
          const wrap = await fixture(html`<div lang=${lang} dir=${rtl(lang)}>
            <div style="width: 320px"><sco-currency-converter src=${ENG} from="KZT" to="CNY"></sco-currency-converter></div>
            <sco-currency-converter src=${ENG} from="KZT" to="CNY"></sco-currency-converter>
          </div>`);
          const [boxed, full] = [...wrap.querySelectorAll('sco-currency-converter')];
          for (const el of [boxed, full]) {
            await settled(el);
            await type(el, amount);
          }
          expect(part(boxed, 'result').getAttribute('part')).to.equal(amount === 'not a number' ? 'result invalid' : 'result');
          const box = boxed.parentElement!;
          const edge = box.getBoundingClientRect();
          expect(box.scrollWidth, 'the 320 px box').to.be.at.most(320);
          for (const inner of shadow(boxed).querySelectorAll('[part~="base"] *:not(option)')) {
            const { left, right } = inner.getBoundingClientRect();
            expect(left, inner.outerHTML.slice(0, 60)).to.be.at.least(edge.left - 0.5);
            expect(right, inner.outerHTML.slice(0, 60)).to.be.at.most(edge.right + 0.5);
          }
          expect(document.documentElement.scrollWidth, 'the 360 px screen').to.be.at.most(360);
        });
      }
    }
  });

  describe('forced colours (Windows high contrast)', () => {
    afterEach(() => realColors());
    for (const scheme of ['dark', 'light'] as const) {
      it(`${scheme} palette: text ≥ 4.5:1; the fields', selects' and swap button's borders and the swap symbol ≥ 3:1`, async () => {
        const el = await converterIn('en');
        await forcedColors(scheme);
        await until(() => matchMedia('(forced-colors: active)').matches, 2000, 'forced colours');
        const check = () => {
          for (const text of [
            ...shadow(el).querySelectorAll('label'),
            part(el, 'amount'),
            part(el, 'from'),
            part(el, 'to'),
            part(el, 'result'),
            part(el, 'note'),
          ]) {
            expect(contrast(getComputedStyle(text).color, backgroundOf(text)), `${text.localName} ${text.getAttribute('part')}`).to.be.at.least(4.5);
          }
          const swap = part(el, 'swap-button');
          expect(contrast(getComputedStyle(swap).color, backgroundOf(swap)), 'the swap symbol').to.be.at.least(3);
          for (const control of [part(el, 'amount'), part(el, 'from'), part(el, 'to'), swap]) {
            const style = getComputedStyle(control);
            expect(style.borderTopStyle).to.equal('solid');
            expect(contrast(style.borderTopColor, backgroundOf(control.parentElement!)), `${control.getAttribute('part')} border`).to.be.at.least(3);
          }
        };
        check();
        await type(el, 'not a number');
        expect(part(el, 'result').getAttribute('part')).to.equal('result invalid');
        check();
      });
    }
  });

  describe('on paper', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));
    it('prints the amount, the currencies and the result, without the swap button', async () => {
      const el = await converterIn('en');
      expect(part(el, 'swap-button').checkVisibility()).to.be.true;
      await emulateMedia({ media: 'print' });
      expect(part(el, 'swap-button').checkVisibility()).to.be.false;
      for (const name of ['amount', 'from', 'to', 'result', 'note']) expect(part(el, name).checkVisibility(), name).to.be.true;
      expect(part(el, 'result').textContent).to.equal('100 CNY = 1,127.26 RUB');
      await emulateMedia({ media: 'screen' });
      expect(part(el, 'swap-button').checkVisibility()).to.be.true;
    });
  });
});
