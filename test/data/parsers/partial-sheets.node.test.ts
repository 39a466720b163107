import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCbrDaily } from '../../../src/data/parsers/cbr-daily.js';
import { parseCbrDynamic } from '../../../src/data/parsers/cbr-dynamic.js';
import { parseCbrJson } from '../../../src/data/parsers/cbr-json.js';
import { parseCbu } from '../../../src/data/parsers/cbu.js';
import { parseRates } from '../../../src/data/parsers/detect.js';
import { parseEcb, parseEcbHistory } from '../../../src/data/parsers/ecb.js';
import { parseNbk } from '../../../src/data/parsers/nbk.js';
import { parseNbkr } from '../../../src/data/parsers/nbkr.js';
import { parseNbrb } from '../../../src/data/parsers/nbrb.js';
import type { RateSeries, RateSheet } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

/** Replaces the first match of `find` in a real document, failing loudly if the document changed. */
function mutate(text: string, find: string | RegExp, replace: string): string {
  const mutated = text.replace(find, replace);
  assert.notEqual(mutated, text, `the fixture no longer contains ${String(find)}`);
  return mutated;
}

const codes = (sheet: RateSheet) => sheet.rates.map((r) => r.code);

interface Case {
  what: string;
  parse: () => RateSheet | RateSeries;
  /** How many rows the intact document yields. */
  intact: number;
  /** Which code or date must be missing from the partial result. */
  missing: string;
  reason: RegExp;
}

const cbrSheet = fixtureText('cbr/XML_daily_eng_2025-12-13.extracted.xml');
const cases: Case[] = [
  {
    what: 'Bank of Russia: a <Valute> whose CharCode is A0000',
    parse: () => parseCbrDaily(mutate(cbrSheet, '<CharCode>AZN</CharCode>', '<CharCode>A0000</CharCode>')),
    intact: parseCbrDaily(cbrSheet).rates.length,
    missing: 'AZN',
    reason: /Not a currency code: "A0000"/,
  },
  {
    what: 'Bank of Russia: a <Valute> with an empty Value and VunitRate',
    parse: () => parseCbrDaily(mutate(cbrSheet, /<Value>46,8998<\/Value>\s*<VunitRate>46,8998<\/VunitRate>/, '<Value></Value><VunitRate></VunitRate>')),
    intact: parseCbrDaily(cbrSheet).rates.length,
    missing: 'AZN',
    reason: /No rate given for AZN/,
  },
  {
    what: 'cbr-json: a Value of 5e-324 over a Nominal of 10',
    parse: () => parseCbrJson(mutate(fixtureText('cbr-xml-daily/daily_json_2022-02-03.json'), '"Value": 54.5643', '"Value": 5e-324')),
    intact: parseCbrJson(fixtureText('cbr-xml-daily/daily_json_2022-02-03.json')).rates.length,
    missing: 'AUD',
    reason: /rate of AUD is out of range: 5e-324/,
  },
  {
    what: 'CBU: a Nominal of 1e300 and a Rate of 1e-300',
    parse: () => parseCbu(mutate(fixtureText('uz/cbu_all_2022-08-05.json'), /"Nominal": "1",\s*"Rate": "10919.89"/, '"Nominal": "1e300", "Rate": "1e-300"')),
    intact: parseCbu(fixtureText('uz/cbu_all_2022-08-05.json')).rates.length,
    missing: 'USD',
    reason: /nominal of USD is not a whole number up to 1000000000: 1e300/,
  },
  {
    what: 'NBRB: an entry whose date is not a date',
    parse: () =>
      parseNbrb(
        mutate(
          fixtureText('by/nbrb_rates_periodicity0_2022-02-28.json'),
          '"Date":"2022-02-28T00:00:00","Cur_Abbreviation":"AUD"',
          '"Date":"yesterday","Cur_Abbreviation":"AUD"',
        ),
      ),
    intact: parseNbrb(fixtureText('by/nbrb_rates_periodicity0_2022-02-28.json')).rates.length,
    missing: 'AUD',
    reason: /Not a valid date: "yesterday" \(the Date of AUD\)/,
  },
  {
    what: 'NBKR: a Currency of 1e308 som',
    parse: () => parseNbkr(mutate(fixtureText('kg/nbkr_daily_2019-09-13.xml'), '<Value>77,0236</Value>', '<Value>1e308</Value>')),
    intact: 4,
    missing: 'EUR',
    reason: /rate of EUR is out of range: 1e308/,
  },
  {
    what: 'NBK: an item whose quant is not a number',
    parse: () => parseNbk(mutate(fixtureText('kz/nbk_rss_rates_all_2016-04-18.xml'), /<quant>1<\/quant>/, '<quant>one</quant>')),
    intact: parseNbk(fixtureText('kz/nbk_rss_rates_all_2016-04-18.xml')).rates.length,
    missing: 'AUD',
    reason: /"one" \(nominal of AUD\)/,
  },
  {
    what: 'ECB: a rate of 0 for JPY',
    parse: () => parseEcb(mutate(fixtureText('ecb/eurofxref-daily_2025-05-09.xml'), "rate='163.36'", "rate='0'")),
    intact: parseEcb(fixtureText('ecb/eurofxref-daily_2025-05-09.xml')).rates.length,
    missing: 'JPY',
    reason: /ECB rate of JPY on 2025-05-09 is not positive/,
  },
];

