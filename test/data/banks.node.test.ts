import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runParser, type Bank } from '../../src/data/banks/bank.js';
import BANKS from '../../src/data/banks/index.js';
import { configure, resetConfig } from '../../src/core/config.js';
import { parseRateHistory, parseRates } from '../../src/data/parsers/detect.js';
import { getSource } from '../../src/data/sources/index.js';
import { UPSTREAMS, UPSTREAM_HOSTS } from '../../src/data/upstreams.js';
import { UPSTREAM_HOSTS as PROXY_DEFAULT_HOSTS } from '../../src/proxy/snapshots.generated.js';
import type { LoadContext } from '../../src/data/source.js';
import * as en from '../../src/i18n/languages/en.js';
import { fixtureText } from './fixture.js';

const banks: readonly Bank[] = BANKS;

/** Each bank, the address its source reads with no proxy, and a sheet it publishes there. */
const SHEETS: [name: string, url: string, fixture: string][] = [
  ['cbr', 'https://www.cbr-xml-daily.ru/daily_json.js', 'cbr-xml-daily/daily_json_2022-02-03.json'],
  ['cbr-json', 'https://www.cbr-xml-daily.ru/daily_json.js', 'cbr-xml-daily/daily_json_2022-02-03.json'],
  ['ecb', 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml', 'ecb/eurofxref-daily_2015-01-07.xml'],
  ['nbk', 'https://nationalbank.kz/rss/rates_all.xml', 'kz/nbk_rss_rates_all_2016-04-18.xml'],
  ['nbkr', 'https://www.nbkr.kg/XML/daily.xml', 'kg/nbkr_daily_2019-09-13.xml'],
  ['cbu', 'https://cbu.uz/uz/arkhiv-kursov-valyut/json/', 'uz/cbu_all_2022-08-05.json'],
  ['nbrb', 'https://api.nbrb.by/exrates/rates?periodicity=0', 'by/nbrb_rates_periodicity0_2022-02-28.json'],
];

/** A load context that answers one address with one fixture, and records what was asked for. */
function answering(url: string, fixture: string, asked: string[]): LoadContext {
  return {
    signal: new AbortController().signal,
    async fetchText(requested) {
      asked.push(requested);
      if (requested !== url) throw new Error(`unexpected request for ${requested}`);
      return fixtureText(fixture);
    },
  };
}

describe('the list of banks', () => {
  it('names each bank once, in the order the table and converter document them', () => {
    assert.deepEqual(
      banks.map((bank) => bank.name),
      ['cbr', 'cbr-json', 'ecb', 'nbk', 'nbkr', 'cbu', 'nbrb'],
    );
  });

  for (const bank of banks) {
    describe(bank.name, () => {
      it('is the source registered under its name', () => assert.equal(getSource(bank.name), bank));

      it(`publishes at addresses UPSTREAMS names the same way, on hosts the proxy allows by default`, () => {
        for (const [name, url] of Object.entries(bank.upstreams)) {
          assert.equal(UPSTREAMS[name as keyof typeof UPSTREAMS], url);
          assert.ok(PROXY_DEFAULT_HOSTS.includes(new URL(url).hostname), url);
        }
      });

      it('recognises a document by its root element or a pattern', () => assert.ok(bank.recognise.root || bank.recognise.pattern));

      it(`has its publisher's name in the captions' words (${bank.publisher ?? bank.name})`, () => {
        assert.ok(Object.hasOwn(en.sources.publishers, bank.publisher ?? bank.name));
      });
    });
  }

  it('no bank’s rule is another’s: each recognises only itself among the banks', () => {
    for (const bank of banks) {
      const others = banks.filter((other) => other !== bank && other.recognise.root === bank.recognise.root);
      for (const other of others) assert.notEqual(String(other.recognise.pattern), String(bank.recognise.pattern), `${bank.name} and ${other.name}`);
    }
  });

  it('UPSTREAMS holds the banks’ addresses and no other; the proxy’s default hosts are theirs', () => {
    assert.deepEqual(Object.values(UPSTREAMS).sort(), banks.flatMap((bank) => Object.values<string>(bank.upstreams)).sort());
    assert.deepEqual([...PROXY_DEFAULT_HOSTS], [...UPSTREAM_HOSTS]);
  });
});

describe('each bank’s source reads its own address with its own parser', () => {
  for (const [name, url, fixture] of SHEETS) {
    it(`${name} reads ${url}: a sheet in ${banks.find((bank) => bank.name === name)?.base}, the same one parseRates makes of it`, async () => {
      const bank = banks.find((candidate) => candidate.name === name)!;
      const asked: string[] = [];
      const sheet = await bank.load({}, answering(url, fixture, asked));
      assert.deepEqual(asked, [url]);
      assert.equal(sheet.base, bank.base);
      assert.deepEqual(sheet, parseRates(fixtureText(fixture)));
    });
  }

  it('cbr with a proxy reads the Bank’s own sheet, in English on a page not in Russian', async () => {
    configure({ proxy: 'https://proxy.example/?url={url}' });
    try {
      const cbr = banks.find((bank) => bank.name === 'cbr')!;
      const url = 'https://www.cbr.ru/scripts/XML_daily_eng.asp';
      const sheet = await cbr.load({ lang: 'en' }, answering(url, 'cbr/XML_daily_eng_2025-12-13.extracted.xml', []));
      assert.deepEqual([sheet.source, sheet.base, sheet.date], ['cbr', 'RUB', '2025-12-13']);
    } finally {
      resetConfig();
    }
  });

  it('a bank with only a latest sheet refuses a date, asking nothing', async () => {
    const nbkr = banks.find((bank) => bank.name === 'nbkr')!;
    const asked: string[] = [];
    await assert.rejects(nbkr.load({ date: '2024-01-02' }, answering('', '', asked)), { code: 'source', message: /only its latest rates/ });
    assert.deepEqual(asked, []);
  });
});

describe('parsers loaded on first use and those loaded up front are the same', () => {
  const HISTORIES: [name: string, fixture: string, code: string][] = [
    ['cbr', 'cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml', 'CNY'],
    ['ecb', 'ecb/eurofxref-hist-90d_2016-08.xml', 'CNY'],
  ];
  // The Bank of Russia's own sheet where its source reads the mirror's with no proxy.
  const sheets = SHEETS.map(([name, , fixture]) => [name, name === 'cbr' ? 'cbr/XML_daily_eng_2025-12-13.extracted.xml' : fixture]);
  for (const [name, fixture] of sheets) {
    it(`${name}: the sheet of ${fixture}`, async () => {
      const bank = banks.find((candidate) => candidate.name === name)!;
      assert.deepEqual(await runParser(bank.sheetParser, fixtureText(fixture)), parseRates(fixtureText(fixture)));
    });
  }
  for (const [name, fixture, code] of HISTORIES) {
    it(`${name}: the ${code} history of ${fixture}`, async () => {
      const bank = banks.find((candidate) => candidate.name === name)!;
      assert.deepEqual(await runParser(bank.historyParser!, fixtureText(fixture), code), parseRateHistory(fixtureText(fixture), code));
    });
  }
  it('only cbr and ecb read histories', () => {
    assert.deepEqual(
      banks.filter((bank) => bank.historyParser).map((bank) => bank.name),
      HISTORIES.map(([name]) => name),
    );
  });
});
