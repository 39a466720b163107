import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import '../../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../../src/elements/currency-table/sco-currency-table.js';
import { until } from '../../helpers/timers.js';

/** The mirror’s sheet of 03.02.2022: earlier rates, and changes both ways (the zloty rose, the yuan fell). */
const MIRROR = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';

type Feature = { name: string; value: string };
const emulate = (features: Feature[], media?: string) => executeServerCommand('emulate-media-features', { features, media });

/** `rgb(…)` / `rgba(…)` → its channels. */
const channels = (color: string) => color.match(/[\d.]+/g)!.map(Number);
const luminance = (color: string) => {
  const [r, g, b] = channels(color)
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

async function place(width: number) {
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><sco-currency-table src=${MIRROR} show-change flags currencies="CNY,PLN,KZT,PKR" lang="en"></sco-currency-table></div>`,
  );
  const el = box.firstElementChild as ScoCurrencyTable;
  await until(() => el.state === 'ready', 8000, 'the table');
  await el.updateComplete;
  return el;
}

describe('<sco-currency-table> in forced colours and on paper', () => {
  beforeEach(() => {
    store.clear();
    resetConfig();
  });
  afterEach(() => emulate([]));

  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 720]) {
      it(`forced-colors: active, ${scheme}, ${width} px: every text ≥ 4.5:1, the rules ≥ 3:1, up and down told apart by their arrows`, async () => {
        await emulate([
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: scheme },
        ]);
        const el = await place(width);
        const background = getComputedStyle(el).backgroundColor;
        const root = el.shadowRoot!;
        const texts: Array<[string, string]> = [...root.querySelectorAll('caption, th, td')]
          .filter((cell) => getComputedStyle(cell).display !== 'none' && cell.textContent!.trim())
          .map((cell) => [cell.textContent!.trim(), getComputedStyle(cell).color]);
        // The compact layout's second lines (the currency's name, the denomination).
        const stacked = [...root.querySelectorAll('td[data-stacked]')].map((cell) => getComputedStyle(cell, '::after'));
        texts.push(...stacked.filter((after) => after.content !== 'none').map((after) => [after.content, after.color] as [string, string]));
        expect(stacked.some((after) => after.content !== 'none')).to.equal(width === 320);
        for (const [text, color] of texts) expect(contrast(color, background), `${text}: ${color} on ${background}`).to.be.at.least(4.5);
        for (const cell of root.querySelectorAll('td')) {
          const rule = getComputedStyle(cell).borderBlockEndColor;
          expect(contrast(rule, background), `rule ${rule} on ${background}`).to.be.at.least(3);
        }
        const up = root.querySelectorAll('[part~="change"][part~="up"]');
        const down = root.querySelectorAll('[part~="change"][part~="down"]');
        expect(up.length && down.length, 'changes both ways in the sheet').to.be.ok;
        for (const cell of up) expect(cell.textContent).to.match(/^▲ up \+/);
        for (const cell of down) expect(cell.textContent).to.match(/^▼ down -/);
        // In forced colours both are the reader's text colour: the arrows and words tell them apart.
        expect(getComputedStyle(up[0]).color).to.equal(getComputedStyle(down[0]).color);
      });
    }
  }

  it('prints the whole table, not a scroller’s window onto it', async () => {
    const el = await place(200);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(getComputedStyle(base).overflowX).to.equal('auto');
    await emulate([], 'print');
    expect(getComputedStyle(base).overflowX).to.equal('visible');
    expect(getComputedStyle(base).overflowY).to.equal('visible');
  });
});
