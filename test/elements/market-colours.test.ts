import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { configure, resetConfig } from '../../src/core/config.js';
import { store } from '../../src/data/store.js';
import type { RateSeries } from '../../src/data/types.js';
import '../../src/elements/currency-table/define.js';
import '../../src/elements/rate-chart/define.js';
import { requestLanguage } from '../../src/i18n/index.js';
import { until } from '../helpers/timers.js';

/** The mirror's sheet of 03.02.2022 with the day before's rates: one currency rose (of 34), the rest fell. */
const JSON_MIRROR = '/fx/cbr-xml-daily/daily_json_2022-02-03.json';
/** The Bank of Russia's history of CNY, 28.08–02.09.2021: the yuan fell. */
const AUG = '/fx/cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml';
/** The same four days read backwards in time: a series that rose, given directly. */
const ROSE: RateSeries = {
  source: 'cbr',
  base: 'RUB',
  code: 'CNY',
  points: [
    { date: '2021-08-28', nominal: 1, value: 11.3211, perUnit: 11.3211 },
    { date: '2021-08-31', nominal: 1, value: 11.3367, perUnit: 11.3367 },
    { date: '2021-09-01', nominal: 1, value: 11.378, perUnit: 11.378 },
    { date: '2021-09-02', nominal: 1, value: 11.4177, perUnit: 11.4177 },
  ],
};

const GREEN = { light: 'rgb(23, 114, 58)', dark: 'rgb(91, 214, 138)' };
const RED = { light: 'rgb(180, 35, 24)', dark: 'rgb(255, 138, 128)' };
const RED_UP = ['zh', 'zh-TW', 'zh-HK', 'zh-Hant', 'ja', 'ja-JP', 'ko', 'ko-KR'];
const GREEN_UP = ['en', 'ru', 'fa', 'kk', 'hi'];

type Scheme = keyof typeof GREEN;
const colour = (el: Element, name: string) => {
  const found = el.shadowRoot!.querySelector(`[part~="${name}"]`);
  expect(found, `a [part~="${name}"]`).to.exist;
  return getComputedStyle(found!).color;
};

async function settled(template: TemplateResult) {
  const wrap = await fixture<HTMLElement>(template);
  const el = wrap.matches('sco-currency-table, sco-rate-chart') ? wrap : wrap.querySelector<HTMLElement>('sco-currency-table, sco-rate-chart')!;
  await until(() => el.getAttribute('state') === 'ready' && !!el.shadowRoot!.querySelector('[part~="change"]'), 8000, 'the change to be shown');
  return el;
}

const table = (lang: string, theme?: Scheme) =>
  settled(html`<sco-currency-table lang=${lang} theme=${theme ?? 'light'} src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table>`);
const fallingChart = (lang: string, theme?: Scheme) =>
  settled(html`<sco-rate-chart lang=${lang} theme=${theme ?? 'light'} code="CNY" src=${AUG}></sco-rate-chart>`);
const risingChart = (lang: string, theme?: Scheme) => settled(html`<sco-rate-chart lang=${lang} theme=${theme ?? 'light'} .data=${ROSE}></sco-rate-chart>`);

describe('up and down in the colours of the reader’s market (issue 27, item 1)', () => {
  before(async () => {
    // Persian and the others load on demand: their words are there before the widget is looked at.
    await Promise.all(['fa', 'kk', 'hi'].map((lang) => requestLanguage(lang)));
  });
  beforeEach(() => {
    store.clear();
    resetConfig();
    configure({ retries: 0 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [langs, up, down, words] of [
      [RED_UP, RED, GREEN, 'a rise is red and a fall green'],
      [GREEN_UP, GREEN, RED, 'a rise is green and a fall red'],
    ] as const) {
      for (const lang of langs) {
        it(`${lang}, ${scheme}: ${words}, in the table and in the chart’s change`, async () => {
          const el = await table(lang, scheme);
          expect(colour(el, 'up'), 'table, up').to.equal(up[scheme]);
          expect(colour(el, 'down'), 'table, down').to.equal(down[scheme]);
          expect(colour(await risingChart(lang, scheme), 'up'), 'chart, up').to.equal(up[scheme]);
          expect(colour(await fallingChart(lang, scheme), 'down'), 'chart, down').to.equal(down[scheme]);
        });
      }
    }
  }

  it('the arrows and the spoken words stay: ▲ and a word for up, ▼ and a word for down, in zh as in en', async () => {
    for (const lang of ['zh', 'en']) {
      const el = await table(lang);
      for (const [name, arrow] of [
        ['up', '▲'],
        ['down', '▼'],
      ]) {
        const cell = el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
        expect(cell.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal(arrow);
        expect(cell.querySelector('.visually-hidden')!.textContent!.trim()).not.to.equal('');
      }
    }
  });

  it('the language comes from the page’s dark scheme too: prefers-color-scheme: dark, no theme attribute', async () => {
    await executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      const zh = await settled(html`<sco-currency-table lang="zh" src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table>`);
      expect([colour(zh, 'up'), colour(zh, 'down')]).to.deep.equal([RED.dark, GREEN.dark]);
      const en = await settled(html`<sco-currency-table lang="en" src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table>`);
      expect([colour(en, 'up'), colour(en, 'down')]).to.deep.equal([GREEN.dark, RED.dark]);
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it('the widget’s own language decides: locale="ja" in an English page, locale="en" in a Chinese one, the page default (configure) in a page without lang', async () => {
    const ja = await settled(html`<div lang="en"><sco-currency-table locale="ja" src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table></div>`);
    expect(colour(ja, 'up')).to.equal(RED.light);
    const en = await settled(html`<div lang="zh"><sco-currency-table locale="en" src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table></div>`);
    expect(colour(en, 'up')).to.equal(GREEN.light);
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      configure({ locale: 'ko' });
      const ko = await settled(html`<sco-currency-table src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table>`);
      expect(colour(ko, 'up')).to.equal(RED.light);
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });

  it('a page that sets --sco-up-color / --sco-down-color decides, in zh as in en', async () => {
    for (const lang of ['zh', 'en']) {
      const el = await settled(
        html`<div style="--sco-up-color: rgb(1, 2, 3); --sco-down-color: rgb(4, 5, 6)">
          <sco-currency-table lang=${lang} src=${JSON_MIRROR} currencies="*" show-change></sco-currency-table>
        </div>`,
      );
      expect([colour(el, 'up'), colour(el, 'down')], lang).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
      const chart = await settled(html`<sco-rate-chart lang=${lang} style="--sco-up-color: rgb(1, 2, 3)" .data=${ROSE}></sco-rate-chart>`);
      expect(colour(chart, 'up'), `${lang} chart`).to.equal('rgb(1, 2, 3)');
    }
  });

  it('an error stays red in zh: the market colours are the change’s alone', async () => {
    const el = await fixture<HTMLElement>(html`<sco-currency-table lang="zh" theme="light" src="/fx/nowhere.xml"></sco-currency-table>`);
    await until(() => el.getAttribute('state') === 'error', 8000, 'the failure');
    expect(colour(el, 'status')).to.equal(RED.light);
  });
});
