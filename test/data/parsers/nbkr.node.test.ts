import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseNbkr } from '../../../src/data/parsers/nbkr.js';
import { fixtureText } from '../fixture.js';

describe('NBKR XML/daily.xml: every currency', () => {
  const cases: [file: string, date: string, rates: [string, number][]][] = [
    [
      'nbkr_daily_2019-09-13.xml',
      '2019-09-13',
      [
        ['USD', 69.85],
        ['EUR', 77.0236],
        ['KZT', 0.1804],
        ['RUB', 1.0715],
      ],
    ],
    [
      'nbkr_daily_2022-07-18.xml',
      '2022-07-18',
      [
        ['USD', 80.9694],
        ['EUR', 81.2164],
        ['KZT', 0.1686],
        ['RUB', 1.3612],
      ],
    ],
  ];
  for (const [file, date, rates] of cases) {
    it(`${file}: KGS per 1 ${rates.map(([code]) => code).join(', ')} on ${date}`, () => {
      assert.deepEqual(parseNbkr(fixtureText(`kg/${file}`)), {
        source: 'nbkr',
        base: 'KGS',
        date,
        rates: rates.map(([code, value]) => ({ code, name: code, nominal: 1, value, perUnit: value })),
      });
    });
  }

  it('keeps a nominal other than 1 from the document (weekly.xml has the same shape)', () => {
    const text =
      '<CurrencyRates Name="Weekly Exchange Rates" Date="01.03.2024"><Currency ISOCode="UZS"><Nominal>100</Nominal><Value>0,7148</Value></Currency></CurrencyRates>';
    assert.deepEqual(parseNbkr(text).rates, [{ code: 'UZS', name: 'UZS', nominal: 100, value: 0.7148, perUnit: 0.007148 }]);
  });
  const malformed: [what: string, text: string, code: string, message: RegExp][] = [
    ['no currencies', '<CurrencyRates Name="Daily Exchange Rates" Date="13.09.2019"></CurrencyRates>', 'empty', /lists no currencies/],
    [
      'no Date',
      '<CurrencyRates><Currency ISOCode="USD"><Nominal>1</Nominal><Value>69,85</Value></Currency></CurrencyRates>',
      'format',
      /Not a valid date: "" \(the Date of <CurrencyRates>\)/,
    ],
    [
      'a Currency without ISOCode',
      '<CurrencyRates Date="13.09.2019"><Currency><Nominal>1</Nominal><Value>69,85</Value></Currency></CurrencyRates>',
      'format',
      /Not a currency code/,
    ],
    [
      'a Value with a thousands separator',
      '<CurrencyRates Date="13.09.2019"><Currency ISOCode="USD"><Nominal>1</Nominal><Value>1 069,85</Value></Currency></CurrencyRates>',
      'format',
      /"1 069,85" \(rate of USD\)/,
    ],
  ];
  for (const [what, text, code, message] of malformed) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseNbkr(text), { name: 'DataError', code, message }));
  }
});
