import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../../src/elements/currency-table/sco-currency-table.js';
import { LANGUAGES, requestLanguage } from '../../../src/i18n/index.js';
import { until } from '../../helpers/timers.js';

/** The Bank of Russia's English sheet, and the mirror's sheet, which carries the previous rates (a change column). */
const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const MIRROR = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';

const shown = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)].filter((p) => !p.closest('.placeholder'));
const drawn = (cell: Element) => getComputedStyle(cell).display !== 'none';
const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

async function place(lang: string, options: string, width?: number) {
  const src = options.includes('show-change') ? MIRROR : ENG;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style=${width ? `width: ${width}px` : ''}>
      <sco-currency-table src=${src} ?show-change=${options.includes('show-change')} ?flags=${options.includes('flags')}></sco-currency-table>
    </div>`,
  );
  const el = wrapper.querySelector('sco-currency-table') as ScoCurrencyTable;
  await until(() => el.state === 'ready' && !el.matches(':state(translating)'), 8000, 'the table');
  await el.updateComplete;
  return el;
}

describe('<sco-currency-table> on a narrow screen', () => {
  before(() => requestLanguage('ar'));
  beforeEach(() => {
    store.clear();
    resetConfig();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const places: Array<[string, (lang: string, options: string) => Promise<ScoCurrencyTable>]> = [
    ['a 320 px box', (lang, options) => place(lang, options, 320)],
    ['a 360 px viewport', async (lang, options) => (await setViewport({ width: 360, height: 800 }), place(lang, options))],
  ];
  const cases = ['en', 'zh', 'ar'].flatMap((lang) =>
    places.flatMap((place) => ['', 'flags', 'show-change', 'show-change flags'].map((options) => [lang, place, options] as const)),
  );
  // Every other language in the narrowest box with every column: long country names beside a flag
  // (where a flag not held to its name went alone on a line), long one-word headers (Armenian).
  cases.push(...LANGUAGES.filter((lang) => !['en', 'zh', 'ar'].includes(lang)).map((lang) => [lang, places[0], 'show-change flags'] as const));
  for (const [lang, [where, put], options] of cases) {
    it(`<sco-currency-table lang="${lang}" ${options}> in ${where}: no sideways scroll, Rate${options.includes('change') ? ' and Change' : ''} in the box, names stacked`, async () => {
      const el = await put(lang, options);
      const base = shown(el, 'base')[0];
      expect(base.scrollWidth, 'scroll width').to.be.at.most(base.clientWidth);
      const box = el.getBoundingClientRect();
      const rows = shown(el, 'row');
      expect(rows).to.have.length(9);
      for (const row of rows) {
        const code = row.dataset.code;
        for (const part of options.includes('show-change') ? ['rate', 'change'] : ['rate']) {
          // A currency the source does not quote has one "not quoted" cell where rate and change would be.
          const cell = row.querySelector(`[part~="${part}"]`) ?? row.querySelector('[part~="rate"]')!;
          expect(inside(cell.getBoundingClientRect(), box), `${code} ${part} inside the widget`).to.be.true;
        }
        // The name and the denomination are written under the country and the code; their own cells are out of the layout and of the accessibility tree.
        const [country, codeCell, currency, nominal] = ['country', 'code', 'currency', 'nominal'].map((p) => row.querySelector(`[part~="${p}"]`)!);
        expect(drawn(currency) || drawn(nominal), `${code}: currency and nominal cells not drawn`).to.be.false;
        expect(getComputedStyle(country, '::after').content).to.equal(JSON.stringify(currency.textContent));
        if (!row.matches('[part~="missing"]')) expect(getComputedStyle(codeCell, '::after').content).to.equal(JSON.stringify(nominal.textContent));
        const flag = row.querySelector('[part~="flag"]');
        expect(!!flag).to.equal(options.includes('flags'));
        if (flag) {
          // Never alone on a line: the country's first letter sits on the flag's line.
          let text = flag.nextSibling;
          while (text && !(text instanceof Text && text.data.trim())) text = text.nextSibling;
          const name = document.createRange();
          name.setStart(text!, 0);
          name.setEnd(text!, 1);
          const [f, n] = [flag.getBoundingClientRect(), name.getBoundingClientRect()];
          expect(n.top < f.bottom && f.top < n.bottom, `${code}: flag on its country's line`).to.be.true;
        }
      }
      const headers = [...el.shadowRoot!.querySelectorAll('thead th')];
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      expect(headers.filter(drawn)).to.have.length(options.includes('show-change') ? 4 : 3);
    });
  }

  it('passes axe when compact, right to left, with flags and changes', async () => {
    const el = await place('ar', 'show-change flags', 320);
    expect(drawn(shown(el, 'currency')[0])).to.be.false;
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'zh', 'ar']) {
    it(`lang="${lang}" in a 1280 px box keeps the wide table: six columns, nothing stacked`, async () => {
      await setViewport({ width: 1300, height: 800 });
      const el = await place(lang, 'show-change flags', 1280);
      const headers = [...el.shadowRoot!.querySelectorAll('thead th')];
      expect(headers.filter(drawn)).to.have.length(6);
      for (const part of ['country', 'code', 'currency', 'nominal', 'rate', 'change']) expect(shown(el, part).every(drawn), part).to.be.true;
      expect(getComputedStyle(shown(el, 'country')[0], '::after').content).to.equal('none');
      // One line a row: nothing wraps.
      const heights = shown(el, 'row').map((row) => Math.round(row.getBoundingClientRect().height));
      expect(new Set(heights).size, `row heights ${heights}`).to.equal(1);
    });
  }
});
