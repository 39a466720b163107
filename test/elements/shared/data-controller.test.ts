import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/core/config.js';
import { store } from '../../../src/data/store.js';
import type { RateSheet } from '../../../src/data/types.js';
import '../../../src/elements/currency-table/define.js';
import '../../../src/elements/currency-converter/define.js';
import { requestsFor, resetRequestCounts, until } from '../../helpers/timers.js';

const ENG = '/fx/cbr/XML_daily_eng_2025-12-13.extracted.xml';

const sheet: RateSheet = {
  source: 'app',
  base: 'RUB',
  date: '2022-02-03',
  rates: [{ code: 'CNY', name: 'Chinese yuan', nominal: 1, value: 11.9353, perUnit: 11.9353 }],
};

describe('DataController', () => {
  beforeEach(async () => {
    store.clear();
    resetConfig();
    configure({ retries: 0, timeout: 1500 });
    await resetRequestCounts();
  });

  for (const tag of ['sco-currency-table', 'sco-currency-converter'] as const) {
    it(`<${tag} src> given .data in the task that inserts it (as frameworks do) asks for nothing`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('src', ENG);
      document.body.append(el);
      el.data = sheet;
      await until(() => el.getAttribute('state') === 'ready', 3000, 'the data to show');
      // A request started and aborted would still have reached the fixture server by now.
      await new Promise((done) => setTimeout(done, 300));
      expect(await requestsFor(ENG)).to.equal(0);
      el.remove();
    });

    it(`<${tag} src> inserted without data loads it, and loads it again after a removal and re-insertion`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('src', ENG);
      document.body.append(el);
      await until(() => el.getAttribute('state') === 'ready', 5000, 'the sheet to load');
      el.remove();
      store.clear();
      document.body.append(el);
      await until(() => el.getAttribute('state') === 'loading' || el.getAttribute('state') === 'ready', 1000, 'a new watch');
      await until(() => el.getAttribute('state') === 'ready', 5000, 'the sheet to load again');
      expect(await requestsFor(ENG)).to.equal(2);
      el.remove();
    });
  }
});
