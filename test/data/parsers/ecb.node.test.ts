import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseEcb, parseEcbHistory } from '../../../src/data/parsers/ecb.js';
import { readableNominal } from '../../../src/data/rates.js';
import type { Rate } from '../../../src/data/types.js';
import { fixtureText } from '../fixture.js';

const byCode = (rates: Rate[] | undefined, code: string): Rate => {
  const rate = rates?.find((r) => r.code === code);
  assert.ok(rate, `${code} missing`);
  return rate;
};

describe('ECB eurofxref-daily 2015-01-07 (single-quoted, with RUB and HRK): every currency', () => {
  // [currency, the ECB's units per euro, the nominal that makes EUR per nominal at least 0.1]
  const expected: [string, number, number][] = [
    ['USD', 1.1831, 1],
    ['JPY', 141.17, 100],
    ['BGN', 1.9558, 1],
    ['CZK', 27.783, 10],
    ['DKK', 7.4421, 1],
    ['GBP', 0.7823, 1],
    ['HUF', 319.53, 100],
    ['PLN', 4.3108, 1],
    ['RON', 4.4978, 1],
    ['SEK', 9.3989, 1],
    ['CHF', 1.2011, 1],
    ['NOK', 9.15, 1],
    ['HRK', 7.6753, 1],
    ['RUB', 75, 10],
    ['TRY', 2.7547, 1],
    ['AUD', 1.466, 1],
    ['BRL', 3.1679, 1],
    ['CAD', 1.3996, 1],
    ['CNY', 7.3512, 1],
    ['HKD', 9.1743, 1],
    ['IDR', 15041.65, 10000],
    ['ILS', 4.6835, 1],
    ['INR', 74.7423, 10],
    ['KRW', 1304.28, 1000],
    ['MXN', 17.4803, 10],
    ['MYR', 4.2376, 1],
    ['NZD', 1.5275, 1],
    ['PHP', 53.363, 10],
    ['SGD', 1.5844, 1],
    ['THB', 38.912, 10],
    ['ZAR', 13.8588, 10],
  ];
  const sheet = parseEcb(fixtureText('ecb/eurofxref-daily_2015-01-07.xml'));

  it('is the ECB sheet in euros for 2015-01-07, in document order, without previous', () => {
    assert.deepEqual([sheet.source, sheet.base, sheet.date, sheet.previous], ['ecb', 'EUR', '2015-01-07', undefined]);
    assert.deepEqual(
      sheet.rates.map((r) => r.code),
      expected.map(([code]) => code),
    );
  });
  for (const [code, unitsPerEuro, nominal] of expected) {
    it(`1 EUR = ${unitsPerEuro} ${code}: ${nominal} ${code} = ${nominal} / ${unitsPerEuro} EUR`, () => {
      assert.deepEqual(byCode(sheet.rates, code), { code, name: code, nominal, value: nominal / unitsPerEuro, perUnit: 1 / unitsPerEuro });
    });
  }
  it('gives readable values: 10000 IDR ≈ 0.6648 EUR, 1000 KRW ≈ 0.7667 EUR', () => {
    assert.equal(byCode(sheet.rates, 'IDR').value.toFixed(4), '0.6648');
    assert.equal(byCode(sheet.rates, 'KRW').value.toFixed(4), '0.7667');
  });
});

