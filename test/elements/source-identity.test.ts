import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/core/config.js';
import { parseRates } from '../../src/data/parsers/detect.js';
import type { LoadContext, Source } from '../../src/data/source.js';
import { registerSource } from '../../src/data/sources/index.js';
import { store } from '../../src/data/store.js';
import type { RateSheet } from '../../src/data/types.js';
import '../../src/elements/currency-converter/define.js';
import '../../src/elements/currency-table/define.js';
import type { ScoCurrencyTable } from '../../src/elements/currency-table/sco-currency-table.js';
import { requestsFor, resetRequestCounts, until } from '../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';
const RU_1251 = '/fx/cbr/XML_daily_2023-11-02.raw-win1251.vunitrate.xml';

/** A bank of the site owner's own: one document, and a `name` label that says nothing about which. */
const bank = (url: string): Source<RateSheet> => ({
  name: 'shared',
  load: async (_query: unknown, { fetchText }: LoadContext) => parseRates(await fetchText(url)),
});

const cnyRate = (el: Element) => el.shadowRoot!.querySelector('[data-code="CNY"] [part~="rate"]')?.textContent?.trim();
const caption = (el: Element) => el.shadowRoot!.querySelector('[part~="caption"]')?.textContent;

describe('a source is the name it was registered under, not its name label', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 1500 });
    await resetRequestCounts();
  });

  it('<sco-currency-table source="my-bank"> and source="other-bank", both labelled "shared", each show their own rates', async () => {
    registerSource('my-bank', bank(ENG));
    registerSource('other-bank', bank(RU_1251));
    const wrap = await fixture(html`<div lang="en">
      <sco-currency-table source="my-bank" currencies="CNY"></sco-currency-table>
      <sco-currency-table source="other-bank" currencies="CNY"></sco-currency-table>
    </div>`);
    const [mine, other] = [...wrap.querySelectorAll<ScoCurrencyTable>('sco-currency-table')];
    await until(() => mine.state === 'ready' && other.state === 'ready', 8000, 'both tables');
    await Promise.all([mine.updateComplete, other.updateComplete]);
    expect([cnyRate(mine), cnyRate(other)]).to.deep.equal(['11.2726', '12.7052']);
    expect(caption(mine)).to.contain('13.12.2025');
    expect(caption(other)).to.contain('02.11.2023');
    expect([await requestsFor(ENG), await requestsFor(RU_1251)]).to.deep.equal([1, 1]);
  });

  it('a table and a converter on one registered source still share one request', async () => {
    registerSource('shared-bank', bank(ENG));
    const wrap = await fixture(html`<div lang="en">
      <sco-currency-table source="shared-bank"></sco-currency-table>
      <sco-currency-converter source="shared-bank"></sco-currency-converter>
    </div>`);
    const elements = [...wrap.children] as Array<Element & { state: string }>;
    await until(() => elements.every((el) => el.state === 'ready'), 8000, 'both widgets');
    expect(await requestsFor(ENG)).to.equal(1);
  });

  it('three tables on one src make one request', async () => {
    const wrap = await fixture(html`<div lang="en">
      <sco-currency-table src=${ENG}></sco-currency-table><sco-currency-table src=${ENG}></sco-currency-table><sco-currency-table src=${ENG}></sco-currency-table>
    </div>`);
    const tables = [...wrap.querySelectorAll<ScoCurrencyTable>('sco-currency-table')];
    await until(() => tables.every((el) => el.state === 'ready'), 8000, 'three tables');
    expect(await requestsFor(ENG)).to.equal(1);
  });
});