describe('one bad row costs only itself: the valid rows are kept and the sheet is marked partial', () => {
  for (const { what, parse, intact, missing, reason } of cases) {
    it(what, () => {
      const sheet = parse() as RateSheet;
      assert.equal(sheet.rates.length, intact - 1);
      assert.ok(!codes(sheet).includes(missing), `${missing} is still listed`);
      assert.deepEqual(sheet.partial?.skipped, 1);
      assert.match(sheet.partial.reasons[0], reason);
    });
  }
  it('an intact document is not partial', () => {
    assert.equal(parseCbrDaily(cbrSheet).partial, undefined);
    assert.equal(parseRates(fixtureText('uz/cbu_all_2022-08-05.json')).partial, undefined);
  });
  it('a sheet found by content is marked the same way', () => {
    const sheet = parseRates(mutate(cbrSheet, '<CharCode>AZN</CharCode>', '<CharCode>A0000</CharCode>'));
    assert.equal(sheet.partial?.skipped, 1);
  });
  it('keeps at most five reasons, however many rows are refused', () => {
    const broken = cbrSheet.replace(/<Value>[^<]*<\/Value>/g, (value, offset: number) => (offset < cbrSheet.length / 2 ? '<Value>—</Value>' : value));
    const sheet = parseCbrDaily(broken.replace(/<VunitRate>[^<]*<\/VunitRate>/g, ''));
    assert.ok(sheet.partial!.skipped > 5);
    assert.equal(sheet.partial!.reasons.length, 5);
    assert.equal(sheet.rates.length + sheet.partial!.skipped, parseCbrDaily(cbrSheet).rates.length);
  });
});

describe('histories keep their readable records too', () => {
  it('XML_dynamic: a <Record> with an impossible date is left out', () => {
    const text = mutate(fixtureText('cbr/XML_dynamic_CNY_2021-08-28_2021-09-02.raw.xml'), 'Record Date="31.08.2021"', 'Record Date="31.02.2021"');
    const series = parseCbrDynamic(text, 'CNY');
    assert.deepEqual(
      series.points.map((p) => p.date),
      ['2021-08-28', '2021-09-01', '2021-09-02'],
    );
    assert.match(series.partial!.reasons[0], /Not a valid date: "31\.02\.2021"/);
  });
  it('ECB history: a day whose USD rate is negative is left out of the USD series', () => {
    const text = fixtureText('ecb/eurofxref-hist-90d_2016-08.xml');
    const intact = parseEcbHistory(text, 'USD');
    const series = parseEcbHistory(mutate(text, /currency="USD" rate="[^"]*"/, 'currency="USD" rate="-1.1"'), 'USD');
    assert.equal(series.points.length, intact.points.length - 1);
    assert.equal(series.partial?.skipped, 1);
  });
});

describe('a document with no valid row keeps its document-level error', () => {
  const only = (valute: string) => `<ValCurs Date="13.12.2025" name="Foreign Currency Market"><Valute ID="R01">${valute}</Valute></ValCurs>`;
  const cases: [what: string, run: () => unknown, message: RegExp][] = [
    [
      'a sheet whose only <Valute> has the code A0000',
      () => parseCbrDaily(only('<CharCode>A0000</CharCode><Nominal>1</Nominal><Value>1,0</Value>')),
      /Not a currency code: "A0000"/,
    ],
    [
      'a sheet whose only <Valute> has an empty value',
      () => parseCbrDaily(only('<CharCode>USD</CharCode><Nominal>1</Nominal><Value></Value>')),
      /No rate given for USD/,
    ],
    [
      'a cbr-json sheet whose every Value is 5e-324',
      () => parseCbrJson(fixtureText('cbr-xml-daily/daily_json_2022-02-03.json').replace(/"Value": [\d.]+/g, '"Value": 5e-324')),
      /out of range: 5e-324/,
    ],
    ['an NBRB answer whose every entry lacks Cur_Abbreviation', () => parseNbrb('[{"Message":"An error has occurred."}]'), /no "Cur_Abbreviation"/],
  ];
  for (const [what, run, message] of cases) {
    it(`${what} is a format error`, () => assert.throws(run, { name: 'DataError', code: 'format', message }));
  }
});