describe('the other ECB documents', () => {
  const cases: [file: string, date: string, count: number, spots: [string, number][], absent: string[]][] = [
    [
      'eurofxref-daily_2022-07-08.no-RUB.xml',
      '2022-07-08',
      31,
      [
        ['USD', 1.0163],
        ['CNY', 6.8095],
        ['INR', 80.528],
        ['HRK', 7.519],
        ['ZAR', 17.1922],
      ],
      ['RUB'],
    ],
    [
      'eurofxref-daily_2025-05-09.xml',
      '2025-05-09',
      30,
      [
        ['USD', 1.1252],
        ['CNY', 8.147],
        ['IDR', 18606.59],
        ['KRW', 1575.72],
        ['ZAR', 20.4835],
      ],
      ['RUB', 'HRK'],
    ],
    [
      'eurofxref-hist-90d_2016-08.xml',
      '2016-08-24',
      31,
      [
        ['USD', 1.1268],
        ['JPY', 112.95],
        ['RUB', 73.0561],
        ['IDR', 14969.54],
        ['ZAR', 15.938],
      ],
      [],
    ],
  ];
  for (const [file, date, count, spots, absent] of cases) {
    describe(file, () => {
      const sheet = parseEcb(fixtureText(`ecb/${file}`));
      it(`has ${count} currencies for ${date}, USD first and ZAR last${absent.length ? `, no ${absent.join(' or ')}` : ''}`, () => {
        assert.deepEqual([sheet.date, sheet.rates.length, sheet.rates[0].code, sheet.rates.at(-1)?.code], [date, count, 'USD', 'ZAR']);
        for (const code of absent)
          assert.equal(
            sheet.rates.find((r) => r.code === code),
            undefined,
          );
      });
      for (const [code, unitsPerEuro] of spots) {
        it(`1 EUR = ${unitsPerEuro} ${code}`, () => assert.equal(byCode(sheet.rates, code).perUnit, 1 / unitsPerEuro));
      }
    });
  }

  it('takes the previous day of a history file as previous, with the same nominals', () => {
    const sheet = parseEcb(fixtureText('ecb/eurofxref-hist-90d_2016-08.xml'));
    assert.equal(sheet.previous?.length, 31);
    const [usd, jpy] = [byCode(sheet.previous, 'USD'), byCode(sheet.previous, 'JPY')];
    assert.deepEqual([usd.nominal, usd.perUnit], [1, 1 / 1.1339]);
    assert.deepEqual([jpy.nominal, jpy.value], [100, 100 / 113.48]);
  });
});

describe('ECB history', () => {
  const text = fixtureText('ecb/eurofxref-hist-90d_2016-08.xml');

  it('gives USD for each of the 64 days, oldest first', () => {
    const series = parseEcbHistory(text, 'usd');
    assert.deepEqual([series.source, series.base, series.code, series.points.length], ['ecb', 'EUR', 'USD', 64]);
    assert.deepEqual(series.points[0], { date: '2016-05-27', nominal: 1, value: 1 / 1.1168, perUnit: 1 / 1.1168 });
    assert.deepEqual(series.points.at(-1), { date: '2016-08-24', nominal: 1, value: 1 / 1.1268, perUnit: 1 / 1.1268 });
  });
  it('gives RUB per 10 on every day, from 73.7516 to 73.0561 per euro', () => {
    const series = parseEcbHistory(text, 'RUB');
    assert.ok(series.points.every((p) => p.nominal === 10));
    assert.deepEqual([series.points[0].perUnit, series.points.at(-1)?.perUnit], [1 / 73.7516, 1 / 73.0561]);
  });
  it('a currency the ECB does not quote is empty', () => {
    assert.throws(() => parseEcbHistory(text, 'KZT'), { name: 'DataError', code: 'empty', message: /no rates for KZT/ });
  });
  it('a daily file is a history of one day', () => {
    assert.equal(parseEcbHistory(fixtureText('ecb/eurofxref-daily_2025-05-09.xml'), 'CNY').points.length, 1);
  });
});

describe('readableNominal of ECB quotes (EUR per unit = 1 / units per euro)', () => {
  const cases: [unitsPerEuro: number, nominal: number][] = [
    [0.8513, 1],
    [9.9, 1],
    [10, 1],
    [10.01, 10],
    [141.17, 100],
    [15041.65, 10000],
    [180000, 100000],
  ];
  for (const [unitsPerEuro, nominal] of cases) {
    it(`${unitsPerEuro} per euro → per ${nominal}`, () => assert.equal(readableNominal(1 / unitsPerEuro), nominal));
  }
});

describe('malformed ECB documents', () => {
  const envelope = (cubes: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>${cubes}</Cube></gesmes:Envelope>`;
  const cases: [what: string, text: string, code: string, message: RegExp][] = [
    ['no day', envelope(''), 'empty', /holds no day of rates/],
    ['a day without currencies', envelope("<Cube time='2025-05-09'></Cube>"), 'empty', /holds no rates/],
    [
      'a rate that is not a number',
      envelope("<Cube time='2025-05-09'><Cube currency='USD' rate='N/A'/></Cube>"),
      'format',
      /"N\/A" \(ECB rate of USD on 2025-05-09\)/,
    ],
    ['a zero rate', envelope("<Cube time='2025-05-09'><Cube currency='USD' rate='0'/></Cube>"), 'format', /not positive/],
    ['a day without a time', envelope("<Cube><Cube currency='USD' rate='1.1'/></Cube>"), 'format', /Not a valid date/],
    ['another root', '<Envelope2/>', 'format', /no <gesmes:Envelope> root/],
  ];
  for (const [what, text, code, message] of cases) {
    it(`${what} is a ${code} error`, () => assert.throws(() => parseEcb(text), { name: 'DataError', code, message }));
  }
});
