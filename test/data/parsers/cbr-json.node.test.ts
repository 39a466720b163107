import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCbrJson } from '../../../src/data/parsers/cbr-json.js';
import type { Rate } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

const byCode = (rates: Rate[] | undefined, code: string): Rate => {
  const rate = rates?.find((r) => r.code === code);
  assert.ok(rate, `${code} missing`);
  return rate;
};

describe('cbr-xml-daily.ru JSON mirror', () => {
  // [file, date, count, [code, nominal, value, previous value, per unit][]]
  const cases: [string, string, number, [string, number, number, number, number][]][] = [
    [
      'daily_json_2022-02-03.json',
      '2022-02-03',
      34,
      [
        ['AUD', 1, 54.5643, 54.639, 54.5643],
        ['JPY', 100, 66.7786, 67.0552, 0.667786],
        ['KZT', 100, 17.6253, 17.7719, 0.176253],
        ['UZS', 10000, 70.7342, 71.3847, 0.00707342],
        ['CNY', 1, 12.024, 12.1255, 12.024],
        ['KGS', 100, 90.1694, 90.929, 0.901694],
      ],
    ],
    // Fetched on 2 January: the rates of 31 December stay in effect over the holiday, and the
    // sheet is dated by `Date`, not by the mirror's `Timestamp`.
    [
      'daily_json_2021-12-31_fetched-2022-01-02.json',
      '2021-12-31',
      34,
      [
        ['AUD', 1, 53.9141, 53.2573, 53.9141],
        ['JPY', 100, 64.5097, 64.0614, 0.645097],
        ['KZT', 100, 16.9, 16.9158, 0.169],
        ['UZS', 10000, 68.5504, 68.1313, 0.00685504],
        ['CNY', 1, 11.6503, 11.5599, 11.6503],
        ['KGS', 100, 87.5906, 86.8252, 0.875906],
      ],
    ],
  ];
  for (const [file, date, count, spots] of cases) {
    describe(file, () => {
      const sheet = parseCbrJson(fixtureText(`cbr-xml-daily/${file}`));
      it(`is the mirror's sheet in rubles for ${date} with ${count} currencies and as many previous rates`, () => {
        assert.deepEqual([sheet.source, sheet.base, sheet.date, sheet.rates.length, sheet.previous?.length], ['cbr-json', 'RUB', date, count, count]);
        assert.equal(sheet.rates[0].code, 'AUD');
        assert.equal(sheet.rates.at(-1)?.code, 'JPY');
      });
      for (const [code, nominal, value, previous, perUnit] of spots) {
        it(`${nominal} ${code} = ${value} RUB, previously ${previous}`, () => {
          const rate = byCode(sheet.rates, code);
          assert.deepEqual([rate.nominal, rate.value, rate.perUnit], [nominal, value, perUnit]);
          const before = byCode(sheet.previous, code);
          assert.deepEqual([before.nominal, before.value], [nominal, previous]);
        });
      }
      it('keeps codes, numeric codes and Russian names', () => {
        const { code, numCode, name } = byCode(sheet.rates, 'UZS');
        assert.deepEqual({ code, numCode, name }, { code: 'UZS', numCode: '860', name: 'Узбекских сумов' });
      });
    });
  }

  it('dates the sheet by the day in Moscow whatever offset the instant is written with', () => {
    const doc = (date: string) =>
      JSON.stringify({ Date: date, Valute: { USD: { CharCode: 'USD', NumCode: '840', Nominal: 1, Name: 'Доллар США', Value: 90.1 } } });
    assert.equal(parseCbrJson(doc('2024-03-01T11:30:00+03:00')).date, '2024-03-01');
    assert.equal(parseCbrJson(doc('2024-02-29T21:30:00Z')).date, '2024-03-01');
  });
  it('leaves previous out when the mirror gives none', () => {
    const text = JSON.stringify({ Date: '2024-03-01T11:30:00+03:00', Valute: { USD: { CharCode: 'USD', Nominal: 1, Name: 'USD', Value: 90.1 } } });
    assert.equal(parseCbrJson(text).previous, undefined);
  });

  const malformed: [what: string, text: string, code: string, message: RegExp][] = [
    ['a JSON array', '[]', 'format', /no "Valute" object/],
    ['Valute as a list', '{"Date":"2024-03-01T11:30:00+03:00","Valute":[]}', 'format', /no "Valute" object/],
    ['no currencies', '{"Date":"2024-03-01T11:30:00+03:00","Valute":{}}', 'empty', /holds no rates/],
    ['a date without offset', '{"Date":"2024-03-01","Valute":{}}', 'format', /Not a valid date: "2024-03-01"/],
    [
      'a Value as text that is not a number',
      '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":{"CharCode":"USD","Nominal":1,"Value":"n/a"}}}',
      'format',
      /Not a decimal number: "n\/a" \(rate of USD\)/,
    ],
    ['a Value of null', '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":{"CharCode":"USD","Nominal":1,"Value":null}}}', 'format', /No rate given for USD/],
    ['a zero Value', '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":{"CharCode":"USD","Nominal":1,"Value":0}}}', 'format', /rate of USD is not positive/],
    [
      'a fractional Nominal',
      '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":{"CharCode":"USD","Nominal":0.5,"Value":1}}}',
      'format',
      /not a whole number/,
    ],
    ['a currency that is a string', '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":"90"}}', 'format', /not an object/],
    ['truncated JSON', '{"Date":"2024-03-01T11:30:00+03:00","Valute":{"USD":{', 'format', /not valid JSON/],
  ];
  for (const [what, text, code, message] of malformed) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseCbrJson(text), { name: 'DataError', code, message }));
  }
});
