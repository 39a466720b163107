import { expect, fixture, html } from '@open-wc/testing';
import { resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../../src/elements/currency-table/sco-currency-table.js';
import { requestLanguage } from '../../../src/i18n/index.js';
import { until } from '../../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

/** How far apart, in px, two pieces of `text` come out when it is laid out in `dir` (0: touching). */
function gapBetween(text: string, dir: string, first: [number, number], second: [number, number]): number {
  const line = document.createElement('span');
  line.dir = dir;
  line.style.whiteSpace = 'nowrap';
  line.textContent = text;
  document.body.append(line);
  try {
    const box = ([start, end]: [number, number]) => {
      const range = document.createRange();
      range.setStart(line.firstChild!, start);
      range.setEnd(line.firstChild!, end);
      return range.getBoundingClientRect();
    };
    const [a, b] = [box(first), box(second)];
    return Math.max(0, Math.max(a.left, b.left) - Math.min(a.right, b.right));
  } finally {
    line.remove();
  }
}

describe('<sco-currency-table> right to left', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
  });

  // The rate's tooltip, "1 CNY = 11.2726 RUB": a browser lays it out in the cell's direction.
  for (const lang of ['ar', 'fa', 'ur']) {
    it(`lang="${lang}": in the rate's title each number stays beside its code`, async () => {
      await requestLanguage(lang);
      const el = await fixture<ScoCurrencyTable>(html`<sco-currency-table src=${ENG} lang=${lang} currencies="CNY"></sco-currency-table>`);
      await until(() => el.state === 'ready' && !el.matches(':state(translating)'), 8000, 'the table');
      await el.updateComplete;
      const cell = el.shadowRoot!.querySelector('[data-code="CNY"] [part~="rate"]')!;
      expect(getComputedStyle(cell).direction).to.equal('rtl');
      const title = cell.getAttribute('title')!;
      const code = title.indexOf('CNY');
      const base = title.indexOf('RUB');
      // The "1" and "CNY"; the per-unit value and "RUB": a space apart at most.
      expect(gapBetween(title, 'rtl', [0, 1], [code, code + 3]), `"1" beside CNY in ${title}`).to.be.below(8);
      const value = title.slice(title.indexOf('=') + 1, base).replace(/[\s\u2068\u2069]/g, '');
      const at = title.indexOf(value);
      expect(gapBetween(title, 'rtl', [at, at + value.length], [base, base + 3]), `the value beside RUB in ${title}`).to.be.below(8);
    });
  }
});
